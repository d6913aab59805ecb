package java.util.function;

/** A boolean-valued function of one double. */
@FunctionalInterface
public interface DoublePredicate {
    boolean test(double value);

    default DoublePredicate negate() {
        return (value) -> !test(value);
    }
}
