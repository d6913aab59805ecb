package java.lang;

/** A class could not be found by name. Its cause is fixed at construction (initCause fails). */
public class ClassNotFoundException extends ReflectiveOperationException {
    public ClassNotFoundException() {
        super((Throwable) null);
    }

    public ClassNotFoundException(String message) {
        super(message, null);
    }

    public ClassNotFoundException(String message, Throwable ex) {
        super(message, ex);
    }

    /** The exception raised while loading the class, if any; same as getCause(). */
    public Throwable getException() {
        return getCause();
    }
}
