package java.lang;

/** A string could not be converted to a numeric type. */
public class NumberFormatException extends IllegalArgumentException {
    public NumberFormatException() {
        super();
    }

    public NumberFormatException(String message) {
        super(message);
    }

    /** The JDK's message for an unparsable string: the radix is named unless it is 10. */
    static NumberFormatException forInputString(String s, int radix) {
        String suffix = radix == 10 ? "" : " under radix " + radix;
        return new NumberFormatException("For input string: \"" + s + "\"" + suffix);
    }

    /** The JDK's message for the CharSequence-range parsers; the index is relative to beginIndex. */
    static NumberFormatException forCharSequence(CharSequence s, int beginIndex, int endIndex,
            int errorIndex) {
        return new NumberFormatException("Error at index " + (errorIndex - beginIndex) + " in: \""
                + s.subSequence(beginIndex, endIndex) + "\"");
    }
}
