package java.util.function;

/** A supplier of int results. */
@FunctionalInterface
public interface IntSupplier {
    int getAsInt();
}
