package java.util.function;

/** An operation on an object and an int that returns no result. */
@FunctionalInterface
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
