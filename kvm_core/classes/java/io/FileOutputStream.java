package java.io;

/** An output stream writing to a host file descriptor (Kava opens no files by name here). */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    /** Writes len bytes of b from off; may block the calling Java thread (not the VM). */
    private static native void writeBytes(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        byte[] one = {(byte) b};
        writeBytes(fd.handle(), one, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        writeBytes(fd.handle(), b, off, len);
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
