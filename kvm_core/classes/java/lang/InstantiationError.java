package java.lang;

/** An attempt to instantiate an abstract class or an interface with new. */
public class InstantiationError extends IncompatibleClassChangeError {
    public InstantiationError() {
        super();
    }

    public InstantiationError(String message) {
        super(message);
    }
}
