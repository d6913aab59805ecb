package java.io;

/** An output stream that passes everything on to an underlying stream. */
public class FilterOutputStream extends OutputStream {
    protected OutputStream out;

    private boolean closed;

    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /** Writes the bytes one by one with write(int), so that subclasses see each of them. */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if ((off | len | (b.length - (len + off)) | (off + len)) < 0) {
            throw new IndexOutOfBoundsException();
        }
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Flushes, then closes the underlying stream even if the flush failed. If both fail, the
     * flush exception is added as suppressed to the close exception. Closing twice does nothing.
     */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Throwable flushException = null;
        try {
            flush();
        } catch (Throwable e) {
            flushException = e;
        }
        try {
            out.close();
        } catch (Throwable closeException) {
            if (flushException != null && flushException != closeException) {
                closeException.addSuppressed(flushException);
            }
            throw sneaky(closeException);
        }
        if (flushException != null) {
            throw sneaky(flushException);
        }
    }

    /** Rethrows an IOException or unchecked throwable caught above; returns for syntax only. */
    private static IOException sneaky(Throwable t) {
        if (t instanceof IOException) {
            return (IOException) t;
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        throw (Error) t;
    }
}
