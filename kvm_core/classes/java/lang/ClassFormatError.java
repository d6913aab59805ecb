package java.lang;

/** A class file is malformed or cannot be interpreted as a class file. */
public class ClassFormatError extends LinkageError {
    public ClassFormatError() {
        super();
    }

    public ClassFormatError(String message) {
        super(message);
    }
}
