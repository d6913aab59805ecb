package java.io;

/** An input stream reading from a host file descriptor (Kava opens no files by name here). */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    /** Reads up to len bytes; returns -1 at the end of input. Blocks only the Java thread. */
    private static native int readBytes(int fd, byte[] b, int off, int len) throws IOException;

    /** The number of bytes that can be read without blocking. */
    private static native int available0(int fd) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = readBytes(fd.handle(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        int handle = fd.handle();
        if (len == 0) {
            return 0;
        }
        return readBytes(handle, b, off, len);
    }

    @Override
    public int available() throws IOException {
        return available0(fd.handle());
    }

    /** Invalidates the descriptor: every stream on it fails with "Stream Closed" afterwards. */
    @Override
    public void close() throws IOException {
        fd.invalidate();
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
