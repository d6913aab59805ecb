package java.util;

/** A format string or its arguments are not valid. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {
    }
}
