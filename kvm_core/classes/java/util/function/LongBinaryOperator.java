package java.util.function;

/** An operation on two longs giving a long. */
@FunctionalInterface
public interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}
