package java.util.function;

/** An operation on two doubles giving a double. */
@FunctionalInterface
public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
