package java.io;

/**
 * Encodes characters onto an OutputStream (UTF-8 by default; see CharsetCodec). Bytes are
 * collected in an 8192-byte buffer that is written out when full, on flush() and on close().
 * A high surrogate at the end of a write waits for the next one; if none completes it, it
 * becomes '?' on close.
 */
public class OutputStreamWriter extends Writer {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private final OutputStream out;
    private final int charset;
    private final CharsetCodec.Encoder encoder;
    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    private int count;
    private boolean closed;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
        this.charset = CharsetCodec.UTF8;
        this.encoder = new CharsetCodec.Encoder(charset);
    }

    public OutputStreamWriter(OutputStream out, String charsetName)
            throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        this.out = out;
        this.charset = CharsetCodec.charsetOf(charsetName);
        this.encoder = new CharsetCodec.Encoder(charset);
    }

    /** The historical name of the charset ("UTF8", "ISO8859_1", "ASCII"), or null if closed. */
    public String getEncoding() {
        if (closed) {
            return null;
        }
        return CharsetCodec.historicalName(charset);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    private void writeBytes() throws IOException {
        if (count > 0) {
            out.write(bytes, 0, count);
        }
        count = 0;
    }

    private void encode(char c) throws IOException {
        int k = encoder.encode(c, bytes, count, bytes.length);
        if (k < 0) {
            writeBytes();
            k = encoder.encode(c, bytes, count, bytes.length);
        }
        count += k;
    }

    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            encode((char) c);
        }
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            InputStream.checkBoundsNoMessage(off, len, cbuf.length);
            for (int i = 0; i < len; i++) {
                encode(cbuf[off + i]);
            }
        }
    }

    public void write(String str, int off, int len) throws IOException {
        if (len < 0) {
            throw new IndexOutOfBoundsException();
        }
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            writeBytes();
            out.flush();
        }
    }

    /** Writes out the buffer (with '?' for a lone trailing high surrogate) and closes. */
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                if (encoder.pendingHigh != 0) {
                    encoder.pendingHigh = 0;
                    if (count == bytes.length) {
                        writeBytes();
                    }
                    bytes[count++] = (byte) '?';
                }
                writeBytes();
                out.close();
            } finally {
                closed = true;
            }
        }
    }
}
