package java.util.function;

/** A boolean-valued function of one long. */
@FunctionalInterface
public interface LongPredicate {
    boolean test(long value);

    default LongPredicate negate() {
        return (value) -> !test(value);
    }
}
