package java.io;

/** A destination of data whose buffered output can be flushed. */
public interface Flushable {
    void flush() throws IOException;
}
