package java.util.function;

/** A supplier of long results. */
@FunctionalInterface
public interface LongSupplier {
    long getAsLong();
}
