package java.lang.invoke;

/**
 * Compile-time placeholder: javac refers to the nested Lookup class in the signatures of
 * bootstrap methods. Kava's VM never calls bootstrap methods written in Java.
 */
public class MethodHandles {
    private MethodHandles() {
    }

    /** Unsupported on Kava. */
    public static Lookup lookup() {
        throw new UnsupportedOperationException("method handle lookups are not supported by Kava");
    }

    /** A lookup context; a placeholder on Kava. */
    public static final class Lookup {
        private Lookup() {
        }

        /** Unsupported on Kava. */
        public Class<?> lookupClass() {
            throw new UnsupportedOperationException(
                    "method handle lookups are not supported by Kava");
        }
    }
}
