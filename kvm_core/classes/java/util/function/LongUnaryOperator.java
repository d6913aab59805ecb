package java.util.function;

/** An operation on one long giving a long. */
@FunctionalInterface
public interface LongUnaryOperator {
    long applyAsLong(long operand);
}
