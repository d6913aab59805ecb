package java.lang.invoke;

/**
 * Compile-time placeholder: javac names this type in the bootstrap-method signatures of
 * invokedynamic call sites. Kava implements invokedynamic inside the VM and never creates
 * method handles, so no instance of this class exists at run time.
 */
public abstract class MethodHandle {
    MethodHandle() {
    }

    /** The type of this handle; unsupported on Kava. */
    public MethodType type() {
        throw new UnsupportedOperationException("method handles are not supported by Kava");
    }
}
