package java.lang;

import java.io.UnsupportedEncodingException;
import java.util.Iterator;

/**
 * An immutable sequence of UTF-16 code units.
 *
 * <p>The VM creates String objects itself (literals, natives) by allocating one and storing a
 * char array of the exact length into {@code value}; {@code hash} then starts at 0. These two
 * are therefore the only instance fields. Every String owns its array (arrays are never shared
 * with mutable code), so sharing between Strings is safe.
 *
 * <p>Some exception messages depend on whether the JDK would store the string as Latin-1 (all
 * chars below U+0100) or UTF-16; those cases are reproduced (see charAt).
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    public String() {
        this.value = new char[0];
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copyOfRange(value, offset, count);
    }

    /** Builds a String from code points; an invalid one throws IllegalArgumentException. */
    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int end = offset + count;
        int n = count;
        for (int i = offset; i < end; i++) {
            int c = codePoints[i];
            if (Character.isBmpCodePoint(c)) {
                continue;
            } else if (Character.isValidCodePoint(c)) {
                n++;
            } else {
                throw new IllegalArgumentException(Integer.toString(c));
            }
        }
        char[] v = new char[n];
        for (int i = offset, j = 0; i < end; i++, j++) {
            int c = codePoints[i];
            if (Character.isBmpCodePoint(c)) {
                v[j] = (char) c;
            } else {
                v[j++] = Character.highSurrogate(c);
                v[j] = Character.lowSurrogate(c);
            }
        }
        this.value = v;
    }

    /** Each char is (hibyte & 0xff) << 8 | (b & 0xff). */
    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        int high = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (high | (ascii[offset + i] & 0xff));
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decode(charsetId(charsetName), bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    /** Decodes UTF-8 (the default charset); malformed input becomes U+FFFD. */
    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decode(CHARSET_UTF8, bytes, offset, length);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuffer buffer) {
        synchronized (buffer) {
            this.value = copyOfRange(buffer.getValue(), 0, buffer.length());
        }
    }

    public String(StringBuilder builder) {
        this.value = copyOfRange(builder.getValue(), 0, builder.length());
    }

    /** Takes ownership of value without copying; callers must not modify it afterwards. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static char[] copyOfRange(char[] src, int offset, int count) {
        char[] v = new char[count];
        System.arraycopy(src, offset, v, 0, count);
        return v;
    }

    // ---- bounds checks with the JDK's messages ----

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count
                    + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end
                    + ", length " + length);
        }
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    /** True if the JDK would store this string in its Latin-1 form. */
    private boolean isLatin1() {
        char[] v = value;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0xFF) {
                return false;
            }
        }
        return true;
    }

    // ---- basic access ----

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        char[] v = value;
        if (index >= 0 && index < v.length) {
            return v[index];
        }
        // The JDK's message differs between its Latin-1 and UTF-16 representations.
        if (isLatin1()) {
            throw new StringIndexOutOfBoundsException(index);
        }
        throw new StringIndexOutOfBoundsException("index " + index + ", length " + v.length);
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAtImpl(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBeforeImpl(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCountImpl(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePointsImpl(value, 0, value.length, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** Copies the low byte of each char. */
    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public char[] toCharArray() {
        return copyOfRange(value, 0, value.length);
    }

    /** The backing array, for classes of this package that only read it. */
    char[] valueArray() {
        return value;
    }

    // ---- charsets ----

    static final int CHARSET_UTF8 = 0;
    static final int CHARSET_ISO_8859_1 = 1;
    static final int CHARSET_US_ASCII = 2;

    /** Kava knows three charsets, by their canonical names and the JDK's aliases. */
    static int charsetId(String charsetName) throws UnsupportedEncodingException {
        String n = charsetName.toLowerCase();
        switch (n) {
            case "utf-8":
            case "utf8":
            case "unicode-1-1-utf-8":
                return CHARSET_UTF8;
            case "iso-8859-1":
            case "iso8859-1":
            case "iso8859_1":
            case "iso_8859-1":
            case "iso_8859_1":
            case "iso_8859-1:1987":
            case "8859_1":
            case "819":
            case "l1":
            case "latin1":
            case "iso-ir-100":
            case "cp819":
            case "ibm819":
            case "ibm-819":
            case "csisolatin1":
                return CHARSET_ISO_8859_1;
            case "us-ascii":
            case "ascii":
            case "ascii7":
            case "us":
            case "646":
            case "iso646-us":
            case "iso_646.irv:1983":
            case "iso_646.irv:1991":
            case "ansi_x3.4-1968":
            case "ansi_x3.4-1986":
            case "iso-ir-6":
            case "cp367":
            case "ibm367":
            case "csascii":
            case "default":
                return CHARSET_US_ASCII;
            default:
                throw new UnsupportedEncodingException(charsetName);
        }
    }

    /**
     * Decodes bytes; malformed or unmappable input becomes U+FFFD. For UTF-8 each maximal
     * prefix of a valid sequence counts as one malformed unit, and so does a whole three-byte
     * encoding of a surrogate, as in the JDK.
     */
    static char[] decode(int charset, byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0;
        int end = off + len;
        if (charset == CHARSET_ISO_8859_1) {
            for (int i = 0; i < len; i++) {
                out[i] = (char) (b[off + i] & 0xff);
            }
            return out;
        }
        if (charset == CHARSET_US_ASCII) {
            for (int i = 0; i < len; i++) {
                byte c = b[off + i];
                out[i] = c >= 0 ? (char) c : '\uFFFD';
            }
            return out;
        }
        int i = off;
        while (i < end) {
            int b1 = b[i] & 0xff;
            if (b1 < 0x80) {
                out[n++] = (char) b1;
                i++;
                continue;
            }
            int need; // continuation bytes expected
            int lo = 0x80; // allowed range of the second byte
            int hi = 0xBF;
            if (b1 >= 0xC2 && b1 <= 0xDF) {
                need = 1;
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                need = 2;
                if (b1 == 0xE0) {
                    lo = 0xA0; // no overlong forms
                }
            } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                need = 3;
                if (b1 == 0xF0) {
                    lo = 0x90;
                } else if (b1 == 0xF4) {
                    hi = 0x8F; // nothing above U+10FFFF
                }
            } else {
                out[n++] = '\uFFFD';
                i++;
                continue;
            }
            int cp = b1 & (0x3F >> need);
            int j = i + 1;
            int got = 0;
            while (got < need && j < end) {
                int bj = b[j] & 0xff;
                if (got == 0 ? (bj < lo || bj > hi) : (bj < 0x80 || bj > 0xBF)) {
                    break;
                }
                cp = (cp << 6) | (bj & 0x3F);
                got++;
                j++;
            }
            if (got < need) {
                out[n++] = '\uFFFD';
                i = j; // skip the valid prefix as one malformed unit
                continue;
            }
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                // An encoded surrogate (ED A0..BF xx) is one malformed unit of three bytes.
                out[n++] = '\uFFFD';
            } else if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                if (n + 2 > out.length) {
                    out = grow(out, n + 2);
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i = j;
        }
        if (n != out.length) {
            out = copyOfRange(out, 0, n);
        }
        return out;
    }

    private static char[] grow(char[] a, int min) {
        char[] b = new char[Math.max(min, a.length * 2)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /**
     * Encodes chars; an unmappable char, a lone surrogate, or (for the single-byte charsets) a
     * whole surrogate pair becomes one '?'.
     */
    static byte[] encode(int charset, char[] v, int off, int len) {
        int end = off + len;
        if (charset != CHARSET_UTF8) {
            int max = charset == CHARSET_ISO_8859_1 ? 0xFF : 0x7F;
            byte[] out = new byte[len];
            int n = 0;
            for (int i = off; i < end; i++) {
                char c = v[i];
                if (c <= max) {
                    out[n++] = (byte) c;
                } else {
                    out[n++] = (byte) '?';
                    if (Character.isHighSurrogate(c) && i + 1 < end
                            && Character.isLowSurrogate(v[i + 1])) {
                        i++;
                    }
                }
            }
            return n == len ? out : copyOf(out, n);
        }
        int size = 0;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end
                    && Character.isLowSurrogate(v[i + 1])) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size++;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int n = 0;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end
                    && Character.isLowSurrogate(v[i + 1])) {
                int cp = Character.toCodePoint(c, v[++i]);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = (byte) '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    private static byte[] copyOf(byte[] src, int count) {
        byte[] b = new byte[count];
        System.arraycopy(src, 0, b, 0, count);
        return b;
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        return encode(charsetId(charsetName), value, 0, value.length);
    }

    /** Encodes in UTF-8, the default charset. */
    public byte[] getBytes() {
        return encode(CHARSET_UTF8, value, 0, value.length);
    }

    // ---- comparison ----

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof String) {
            char[] v1 = value;
            char[] v2 = ((String) anObject).value;
            int n = v1.length;
            if (n == v2.length) {
                for (int i = 0; i < n; i++) {
                    if (v1[i] != v2[i]) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof StringBuffer) {
            synchronized (cs) {
                return contentEqualsBuilder((AbstractStringBuilder) cs);
            }
        }
        if (cs instanceof AbstractStringBuilder) {
            return contentEqualsBuilder((AbstractStringBuilder) cs);
        }
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = cs.length();
        if (n != value.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean contentEqualsBuilder(AbstractStringBuilder sb) {
        int n = sb.length();
        if (n != value.length) {
            return false;
        }
        char[] v2 = sb.getValue();
        for (int i = 0; i < n; i++) {
            if (value[i] != v2[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) || (anotherString != null
                && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length));
    }

    /** Lexicographic comparison of the chars; the difference of the first unequal pair. */
    public int compareTo(String anotherString) {
        char[] v1 = value;
        char[] v2 = anotherString.value;
        int lim = Math.min(v1.length, v2.length);
        for (int k = 0; k < lim; k++) {
            char c1 = v1[k];
            char c2 = v2[k];
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return v1.length - v2.length;
    }

    /**
     * Compares after folding with toUpperCase then toLowerCase; returns the difference of the
     * first unequal folded values, or of the lengths. As in the JDK, supplementary characters
     * are folded whole only when neither string is Latin-1 (see regionMatchesCI).
     */
    /** Formats like java.util.Formatter (English conventions, as Kava has no locale data). */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /** This string as a format: format(this, args). */
    public String formatted(Object... args) {
        return format(this, args);
    }

    /** Orders strings as compareToIgnoreCase does. */
    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator
            implements java.util.Comparator<String>, java.io.Serializable {
        public int compare(String a, String b) {
            return a.compareToIgnoreCase(b);
        }
    }

    public int compareToIgnoreCase(String str) {
        char[] v1 = value;
        char[] v2 = str.value;
        int n1 = v1.length;
        int n2 = v2.length;
        if (isLatin1() || str.isLatin1()) {
            int lim = Math.min(n1, n2);
            for (int k = 0; k < lim; k++) {
                int diff = foldCompare(v1[k], v2[k]);
                if (diff != 0) {
                    return diff;
                }
            }
            return n1 - n2;
        }
        for (int k1 = 0, k2 = 0; k1 < n1 && k2 < n2; k1++, k2++) {
            if (foldCompare(v1[k1], v2[k2]) == 0) {
                continue;
            }
            int cp1 = codePointIncluding(v1, k1, 0, n1);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            int cp2 = codePointIncluding(v2, k2, 0, n2);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            int diff = foldCompare(cp1, cp2);
            if (diff != 0) {
                return diff;
            }
        }
        return n1 - n2;
    }

    /** 0 if the characters are equal ignoring case, else the difference of the folded values. */
    private static int foldCompare(int cp1, int cp2) {
        if (cp1 == cp2) {
            return 0;
        }
        int u1 = Character.toUpperCase(cp1);
        int u2 = Character.toUpperCase(cp2);
        if (u1 == u2) {
            return 0;
        }
        return Character.toLowerCase(u1) - Character.toLowerCase(u2);
    }

    /**
     * For case folding: the whole code point when index is on either half of a surrogate pair
     * lying in [start, end), negated if the pair starts at index (the caller then skips the low
     * half); otherwise the char itself.
     */
    private static int codePointIncluding(char[] v, int index, int start, int end) {
        char c = v[index];
        if (Character.isHighSurrogate(c) && index + 1 < end
                && Character.isLowSurrogate(v[index + 1])) {
            return -Character.toCodePoint(c, v[index + 1]);
        }
        if (Character.isLowSurrogate(c) && index - 1 >= start
                && Character.isHighSurrogate(v[index - 1])) {
            return Character.toCodePoint(v[index - 1], c);
        }
        return c;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        while (len-- > 0) {
            if (ta[toffset++] != pa[ooffset++]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset,
            int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        if (isLatin1() || other.isLatin1()) {
            while (len-- > 0) {
                if (foldCompare(ta[toffset++], pa[ooffset++]) != 0) {
                    return false;
                }
            }
            return true;
        }
        return regionMatchesCI(ta, toffset, pa, ooffset, len);
    }

    /**
     * The JDK's comparison for two UTF-16 strings: chars are compared folded, and where they
     * differ, a surrogate pair (seen from either half) is folded as one code point.
     */
    private static boolean regionMatchesCI(char[] ta, int toffset, char[] pa, int ooffset,
            int len) {
        int tlast = toffset + len;
        int olast = ooffset + len;
        for (int k1 = toffset, k2 = ooffset; k1 < tlast && k2 < olast; k1++, k2++) {
            if (foldCompare(ta[k1], pa[k2]) == 0) {
                continue;
            }
            int cp1 = codePointIncluding(ta, k1, toffset, tlast);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            int cp2 = codePointIncluding(pa, k2, ooffset, olast);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            if (foldCompare(cp1, cp2) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > length() - prefix.length()) {
            return false;
        }
        char[] ta = value;
        char[] pa = prefix.value;
        int n = pa.length;
        for (int i = 0; i < n; i++) {
            if (ta[toffset + i] != pa[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    /** s[0]*31^(n-1) + s[1]*31^(n-2) + ... + s[n-1], cached in the hash field. */
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            hash = h;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        int max = v.length;
        if (fromIndex < 0) {
            fromIndex = 0;
        } else if (fromIndex >= max) {
            return -1;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < max; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < max - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str, fromIndex);
    }

    /** indexOf over the first srcCount chars of src (shared with the string builders). */
    static int indexOf(char[] src, int srcCount, String tgtStr, int fromIndex) {
        char[] tgt = tgtStr.value;
        int tgtCount = tgt.length;
        if (fromIndex >= srcCount) {
            return (tgtCount == 0 ? srcCount : -1);
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (tgtCount == 0) {
            return fromIndex;
        }
        char first = tgt[0];
        int max = srcCount - tgtCount;
        for (int i = fromIndex; i <= max; i++) {
            if (src[i] != first) {
                while (++i <= max && src[i] != first) {
                    // skip to the next candidate
                }
            }
            if (i <= max) {
                int j = i + 1;
                int end = i + tgtCount;
                for (int k = 1; j < end && src[j] == tgt[k]; j++, k++) {
                    // compare the rest
                }
                if (j == end) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str, fromIndex);
    }

    /** lastIndexOf over the first srcCount chars of src (shared with the string builders). */
    static int lastIndexOf(char[] src, int srcCount, String tgtStr, int fromIndex) {
        char[] tgt = tgtStr.value;
        int tgtCount = tgt.length;
        int rightIndex = srcCount - tgtCount;
        if (fromIndex > rightIndex) {
            fromIndex = rightIndex;
        }
        if (fromIndex < 0) {
            return -1;
        }
        if (tgtCount == 0) {
            return fromIndex;
        }
        for (int i = fromIndex; i >= 0; i--) {
            int k = 0;
            while (k < tgtCount && src[i + k] == tgt[k]) {
                k++;
            }
            if (k == tgtCount) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- derived strings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    /** Returns this string for the full range and "" for an empty one, as the JDK does. */
    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        int subLen = endIndex - beginIndex;
        if (subLen == 0) {
            return "";
        }
        return new String(copyOfRange(value, beginIndex, subLen), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return this.substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        if (value.length == 0) {
            return new String(str);
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar != newChar) {
            char[] v = value;
            int len = v.length;
            int i = 0;
            while (i < len && v[i] != oldChar) {
                i++;
            }
            if (i < len) {
                char[] buf = copyOfRange(v, 0, len);
                for (; i < len; i++) {
                    if (buf[i] == oldChar) {
                        buf[i] = newChar;
                    }
                }
                return new String(buf, true);
            }
        }
        return this;
    }

    /** Replaces each non-overlapping occurrence, left to right; "" matches between all chars. */
    public String replace(CharSequence target, CharSequence replacement) {
        String trgtStr = target.toString();
        String replStr = replacement.toString();
        int j = indexOf(trgtStr);
        if (j < 0) {
            return this;
        }
        int thisLen = value.length;
        int trgtLen = trgtStr.length();
        StringBuilder sb = new StringBuilder(thisLen + 16);
        if (trgtLen == 0) {
            sb.append(replStr);
            for (int k = 0; k < thisLen; k++) {
                sb.append(value[k]).append(replStr);
            }
            return sb.toString();
        }
        int i = 0;
        while (j >= 0) {
            sb.append(value, i, j - i).append(replStr);
            i = j + trgtLen;
            j = indexOf(trgtStr, i);
        }
        sb.append(value, i, thisLen - i);
        return sb.toString();
    }

    /**
     * Splits around matches of a regular expression. Kava supports the one-char fast path and
     * a subset of regex syntax (see SimpleRegex); other patterns throw
     * UnsupportedOperationException. Trailing empty strings are removed when limit is 0.
     */
    public String[] split(String regex, int limit) {
        int rlen = regex.length();
        char ch = 0;
        boolean fast = false;
        if (rlen == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) == -1) {
            fast = true;
        } else if (rlen == 2 && regex.charAt(0) == '\\') {
            ch = regex.charAt(1);
            fast = ((ch - '0') | ('9' - ch)) < 0 && ((ch - 'a') | ('z' - ch)) < 0
                    && ((ch - 'A') | ('Z' - ch)) < 0;
        }
        if (fast && !Character.isSurrogate(ch)) {
            return splitOnChar(ch, limit);
        }
        return SimpleRegex.compile(regex).split(this, limit);
    }

    private String[] splitOnChar(char ch, int limit) {
        int off = 0;
        int next;
        boolean limited = limit > 0;
        String[] list = new String[8];
        int size = 0;
        while ((next = indexOf(ch, off)) != -1) {
            if (!limited || size < limit - 1) {
                list = add(list, size++, substring(off, next));
                off = next + 1;
            } else {
                // The last piece takes the rest of the string.
                int last = length();
                list = add(list, size++, substring(off, last));
                off = last;
                break;
            }
        }
        if (off == 0) {
            return new String[] {this};
        }
        if (!limited || size < limit) {
            list = add(list, size++, substring(off, length()));
        }
        return trimResult(list, size, limit);
    }

    /** Appends to a growable array of Strings; returns the (possibly new) array. */
    static String[] add(String[] list, int size, String s) {
        if (size == list.length) {
            String[] bigger = new String[size * 2];
            System.arraycopy(list, 0, bigger, 0, size);
            list = bigger;
        }
        list[size] = s;
        return list;
    }

    /** The first size entries, without trailing empty strings when limit is 0. */
    static String[] trimResult(String[] list, int size, int limit) {
        if (limit == 0) {
            while (size > 0 && list[size - 1].isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        System.arraycopy(list, 0, result, 0, size);
        return result;
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String delim = delimiter.toString();
        String[] elems = new String[elements.length];
        for (int i = 0; i < elements.length; i++) {
            elems[i] = String.valueOf(elements[i]);
        }
        return join(delim, elems, elems.length);
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        String delim = delimiter.toString();
        String[] elems = new String[8];
        int size = 0;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext();) {
            elems = add(elems, size++, String.valueOf(it.next()));
        }
        return join(delim, elems, size);
    }

    private static String join(String delim, String[] elems, int size) {
        if (size == 0) {
            return "";
        }
        int len = delim.value.length * (size - 1);
        for (int i = 0; i < size; i++) {
            len += elems[i].value.length;
        }
        char[] v = new char[len];
        int pos = 0;
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                System.arraycopy(delim.value, 0, v, pos, delim.value.length);
                pos += delim.value.length;
            }
            char[] e = elems[i].value;
            System.arraycopy(e, 0, v, pos, e.length);
            pos += e.length;
        }
        return new String(v, true);
    }

    // ---- case ----

    private static native String toLowerCase0(String s);

    private static native String toUpperCase0(String s);

    /** Full Unicode lower-casing (the native handles non-ASCII); returns this if unchanged. */
    public String toLowerCase() {
        char[] v = value;
        int first = -1;
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (c >= 0x80) {
                return toLowerCase0(this);
            }
            if (first < 0 && c >= 'A' && c <= 'Z') {
                first = i;
            }
        }
        if (first < 0) {
            return this;
        }
        char[] buf = copyOfRange(v, 0, v.length);
        for (int i = first; i < buf.length; i++) {
            char c = buf[i];
            if (c >= 'A' && c <= 'Z') {
                buf[i] = (char) (c + 32);
            }
        }
        return new String(buf, true);
    }

    /** Full Unicode upper-casing (the native handles non-ASCII); returns this if unchanged. */
    public String toUpperCase() {
        char[] v = value;
        int first = -1;
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (c >= 0x80) {
                return toUpperCase0(this);
            }
            if (first < 0 && c >= 'a' && c <= 'z') {
                first = i;
            }
        }
        if (first < 0) {
            return this;
        }
        char[] buf = copyOfRange(v, 0, v.length);
        for (int i = first; i < buf.length; i++) {
            char c = buf[i];
            if (c >= 'a' && c <= 'z') {
                buf[i] = (char) (c - 32);
            }
        }
        return new String(buf, true);
    }

    // ---- whitespace ----

    /** Removes chars <= ' ' at both ends. */
    public String trim() {
        char[] v = value;
        int len = v.length;
        int st = 0;
        while (st < len && v[st] <= ' ') {
            st++;
        }
        while (st < len && v[len - 1] <= ' ') {
            len--;
        }
        return (st > 0 || len < v.length) ? substring(st, len) : this;
    }

    /** Removes Character.isWhitespace code points at both ends. */
    public String strip() {
        int left = indexOfNonWhitespace();
        if (left == value.length) {
            return "";
        }
        int right = lastIndexOfNonWhitespace();
        return (left > 0 || right < value.length) ? substring(left, right) : this;
    }

    public String stripLeading() {
        int left = indexOfNonWhitespace();
        return left == 0 ? this : substring(left);
    }

    public String stripTrailing() {
        int right = lastIndexOfNonWhitespace();
        return right == value.length ? this : substring(0, right);
    }

    public boolean isBlank() {
        return indexOfNonWhitespace() == value.length;
    }

    private int indexOfNonWhitespace() {
        char[] v = value;
        int left = 0;
        while (left < v.length) {
            int cp = Character.codePointAtImpl(v, left, v.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            left += Character.charCount(cp);
        }
        return left;
    }

    private int lastIndexOfNonWhitespace() {
        char[] v = value;
        int right = v.length;
        while (right > 0) {
            int cp = Character.codePointBeforeImpl(v, right, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            right -= Character.charCount(cp);
        }
        return right;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        int total = len * count;
        char[] v = new char[total];
        System.arraycopy(value, 0, v, 0, len);
        // Double the copied prefix until the array is full.
        int copied = len;
        while (copied < total) {
            int n = Math.min(copied, total - copied);
            System.arraycopy(v, 0, v, copied, n);
            copied += n;
        }
        return new String(v, true);
    }

    public String toString() {
        return this;
    }

    /** The canonical (pooled) instance with this content. */
    public native String intern();

    // ---- valueOf ----

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
