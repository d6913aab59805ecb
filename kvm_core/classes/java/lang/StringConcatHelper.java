package java.lang;

/**
 * Kava's back end for javac's invokedynamic string concatenation (Java 9+ class files): the VM
 * turns primitive arguments and recipe constants into Strings and passes all parts here.
 */
final class StringConcatHelper {
    private StringConcatHelper() {
    }

    /** The concatenation of String.valueOf(part) for each part; null parts read "null". */
    static String concat(Object[] parts) {
        int n = parts.length;
        String[] strings = new String[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            String s = String.valueOf(parts[i]);
            strings[i] = s;
            length += s.length();
            if (length < 0) {
                throw new OutOfMemoryError("Overflow: String length out of range");
            }
        }
        char[] value = new char[length];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            String s = strings[i];
            int len = s.length();
            s.getChars(0, len, value, pos);
            pos += len;
        }
        return new String(value, true);
    }
}
