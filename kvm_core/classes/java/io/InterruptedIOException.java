package java.io;

/** An I/O operation was interrupted. */
public class InterruptedIOException extends IOException {
    /** How many bytes had been transferred before the interruption. */
    public int bytesTransferred = 0;

    public InterruptedIOException() {
        super();
    }

    public InterruptedIOException(String s) {
        super(s);
    }
}
