package java.io;

/**
 * Decodes bytes from an InputStream into characters (UTF-8 by default; see CharsetCodec).
 * It reads up to 8192 bytes at a time, and blocks at most once per read call: once it has
 * some characters it reads more bytes only while the stream reports them available.
 */
public class InputStreamReader extends Reader {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private InputStream in;
    private final int charset;
    private final CharsetCodec.Decoder decoder;
    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    /** Undecoded bytes are bytes[decoder.pos, limit). */
    private int limit;
    private boolean eof;
    private boolean haveLeftoverChar;
    private char leftoverChar;
    private boolean closed;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
        this.charset = CharsetCodec.UTF8;
        this.decoder = new CharsetCodec.Decoder(charset);
    }

    public InputStreamReader(InputStream in, String charsetName)
            throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        this.in = in;
        this.charset = CharsetCodec.charsetOf(charsetName);
        this.decoder = new CharsetCodec.Decoder(charset);
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

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (haveLeftoverChar) {
                haveLeftoverChar = false;
                return leftoverChar;
            }
            char[] cb = new char[2];
            int n = implRead(cb, 0, 2);
            if (n == -1) {
                return -1;
            }
            if (n == 2) {
                leftoverChar = cb[1];
                haveLeftoverChar = true;
            }
            return cb[0];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            InputStream.checkBoundsNoMessage(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            int n = 0;
            if (haveLeftoverChar) {
                cbuf[off] = leftoverChar;
                off++;
                len--;
                haveLeftoverChar = false;
                n = 1;
                if ((len == 0) || !implReady()) {
                    return n;
                }
            }
            if (len == 1) {
                int c = read();
                if (c == -1) {
                    return (n == 0) ? -1 : n;
                }
                cbuf[off] = (char) c;
                return n + 1;
            }
            int r = implRead(cbuf, off, len);
            if (r == -1) {
                return n == 0 ? -1 : n;
            }
            return n + r;
        }
    }

    /** Decodes into cbuf[off, off + len), reading bytes as needed; -1 at the end. */
    private int implRead(char[] cbuf, int off, int len) throws IOException {
        int n = 0;
        while (true) {
            n += decoder.decode(bytes, limit, cbuf, off + n, off + len, eof);
            if (n == len) {
                break;
            }
            if (eof) {
                break;
            }
            if (decoder.overflow) {
                break; // a surrogate pair does not fit
            }
            if (n > 0 && !inReady()) {
                break;
            }
            int r = readBytes();
            if (r < 0) {
                eof = true;
                if (n == 0 && decoder.pos == limit) {
                    break;
                }
            }
        }
        if (n == 0 && eof) {
            return -1;
        }
        return n;
    }

    /** Moves the undecoded bytes to the front and reads more after them. */
    private int readBytes() throws IOException {
        int p = decoder.pos;
        int rem = limit - p;
        if (p > 0) {
            System.arraycopy(bytes, p, bytes, 0, rem);
            decoder.pos = 0;
            limit = rem;
        }
        int r = in.read(bytes, limit, bytes.length - limit);
        if (r > 0) {
            limit += r;
        }
        return r;
    }

    private boolean inReady() {
        try {
            return in.available() > 0;
        } catch (IOException x) {
            return false;
        }
    }

    private boolean implReady() {
        return decoder.pos < limit || inReady();
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return haveLeftoverChar || implReady();
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                in.close();
            } finally {
                closed = true;
            }
        }
    }
}
