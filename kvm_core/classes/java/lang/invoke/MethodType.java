package java.lang.invoke;

/**
 * Compile-time placeholder for the type of a method handle or call site (see MethodHandle).
 * Kava's VM reads method types straight from the constant pool and never creates these.
 */
public final class MethodType implements java.io.Serializable {
    private MethodType() {
    }

    /** Unsupported on Kava. */
    public static MethodType methodType(Class<?> rtype, Class<?>[] ptypes) {
        throw new UnsupportedOperationException("method types are not supported by Kava");
    }

    /** Unsupported on Kava. */
    public static MethodType methodType(Class<?> rtype) {
        throw new UnsupportedOperationException("method types are not supported by Kava");
    }
}
