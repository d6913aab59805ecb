package java.util.function;

import java.util.Objects;

/** A function from T to R. */
@FunctionalInterface
public interface Function<T, R> {
    R apply(T t);

    /** Applies before, then this. */
    default <V> Function<V, R> compose(Function<? super V, ? extends T> before) {
        Objects.requireNonNull(before);
        return (V v) -> apply(before.apply(v));
    }

    /** Applies this, then after. */
    default <V> Function<T, V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after);
        return (T t) -> after.apply(apply(t));
    }

    static <T> Function<T, T> identity() {
        return t -> t;
    }
}
