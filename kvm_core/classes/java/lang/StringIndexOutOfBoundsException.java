package java.lang;

/** A String method was given an index that is negative or too large. */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    public StringIndexOutOfBoundsException() {
        super();
    }

    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** Message: "String index out of range: " + index. */
    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
