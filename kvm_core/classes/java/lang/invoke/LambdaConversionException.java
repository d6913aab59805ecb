package java.lang.invoke;

/** A lambda or method reference could not be linked. */
public class LambdaConversionException extends Exception {
    public LambdaConversionException() {
    }

    public LambdaConversionException(String message) {
        super(message);
    }

    public LambdaConversionException(String message, Throwable cause) {
        super(message, cause);
    }

    public LambdaConversionException(Throwable cause) {
        super(cause);
    }
}
