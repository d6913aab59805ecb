package java.lang;

/** The virtual machine is broken or has run out of resources. */
public abstract class VirtualMachineError extends Error {
    public VirtualMachineError() {
        super();
    }

    public VirtualMachineError(String message) {
        super(message);
    }

    public VirtualMachineError(String message, Throwable cause) {
        super(message, cause);
    }

    /** The detail message is {@code cause.toString()}, or null for a null cause. */
    public VirtualMachineError(Throwable cause) {
        super(cause);
    }
}
