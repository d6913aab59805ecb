package java.lang.invoke;

/**
 * Compile-time placeholder with the bootstrap methods javac uses for lambda expressions and
 * method references. Kava's VM recognizes call sites bootstrapped by these methods and links
 * them itself (generating a class per call site); the methods here are never called.
 */
public final class LambdaMetafactory {
    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    private LambdaMetafactory() {
    }

    /** The standard lambda bootstrap; unsupported if called from Java code. */
    public static CallSite metafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, MethodType interfaceMethodType, MethodHandle implementation,
            MethodType dynamicMethodType) throws LambdaConversionException {
        throw new UnsupportedOperationException("LambdaMetafactory is implemented by Kava's VM");
    }

    /** The lambda bootstrap with flags, markers and bridges; unsupported if called. */
    public static CallSite altMetafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, Object... args) throws LambdaConversionException {
        throw new UnsupportedOperationException("LambdaMetafactory is implemented by Kava's VM");
    }
}
