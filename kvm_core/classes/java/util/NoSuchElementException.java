package java.util;

/** The requested element does not exist. */
public class NoSuchElementException extends RuntimeException {
    public NoSuchElementException() {
        super();
    }

    public NoSuchElementException(String s) {
        super(s);
    }

    public NoSuchElementException(String s, Throwable cause) {
        super(s, cause);
    }

    /** The detail message is {@code cause.toString()}, or null for a null cause. */
    public NoSuchElementException(Throwable cause) {
        super(cause);
    }
}
