package java.lang;

/** Class.newInstance was asked to instantiate a class that cannot be instantiated. */
public class InstantiationException extends ReflectiveOperationException {
    public InstantiationException() {
        super();
    }

    public InstantiationException(String message) {
        super(message);
    }
}
