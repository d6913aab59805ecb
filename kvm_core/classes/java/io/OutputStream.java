package java.io;

/** The superclass of all byte output streams. Subclasses must implement write(int). */
public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {
    }

    /** Writes the low eight bits of b. */
    public abstract void write(int b) throws IOException;

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /** Writes the bytes one by one with write(int). */
    public void write(byte[] b, int off, int len) throws IOException {
        InputStream.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    public void flush() throws IOException {
    }

    public void close() throws IOException {
    }
}
