package java.lang;

/** An unexpected exception occurred in a static initializer. The cause cannot be changed later. */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        initCause(null);
    }

    /** Wraps the exception thrown by the initializer; the detail message stays null. */
    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    /** The exception that occurred during static initialization; same as getCause(). */
    public Throwable getException() {
        return super.getCause();
    }
}
