package java.util.function;

/** A supplier of results. */
@FunctionalInterface
public interface Supplier<T> {
    T get();
}
