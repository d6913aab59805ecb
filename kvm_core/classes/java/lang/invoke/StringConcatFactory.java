package java.lang.invoke;

/**
 * Compile-time placeholder with the bootstrap methods javac (source 9 and later) uses for
 * string concatenation. Kava's VM links these call sites itself; the methods here are never
 * called.
 */
public final class StringConcatFactory {
    private StringConcatFactory() {
    }

    /** Concatenation with a recipe of constants and argument slots; unsupported if called. */
    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name,
            MethodType concatType, String recipe, Object... constants)
            throws StringConcatException {
        throw new UnsupportedOperationException("StringConcatFactory is implemented by Kava's VM");
    }

    /** Concatenation of all arguments; unsupported if called. */
    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name,
            MethodType concatType) throws StringConcatException {
        throw new UnsupportedOperationException("StringConcatFactory is implemented by Kava's VM");
    }
}
