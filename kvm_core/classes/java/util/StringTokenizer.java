package java.util;

/**
 * Splits a string into tokens separated by delimiter characters (by default space, tab,
 * newline, carriage return and form feed); optionally the delimiters are tokens too.
 */
public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    private int newPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private boolean delimsChanged;
    /** The code points of the delimiters, when some are supplementary. */
    private int[] delimiterCodePoints;
    private boolean hasSurrogates;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        currentPosition = 0;
        newPosition = -1;
        delimsChanged = false;
        this.str = str;
        maxPosition = str.length();
        delimiters = delim;
        retDelims = returnDelims;
        setMaxDelimCodePoint();
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private void setMaxDelimCodePoint() {
        if (delimiters == null) {
            return;
        }
        int count = 0;
        for (int i = 0; i < delimiters.length(); i += Character.charCount(
                delimiters.codePointAt(i))) {
            char c = delimiters.charAt(i);
            if (c >= Character.MIN_HIGH_SURROGATE && c <= Character.MAX_LOW_SURROGATE) {
                hasSurrogates = true;
            }
            count++;
        }
        if (hasSurrogates) {
            delimiterCodePoints = new int[count];
            for (int i = 0, j = 0; i < count; i++, j += Character.charCount(
                    delimiters.codePointAt(j))) {
                delimiterCodePoints[i] = delimiters.codePointAt(j);
            }
        }
    }

    private boolean isDelimiter(int codePoint) {
        if (hasSurrogates) {
            for (int delimiterCodePoint : delimiterCodePoints) {
                if (delimiterCodePoint == codePoint) {
                    return true;
                }
            }
            return false;
        }
        return codePoint <= Character.MAX_VALUE && delimiters.indexOf((char) codePoint) >= 0;
    }

    private int skipDelimiters(int startPos) {
        if (delimiters == null) {
            throw new NullPointerException();
        }
        int position = startPos;
        while (!retDelims && position < maxPosition) {
            int c = str.codePointAt(position);
            if (!isDelimiter(c)) {
                break;
            }
            position += Character.charCount(c);
        }
        return position;
    }

    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition) {
            int c = str.codePointAt(position);
            if (isDelimiter(c)) {
                break;
            }
            position += Character.charCount(c);
        }
        if (retDelims && (startPos == position)) {
            int c = str.codePointAt(position);
            if (isDelimiter(c)) {
                position += Character.charCount(c);
            }
        }
        return position;
    }

    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(currentPosition);
        return (newPosition < maxPosition);
    }

    public String nextToken() {
        currentPosition = (newPosition >= 0 && !delimsChanged)
                ? newPosition : skipDelimiters(currentPosition);
        delimsChanged = false;
        newPosition = -1;
        if (currentPosition >= maxPosition) {
            throw new NoSuchElementException();
        }
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    /** Switches to new delimiters, then returns the next token. */
    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        hasSurrogates = false;
        setMaxDelimCodePoint();
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    /** The number of tokens nextToken would still return (with the current delimiters). */
    public int countTokens() {
        int count = 0;
        int currpos = currentPosition;
        while (currpos < maxPosition) {
            currpos = skipDelimiters(currpos);
            if (currpos >= maxPosition) {
                break;
            }
            currpos = scanToken(currpos);
            count++;
        }
        return count;
    }
}
