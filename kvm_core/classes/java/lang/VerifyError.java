package java.lang;

/** The verifier detected an internal inconsistency or security problem in a class file. */
public class VerifyError extends LinkageError {
    public VerifyError() {
        super();
    }

    public VerifyError(String message) {
        super(message);
    }
}
