package java.io;

/** The superclass of all byte input streams. Subclasses must implement read(). */
public abstract class InputStream implements Closeable {
    private static final int MAX_SKIP_BUFFER_SIZE = 2048;
    private static final int DEFAULT_BUFFER_SIZE = 8192;

    public InputStream() {
    }

    /**
     * The JDK's bounds check for (array, offset, length) arguments, with its message; shared
     * by the streams of this package.
     */
    static void checkFromIndexSize(int fromIndex, int size, int length) {
        if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
            throw new IndexOutOfBoundsException("Range [" + fromIndex + ", " + fromIndex + " + "
                    + size + ") out of bounds for length " + length);
        }
    }

    /** The older bounds check of some streams: an IndexOutOfBoundsException without message. */
    static void checkBoundsNoMessage(int off, int len, int length) {
        if ((off | len | (off + len) | (length - (off + len))) < 0) {
            throw new IndexOutOfBoundsException();
        }
    }

    /** The next byte (0..255), or -1 at the end of the stream. */
    public abstract int read() throws IOException;

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /**
     * Reads up to len bytes with read(); an IOException after the first byte ends the read
     * early instead of propagating.
     */
    public int read(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c == -1) {
            return -1;
        }
        b[off] = (byte) c;
        int i = 1;
        try {
            for (; i < len; i++) {
                c = read();
                if (c == -1) {
                    break;
                }
                b[off + i] = (byte) c;
            }
        } catch (IOException ee) {
            // Report the bytes read so far; the error will recur on the next read.
        }
        return i;
    }

    public byte[] readAllBytes() throws IOException {
        return readNBytes(Integer.MAX_VALUE);
    }

    /** Reads until len bytes have been read or the stream ends. */
    public byte[] readNBytes(int len) throws IOException {
        if (len < 0) {
            throw new IllegalArgumentException("len < 0");
        }
        byte[] result = new byte[Math.min(len, DEFAULT_BUFFER_SIZE)];
        int total = 0;
        while (total < len) {
            if (total == result.length) {
                int newLength = (int) Math.min((long) result.length * 2, (long) len);
                if (newLength <= total) {
                    throw new OutOfMemoryError("Required array size too large");
                }
                byte[] bigger = new byte[newLength];
                System.arraycopy(result, 0, bigger, 0, total);
                result = bigger;
            }
            int n = read(result, total, result.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        if (total == result.length) {
            return result;
        }
        byte[] exact = new byte[total];
        System.arraycopy(result, 0, exact, 0, total);
        return exact;
    }

    /** Reads until len bytes have been read or the stream ends; returns the count. */
    public int readNBytes(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) {
                break;
            }
            n += count;
        }
        return n;
    }

    /** Skips by reading into a scratch buffer; returns the number of bytes skipped. */
    public long skip(long n) throws IOException {
        long remaining = n;
        if (n <= 0) {
            return 0;
        }
        int size = (int) Math.min(MAX_SKIP_BUFFER_SIZE, remaining);
        byte[] skipBuffer = new byte[size];
        while (remaining > 0) {
            int nr = read(skipBuffer, 0, (int) Math.min(size, remaining));
            if (nr < 0) {
                break;
            }
            remaining -= nr;
        }
        return n - remaining;
    }

    /** Skips exactly n bytes, or throws EOFException. */
    public void skipNBytes(long n) throws IOException {
        while (n > 0) {
            long ns = skip(n);
            if (ns > 0 && ns <= n) {
                n -= ns;
            } else if (ns == 0) {
                if (read() == -1) {
                    throw new EOFException();
                }
                n--;
            } else {
                throw new IOException("Unable to skip exactly");
            }
        }
    }

    public int available() throws IOException {
        return 0;
    }

    public void close() throws IOException {
    }

    public synchronized void mark(int readlimit) {
    }

    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    public boolean markSupported() {
        return false;
    }

    /** Copies the rest of this stream to out; returns the number of bytes copied. */
    public long transferTo(OutputStream out) throws IOException {
        if (out == null) {
            throw new NullPointerException("out");
        }
        long transferred = 0;
        byte[] buffer = new byte[DEFAULT_BUFFER_SIZE];
        int read;
        while ((read = this.read(buffer, 0, DEFAULT_BUFFER_SIZE)) >= 0) {
            out.write(buffer, 0, read);
            transferred += read;
        }
        return transferred;
    }
}
