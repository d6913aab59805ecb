package java.lang;

/** An attempt to access or modify a field, or call a method, that is not accessible. */
public class IllegalAccessError extends IncompatibleClassChangeError {
    public IllegalAccessError() {
        super();
    }

    public IllegalAccessError(String message) {
        super(message);
    }
}
