package java.io;

/** A source or destination of data that can be closed. Closing twice has no effect. */
public interface Closeable extends AutoCloseable {
    @Override
    void close() throws IOException;
}
