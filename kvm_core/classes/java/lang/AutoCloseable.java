package java.lang;

/** A resource that try-with-resources closes automatically. */
public interface AutoCloseable {
    void close() throws Exception;
}
