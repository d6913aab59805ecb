package java.io;

/** An output stream collecting bytes in a growing array. Closing it has no effect. */
public class ByteArrayOutputStream extends OutputStream {
    protected byte[] buf;
    protected int count;

    /** Initial capacity 32 bytes. */
    public ByteArrayOutputStream() {
        this(32);
    }

    public ByteArrayOutputStream(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Negative initial size: " + size);
        }
        buf = new byte[size];
    }

    /** Grows to max(needed, 2 * old). */
    private void ensureCapacity(int minCapacity) {
        int oldCapacity = buf.length;
        if (minCapacity - oldCapacity > 0) {
            if (minCapacity < 0) {
                throw new OutOfMemoryError("Required array length too large");
            }
            int newCapacity = oldCapacity + Math.max(minCapacity - oldCapacity, oldCapacity);
            if (newCapacity < 0 || newCapacity > Integer.MAX_VALUE - 8) {
                newCapacity = Math.max(minCapacity, Integer.MAX_VALUE - 8);
            }
            byte[] bigger = new byte[newCapacity];
            System.arraycopy(buf, 0, bigger, 0, count);
            buf = bigger;
        }
    }

    @Override
    public synchronized void write(int b) {
        ensureCapacity(count + 1);
        buf[count] = (byte) b;
        count += 1;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        InputStream.checkFromIndexSize(off, len, b.length);
        ensureCapacity(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    public synchronized void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, count);
    }

    /** Discards the contents, keeping the buffer. */
    public synchronized void reset() {
        count = 0;
    }

    public synchronized byte[] toByteArray() {
        byte[] copy = new byte[count];
        System.arraycopy(buf, 0, copy, 0, count);
        return copy;
    }

    public synchronized int size() {
        return count;
    }

    /** Decodes the contents as UTF-8, the default charset. */
    @Override
    public synchronized String toString() {
        return new String(buf, 0, count);
    }

    public synchronized String toString(String charsetName) throws UnsupportedEncodingException {
        return new String(buf, 0, count, charsetName);
    }

    /** Each char is (hibyte & 0xff) << 8 | (b & 0xff). */
    @Deprecated
    public synchronized String toString(int hibyte) {
        return new String(buf, hibyte, 0, count);
    }

    @Override
    public void close() throws IOException {
    }
}
