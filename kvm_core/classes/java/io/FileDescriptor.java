package java.io;

/**
 * A handle to an open host file descriptor. Closing a stream invalidates its descriptor
 * object, and with it every other stream that shares it (as closing System.out does in the JDK).
 */
public final class FileDescriptor {
    private int fd;

    /** Standard input (0). */
    public static final FileDescriptor in = new FileDescriptor(0);
    /** Standard output (1). */
    public static final FileDescriptor out = new FileDescriptor(1);
    /** Standard error (2). */
    public static final FileDescriptor err = new FileDescriptor(2);

    /** An invalid descriptor. */
    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    public boolean valid() {
        return fd != -1;
    }

    /** The descriptor number, or throws "Stream Closed" once it has been closed. */
    int handle() throws IOException {
        int f = fd;
        if (f == -1) {
            throw new IOException("Stream Closed");
        }
        return f;
    }

    void invalidate() {
        fd = -1;
    }
}
