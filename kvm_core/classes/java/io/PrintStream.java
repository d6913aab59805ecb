package java.io;

/**
 * Adds printing of text and values to an output stream. It never throws IOException: errors
 * set a flag that checkError() reports.
 *
 * <p>Text is encoded in UTF-8 (or the charset given to the constructor: ISO-8859-1, US-ASCII).
 * A lone surrogate becomes '?'; a high surrogate at the end of one print waits for the next
 * print, which may complete the pair (as the JDK's stream encoder does). With autoflush on,
 * every print flushes once more when its text contains '\n' (println always does), and every
 * write of bytes flushes.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private static final int UTF8 = 0;
    private static final int ISO_8859_1 = 1;
    private static final int US_ASCII = 2;

    private final boolean autoFlush;
    private final int charset;
    private boolean trouble;
    private boolean closing;
    /** A high surrogate waiting for the next print (0: none). */
    private char pendingHigh;
    private java.util.Formatter formatter;

    private static OutputStream requireNonNull(OutputStream out) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        return out;
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireNonNull(out));
        this.autoFlush = autoFlush;
        this.charset = UTF8;
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        super(requireNonNull(out));
        this.autoFlush = autoFlush;
        this.charset = charsetOf(encoding);
    }

    /** Identifies one of Kava's charsets by how it encodes U+00E9 (names come from String). */
    private static int charsetOf(String encoding) throws UnsupportedEncodingException {
        if (encoding == null) {
            throw new NullPointerException("charsetName");
        }
        byte[] probe = "\u00e9".getBytes(encoding);
        if (probe.length == 2) {
            return UTF8;
        }
        return probe[0] == (byte) 0xE9 ? ISO_8859_1 : US_ASCII;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    /**
     * Writes a '?' for a pending lone high surrogate, flushes, and closes the underlying
     * stream; errors along the way only set the error flag.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                if (pendingHigh != 0) {
                    pendingHigh = 0;
                    write(new byte[] {(byte) '?'}, 0, 1);
                }
                flush();
                try {
                    out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    /** Flushes, then reports whether an error ever occurred (on this or a wrapped PrintStream). */
    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    // ---- bytes ----

    /** Writes one byte; with autoflush, a '\n' byte flushes. */
    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    // ---- text ----

    private void writeText(String s, boolean newline) {
        try {
            synchronized (this) {
                ensureOpen();
                int n = s.length();
                String separator = newline ? System.lineSeparator() : "";
                char[] chars = new char[n + separator.length()];
                s.getChars(0, n, chars, 0);
                separator.getChars(0, separator.length(), chars, n);
                writeChars(chars, newline);
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void writeCharArray(char[] cbuf, boolean newline) {
        try {
            synchronized (this) {
                ensureOpen();
                int n = cbuf.length;
                String separator = newline ? System.lineSeparator() : "";
                char[] chars = new char[n + separator.length()];
                System.arraycopy(cbuf, 0, chars, 0, n);
                separator.getChars(0, separator.length(), chars, n);
                writeChars(chars, newline);
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    /**
     * Encodes chars and passes the bytes to write(byte[], int, int), which subclasses may
     * override (the JDK's encoder writes through it too). Called locked, on an open stream.
     */
    private void writeChars(char[] chars, boolean newline) throws IOException {
        int len = chars.length;
        byte[] bytes = new byte[(charset == UTF8 ? 3 * len : len) + 1];
        int n = encode(chars, len, bytes);
        if (n > 0) {
            write(bytes, 0, n);
        }
        if (autoFlush) {
            boolean hasNewline = newline;
            for (int i = 0; i < len && !hasNewline; i++) {
                hasNewline = chars[i] == '\n';
            }
            if (hasNewline) {
                out.flush();
            }
        }
    }

    /** Encodes cs[0..len) into dst, completing or keeping a pending high surrogate. */
    private int encode(char[] cs, int len, byte[] dst) {
        int n = 0;
        int i = 0;
        if (pendingHigh != 0) {
            if (len == 0) {
                return 0;
            }
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(cs[0])) {
                n = putPair(high, cs[0], dst, n);
                i = 1;
            } else {
                dst[n++] = (byte) '?';
            }
        }
        int max = charset == ISO_8859_1 ? 0xFF : 0x7F;
        for (; i < len; i++) {
            char c = cs[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == len) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(cs[i + 1])) {
                    n = putPair(c, cs[++i], dst, n);
                } else {
                    dst[n++] = (byte) '?';
                }
            } else if (Character.isLowSurrogate(c)) {
                dst[n++] = (byte) '?';
            } else if (charset != UTF8) {
                dst[n++] = c <= max ? (byte) c : (byte) '?';
            } else if (c < 0x80) {
                dst[n++] = (byte) c;
            } else if (c < 0x800) {
                dst[n++] = (byte) (0xC0 | (c >> 6));
                dst[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                dst[n++] = (byte) (0xE0 | (c >> 12));
                dst[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return n;
    }

    /** A supplementary character: four UTF-8 bytes, or one '?' in a single-byte charset. */
    private int putPair(char high, char low, byte[] dst, int n) {
        if (charset != UTF8) {
            dst[n++] = (byte) '?';
            return n;
        }
        int cp = Character.toCodePoint(high, low);
        dst[n++] = (byte) (0xF0 | (cp >> 18));
        dst[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        dst[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        dst[n++] = (byte) (0x80 | (cp & 0x3F));
        return n;
    }

    private void newLine() {
        writeText("", true);
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeCharArray(s, false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    // println: a PrintStream writes text and line separator at once; a subclass gets
    // print(x) then the separator, so that its overridden print methods see the text.

    public void println() {
        newLine();
    }

    public void println(boolean x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (getClass() == PrintStream.class) {
            writeCharArray(x, true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (getClass() == PrintStream.class) {
            writeText(s, true);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    // ---- formatting ----

    /** Formats with java.util.Formatter, printing each piece as print(String) would. */
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(), format, args);
    }

    public PrintStream format(java.util.Locale l, String format, Object... args) {
        try {
            synchronized (this) {
                ensureOpen();
                if ((formatter == null) || (formatter.locale() != l)) {
                    formatter = new java.util.Formatter((Appendable) this, l);
                }
                formatter.format(l, format, args);
            }
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }

    // ---- Appendable ----

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
