package java.util.function;

/** An operation on two ints giving an int. */
@FunctionalInterface
public interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}
