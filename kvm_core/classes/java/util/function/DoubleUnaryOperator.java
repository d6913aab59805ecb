package java.util.function;

/** An operation on one double giving a double. */
@FunctionalInterface
public interface DoubleUnaryOperator {
    double applyAsDouble(double operand);
}
