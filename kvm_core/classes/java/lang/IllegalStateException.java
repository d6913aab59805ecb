package java.lang;

/** A method was invoked at an illegal or inappropriate time. */
public class IllegalStateException extends RuntimeException {
    public IllegalStateException() {
        super();
    }

    public IllegalStateException(String message) {
        super(message);
    }

    public IllegalStateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The detail message is {@code cause.toString()}, or null for a null cause. */
    public IllegalStateException(Throwable cause) {
        super(cause);
    }
}
