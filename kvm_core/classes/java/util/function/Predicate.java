package java.util.function;

import java.util.Objects;

/** A boolean-valued function of one argument. */
@FunctionalInterface
public interface Predicate<T> {
    boolean test(T t);

    /** Short-circuiting logical AND. */
    default Predicate<T> and(Predicate<? super T> other) {
        Objects.requireNonNull(other);
        return (t) -> test(t) && other.test(t);
    }

    default Predicate<T> negate() {
        return (t) -> !test(t);
    }

    /** Short-circuiting logical OR. */
    default Predicate<T> or(Predicate<? super T> other) {
        Objects.requireNonNull(other);
        return (t) -> test(t) || other.test(t);
    }

    /** Tests equality with Objects.equals(targetRef, t). */
    static <T> Predicate<T> isEqual(Object targetRef) {
        return (null == targetRef) ? (t -> t == null) : (t -> targetRef.equals(t));
    }

    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> target) {
        Objects.requireNonNull(target);
        return (Predicate<T>) target.negate();
    }
}
