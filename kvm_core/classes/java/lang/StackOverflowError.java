package java.lang;

/** A thread's stack is exhausted because of too deep a recursion. */
public class StackOverflowError extends VirtualMachineError {
    public StackOverflowError() {
        super();
    }

    public StackOverflowError(String message) {
        super(message);
    }
}
