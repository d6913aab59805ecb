package java.io;

/** An I/O operation failed or was interrupted. */
public class IOException extends Exception {
    public IOException() {
        super();
    }

    public IOException(String message) {
        super(message);
    }

    public IOException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The detail message is {@code cause.toString()}, or null for a null cause. */
    public IOException(Throwable cause) {
        super(cause);
    }
}
