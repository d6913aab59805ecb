package java.util.function;

/** A function of two arguments giving a long. */
@FunctionalInterface
public interface ToLongBiFunction<T, U> {
    long applyAsLong(T t, U u);
}
