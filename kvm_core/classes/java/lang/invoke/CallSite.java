package java.lang.invoke;

/**
 * Compile-time placeholder for the result of a bootstrap method (see MethodHandle). Kava's
 * VM links invokedynamic call sites itself.
 */
public abstract class CallSite {
    CallSite() {
    }

    /** Unsupported on Kava. */
    public abstract MethodHandle getTarget();

    /** Unsupported on Kava. */
    public abstract void setTarget(MethodHandle newTarget);

    /** Unsupported on Kava. */
    public MethodType type() {
        throw new UnsupportedOperationException("call sites are not supported by Kava");
    }
}
