package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * printf-style formatting: {@code %[argument_index$][flags][width][.precision]conversion}.
 *
 * <p>Kava supports the general (b, h, s), character (c), integral (d, o, x) and floating-point
 * (e, f, g) and date/time (t, T with Long, Date or Calendar arguments) conversions, their
 * upper-case forms, %% and %n, with the flags {@code -#+ 0,(<}. Floating-point values are
 * rounded half-up from the shortest decimal form that Double.toString gives, as the JDK does.
 * Numbers, names and time zones use English conventions whatever the locale. Hexadecimal
 * floating point (a, A) is not supported and is reported as an unknown conversion.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    /** A formatter writing to a (a new StringBuilder if null). */
    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = (a == null) ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(PrintStream ps) {
        this(Objects.requireNonNull(ps), Locale.getDefault());
    }

    public Formatter(OutputStream os) {
        this(new java.io.BufferedWriter(new java.io.OutputStreamWriter(os)), Locale.getDefault());
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException ioe) {
            lastException = ioe;
        } finally {
            a = null;
        }
    }

    /** The last IOException the destination threw, or null. */
    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    /**
     * Parses the whole format first (so that a malformed specifier fails before anything is
     * written), then writes text and specifiers in order.
     */
    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        int last = -1;
        int lasto = -1;
        List<Object> parts = parse(format);
        try {
            for (Object part : parts) {
                if (part instanceof String) {
                    a.append((String) part);
                    continue;
                }
                Spec fs = (Spec) part;
                int index = fs.index;
                switch (index) {
                    case -2:
                        fs.print(this, null);
                        break;
                    case -1:
                        if (last < 0 || (args != null && last > args.length - 1)) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        fs.print(this, (args == null ? null : args[last]));
                        break;
                    case 0:
                        lasto++;
                        last = lasto;
                        if (args != null && lasto > args.length - 1) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        fs.print(this, (args == null ? null : args[lasto]));
                        break;
                    default:
                        last = index - 1;
                        if (args != null && last > args.length - 1) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        fs.print(this, (args == null ? null : args[last]));
                        break;
                }
            }
        } catch (IOException x) {
            lastException = x;
        }
        return this;
    }

    // ---- parsing ----

    private static final String FLAG_CHARS = "-#+ 0,(<";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Literal text (String) and specifiers (Spec), in order. */
    private static List<Object> parse(String s) {
        ArrayList<Object> al = new ArrayList<>();
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                al.add(s.substring(i));
                break;
            }
            if (i != n) {
                al.add(s.substring(i, n));
            }
            i = n + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            char c = s.charAt(i);
            if (c == '%' || c == 'n') {
                // Fast path for %% and %n (no flags, width or precision).
                al.add(new Spec(c));
                i++;
                continue;
            }
            Spec spec = new Spec();
            int start = i;
            // argument index: digits then '$'
            int j = i;
            while (j < max && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > i && j < max && s.charAt(j) == '$') {
                spec.index = parseNumber(s, i, j);
                if (spec.index <= 0) {
                    throw new IllegalFormatArgumentIndexException(
                            spec.index == 0 ? 0 : Integer.MIN_VALUE);
                }
                i = j + 1;
            }
            // flags
            int flagsStart = i;
            while (i < max && FLAG_CHARS.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            spec.setFlags(s.substring(flagsStart, i));
            // width
            j = i;
            while (j < max && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                spec.width = parseNumber(s, i, j);
                if (spec.width < 0) {
                    throw new IllegalFormatWidthException(spec.width);
                }
                i = j;
            }
            // precision
            if (i < max && s.charAt(i) == '.') {
                j = i + 1;
                while (j < max && isDigit(s.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    throw new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
                }
                spec.precision = parseNumber(s, i + 1, j);
                if (spec.precision < 0) {
                    throw new IllegalFormatPrecisionException(spec.precision);
                }
                i = j;
            }
            if (i >= max) {
                throw new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
            }
            c = s.charAt(i);
            if (c == 't' || c == 'T') {
                if (i + 1 >= max) {
                    throw new UnknownFormatConversionException(String.valueOf(c));
                }
                spec.dateTime(c == 'T', s.charAt(i + 1));
                i += 2;
                al.add(spec);
                continue;
            }
            if (!Character.isLetter(c) && c != '%') {
                throw new UnknownFormatConversionException(String.valueOf(c));
            }
            i++;
            spec.setConversion(c);
            spec.check();
            al.add(spec);
        }
        return al;
    }

    /** A positive decimal number; -1 if it does not fit in an int. */
    private static int parseNumber(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) v;
    }

    // ---- flags ----

    private static final int LEFT_JUSTIFY = 1;
    private static final int UPPERCASE = 1 << 1;
    private static final int ALTERNATE = 1 << 2;
    private static final int PLUS = 1 << 3;
    private static final int LEADING_SPACE = 1 << 4;
    private static final int ZERO_PAD = 1 << 5;
    private static final int GROUP = 1 << 6;
    private static final int PARENTHESES = 1 << 7;
    private static final int PREVIOUS = 1 << 8;

    private static int flagOf(char c) {
        switch (c) {
            case '-':
                return LEFT_JUSTIFY;
            case '#':
                return ALTERNATE;
            case '+':
                return PLUS;
            case ' ':
                return LEADING_SPACE;
            case '0':
                return ZERO_PAD;
            case ',':
                return GROUP;
            case '(':
                return PARENTHESES;
            case '<':
                return PREVIOUS;
            default:
                throw new UnknownFormatFlagsException(String.valueOf(c));
        }
    }

    /** The flags in the JDK's canonical order. */
    private static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & LEFT_JUSTIFY) != 0) {
            sb.append('-');
        }
        if ((f & UPPERCASE) != 0) {
            sb.append('^');
        }
        if ((f & ALTERNATE) != 0) {
            sb.append('#');
        }
        if ((f & PLUS) != 0) {
            sb.append('+');
        }
        if ((f & LEADING_SPACE) != 0) {
            sb.append(' ');
        }
        if ((f & ZERO_PAD) != 0) {
            sb.append('0');
        }
        if ((f & GROUP) != 0) {
            sb.append(',');
        }
        if ((f & PARENTHESES) != 0) {
            sb.append('(');
        }
        if ((f & PREVIOUS) != 0) {
            sb.append('<');
        }
        return sb.toString();
    }

    // ---- one specifier ----

    private static final class Spec {
        /** 0: next argument; -1: previous argument; -2: no argument; n > 0: argument n. */
        int index;
        int f;
        int width = -1;
        int precision = -1;
        char c;
        /** Whether this is a date/time conversion (c is then the character after t/T). */
        boolean dt;

        Spec() {
        }

        void dateTime(boolean upper, char conv) {
            dt = true;
            c = conv;
            if (upper) {
                f |= UPPERCASE;
            }
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if ("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(conv) < 0) {
                throw new UnknownFormatConversionException("t" + conv);
            }
            checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
            if (width == -1 && has(LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
        }

        /** %% or %n. */
        Spec(char c) {
            this.c = c;
            this.index = -2;
        }

        void setFlags(String s) {
            for (int k = 0; k < s.length(); k++) {
                int v = flagOf(s.charAt(k));
                if ((f & v) != 0) {
                    throw new DuplicateFormatFlagsException(flagsToString(v));
                }
                f |= v;
            }
            if ((f & PREVIOUS) != 0) {
                index = -1;
            }
        }

        void setConversion(char conv) {
            c = conv;
            if (Character.isUpperCase(conv)) {
                f |= UPPERCASE;
                c = Character.toLowerCase(conv);
            }
            switch (c) {
                case 'b':
                case 'h':
                case 's':
                case 'c':
                case 'd':
                case 'o':
                case 'x':
                case 'e':
                case 'f':
                case 'g':
                    break;
                case '%':
                case 'n':
                    index = -2;
                    break;
                default:
                    throw new UnknownFormatConversionException(String.valueOf(conv));
            }
            if ((c == 'd' || c == 'o' || c == 'f' || c == 'n') && (f & UPPERCASE) != 0) {
                throw new UnknownFormatConversionException(String.valueOf(conv));
            }
        }

        private boolean has(int flag) {
            return (f & flag) != 0;
        }

        private void failMismatch(int flag) {
            throw new FormatFlagsConversionMismatchException(flagsToString(flag), c);
        }

        private void checkBadFlags(int... badFlags) {
            for (int bad : badFlags) {
                if (has(bad)) {
                    failMismatch(bad);
                }
            }
        }

        void check() {
            switch (c) {
                case 'b':
                case 'h':
                case 's':
                    if ((c == 'b' || c == 'h') && has(ALTERNATE)) {
                        failMismatch(ALTERNATE);
                    }
                    if (width == -1 && has(LEFT_JUSTIFY)) {
                        throw new MissingFormatWidthException(toString());
                    }
                    checkBadFlags(PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
                    break;
                case 'c':
                    if (precision != -1) {
                        throw new IllegalFormatPrecisionException(precision);
                    }
                    checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
                    if (width == -1 && has(LEFT_JUSTIFY)) {
                        throw new MissingFormatWidthException(toString());
                    }
                    break;
                case 'd':
                case 'o':
                case 'x':
                    checkNumeric();
                    if (precision != -1) {
                        throw new IllegalFormatPrecisionException(precision);
                    }
                    if (c == 'd') {
                        checkBadFlags(ALTERNATE);
                    } else {
                        checkBadFlags(GROUP);
                    }
                    break;
                case 'e':
                case 'f':
                case 'g':
                    checkNumeric();
                    if (c == 'e') {
                        checkBadFlags(GROUP);
                    } else if (c == 'g') {
                        checkBadFlags(ALTERNATE);
                    }
                    break;
                case '%':
                    if (precision != -1) {
                        throw new IllegalFormatPrecisionException(precision);
                    }
                    if ((f & ~LEFT_JUSTIFY) != 0) {
                        throw new IllegalFormatFlagsException(flagsToString(f));
                    }
                    if (width == -1 && has(LEFT_JUSTIFY)) {
                        throw new MissingFormatWidthException(toString());
                    }
                    break;
                case 'n':
                    if (precision != -1) {
                        throw new IllegalFormatPrecisionException(precision);
                    }
                    if (width != -1) {
                        throw new IllegalFormatWidthException(width);
                    }
                    if (f != 0) {
                        throw new IllegalFormatFlagsException(flagsToString(f));
                    }
                    break;
                default:
                    break;
            }
        }

        private void checkNumeric() {
            if (width == -1 && (has(LEFT_JUSTIFY) || has(ZERO_PAD))) {
                throw new MissingFormatWidthException(toString());
            }
            if ((has(PLUS) && has(LEADING_SPACE)) || (has(LEFT_JUSTIFY) && has(ZERO_PAD))) {
                throw new IllegalFormatFlagsException(flagsToString(f));
            }
        }

        /** The specifier as the JDK spells it in exception messages. */
        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagsToString(f & ~UPPERCASE));
            if (index > 0) {
                sb.append(index).append('$');
            }
            if (width != -1) {
                sb.append(width);
            }
            if (precision != -1) {
                sb.append('.').append(precision);
            }
            if (dt) {
                sb.append(has(UPPERCASE) ? 'T' : 't');
                sb.append(c);
            } else {
                sb.append(has(UPPERCASE) ? Character.toUpperCase(c) : c);
            }
            return sb.toString();
        }

        // ---- printing ----

        void print(Formatter fmt, Object arg) throws IOException {
            Appendable a = fmt.a;
            if (dt) {
                printDateTime(a, arg);
                return;
            }
            switch (c) {
                case 'b': {
                    String s = arg == null ? "false"
                            : (arg instanceof Boolean ? arg.toString() : "true");
                    printString(a, s);
                    break;
                }
                case 'h':
                    printString(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                    break;
                case 's':
                    if (has(ALTERNATE)) {
                        failMismatch(ALTERNATE);
                    }
                    printString(a, arg == null ? "null" : arg.toString());
                    break;
                case 'c':
                    printCharacter(a, arg);
                    break;
                case 'd':
                case 'o':
                case 'x':
                    printInteger(a, arg);
                    break;
                case 'e':
                case 'f':
                case 'g':
                    printFloat(a, arg);
                    break;
                case '%':
                    appendJustified(a, "%");
                    break;
                case 'n':
                    a.append(System.lineSeparator());
                    break;
                default:
                    break;
            }
        }

        private void printString(Appendable a, String s) throws IOException {
            if (precision != -1 && precision < s.length()) {
                s = s.substring(0, precision);
            }
            if (has(UPPERCASE)) {
                s = s.toUpperCase();
            }
            appendJustified(a, s);
        }

        private void appendJustified(Appendable a, CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            boolean padRight = has(LEFT_JUSTIFY);
            int sp = width - cs.length();
            if (padRight) {
                a.append(cs);
            }
            for (int k = 0; k < sp; k++) {
                a.append(' ');
            }
            if (!padRight) {
                a.append(cs);
            }
        }

        private void printCharacter(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            String s;
            if (arg instanceof Character) {
                s = ((Character) arg).toString();
            } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
                int i = ((Number) arg).intValue();
                if (Character.isValidCodePoint(i)) {
                    s = new String(Character.toChars(i));
                } else {
                    throw new IllegalFormatCodePointException(i);
                }
            } else {
                throw new IllegalFormatConversionException(conversionChar(), arg.getClass());
            }
            printString(a, s);
        }

        private char conversionChar() {
            return has(UPPERCASE) ? Character.toUpperCase(c) : c;
        }

        private void printInteger(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            long value;
            int bits;
            if (arg instanceof Byte) {
                value = (Byte) arg;
                bits = 8;
            } else if (arg instanceof Short) {
                value = (Short) arg;
                bits = 16;
            } else if (arg instanceof Integer) {
                value = (Integer) arg;
                bits = 32;
            } else if (arg instanceof Long) {
                value = (Long) arg;
                bits = 64;
            } else {
                throw new IllegalFormatConversionException(conversionChar(), arg.getClass());
            }
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                boolean neg = value < 0;
                String digits = Long.toString(value);
                if (neg) {
                    digits = digits.substring(1);
                }
                leadingSign(sb, neg);
                localizedMagnitude(sb, digits, adjustWidth(width, neg));
                trailingSign(sb, neg);
            } else {
                checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
                if (value < 0 && bits < 64) {
                    value += (1L << bits);
                }
                String s = (c == 'o') ? Long.toOctalString(value) : Long.toHexString(value);
                int prefix = has(ALTERNATE) ? (c == 'o' ? 1 : 2) : 0;
                int len = s.length() + prefix;
                if (has(ALTERNATE)) {
                    sb.append(c == 'o' ? "0" : (has(UPPERCASE) ? "0X" : "0x"));
                }
                if (has(ZERO_PAD)) {
                    for (int k = len; k < width; k++) {
                        sb.append('0');
                    }
                }
                if (has(UPPERCASE)) {
                    s = s.toUpperCase();
                }
                sb.append(s);
            }
            appendJustified(a, sb);
        }

        private void leadingSign(StringBuilder sb, boolean neg) {
            if (!neg) {
                if (has(PLUS)) {
                    sb.append('+');
                } else if (has(LEADING_SPACE)) {
                    sb.append(' ');
                }
            } else {
                if (has(PARENTHESES)) {
                    sb.append('(');
                } else {
                    sb.append('-');
                }
            }
        }

        private void trailingSign(StringBuilder sb, boolean neg) {
            if (neg && has(PARENTHESES)) {
                sb.append(')');
            }
        }

        private int adjustWidth(int w, boolean neg) {
            int newW = w;
            if (newW != -1 && neg && has(PARENTHESES)) {
                newW--;
            }
            return newW;
        }

        /**
         * Appends digits (with an optional '.'), grouping the integer part by three with ','
         * if requested, then zero-pads the whole builder to w (after any sign already in it).
         */
        private void localizedMagnitude(StringBuilder sb, CharSequence value, int w) {
            int begin = sb.length();
            int len = value.length();
            int dot = len;
            for (int j = 0; j < len; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = has(GROUP);
            for (int j = 0; j < len; j++) {
                if (j == dot) {
                    sb.append('.');
                    group = false;
                    continue;
                }
                sb.append(value.charAt(j));
                if (group && j != dot - 1 && ((dot - j) % 3 == 1)) {
                    sb.append(',');
                }
            }
            if (w != -1 && has(ZERO_PAD)) {
                for (int k = sb.length(); k < w; k++) {
                    sb.insert(begin, '0');
                }
            }
        }

        private void printFloat(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            double value;
            if (arg instanceof Float) {
                value = ((Float) arg).doubleValue();
            } else if (arg instanceof Double) {
                value = (Double) arg;
            } else {
                throw new IllegalFormatConversionException(conversionChar(), arg.getClass());
            }
            StringBuilder sb = new StringBuilder();
            boolean neg = Double.compare(value, 0.0) == -1;
            if (!Double.isNaN(value)) {
                double v = Math.abs(value);
                leadingSign(sb, neg);
                if (!Double.isInfinite(v)) {
                    printFinite(sb, v, neg);
                } else {
                    sb.append(has(UPPERCASE) ? "INFINITY" : "Infinity");
                }
                trailingSign(sb, neg);
            } else {
                sb.append(has(UPPERCASE) ? "NAN" : "NaN");
            }
            appendJustified(a, sb);
        }

        private void printFinite(StringBuilder sb, double v, boolean neg) {
            Decimal d = new Decimal(v);
            if (c == 'e') {
                int prec = (precision == -1 ? 6 : precision);
                StringBuilder mant = new StringBuilder();
                int exp = d.scientific(prec, mant);
                if (has(ALTERNATE) && prec == 0) {
                    mant.append('.');
                }
                String expStr = exponent(exp);
                int newW = width;
                if (width != -1) {
                    newW = adjustWidth(width - expStr.length() - 1, neg);
                }
                localizedMagnitude(sb, mant, newW);
                sb.append(has(UPPERCASE) ? 'E' : 'e');
                sb.append(expStr);
            } else if (c == 'f') {
                int prec = (precision == -1 ? 6 : precision);
                StringBuilder mant = new StringBuilder();
                d.fixed(prec, mant);
                if (has(ALTERNATE) && prec == 0) {
                    mant.append('.');
                }
                int newW = width;
                if (width != -1) {
                    newW = adjustWidth(width, neg);
                }
                localizedMagnitude(sb, mant, newW);
            } else {
                int prec = precision;
                if (precision == -1) {
                    prec = 6;
                } else if (precision == 0) {
                    prec = 1;
                }
                StringBuilder mant = new StringBuilder();
                String expStr = null;
                if (v == 0.0) {
                    d.fixed(prec - 1, mant);
                } else {
                    int e = d.roundedExponent(prec);
                    if (e < -4 || e >= prec) {
                        expStr = exponent(d.scientific(prec - 1, mant));
                    } else {
                        d.fixed(prec - 1 - e, mant);
                    }
                }
                int newW = width;
                if (width != -1) {
                    newW = adjustWidth(expStr != null ? width - expStr.length() - 1 : width,
                            neg);
                }
                localizedMagnitude(sb, mant, newW);
                if (expStr != null) {
                    sb.append(has(UPPERCASE) ? 'E' : 'e');
                    sb.append(expStr);
                }
            }
        }

        private void printDateTime(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            Calendar cal;
            if (arg instanceof Long) {
                cal = Calendar.getInstance();
                cal.setTimeInMillis((Long) arg);
            } else if (arg instanceof Date) {
                cal = Calendar.getInstance();
                cal.setTime((Date) arg);
            } else if (arg instanceof Calendar) {
                cal = (Calendar) ((Calendar) arg).clone();
                cal.setLenient(true);
            } else {
                throw new IllegalFormatConversionException(c, arg.getClass());
            }
            StringBuilder sb = new StringBuilder();
            printTime(sb, cal, c);
            String s = sb.toString();
            if (has(UPPERCASE)) {
                s = s.toUpperCase();
            }
            appendJustified(a, s);
        }

        private static final String[] MONTHS = {"January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December"};
        private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday"};

        private static void zeroPadded(StringBuilder sb, long v, int size) {
            String digits = Long.toString(v);
            for (int k = digits.length(); k < size; k++) {
                sb.append('0');
            }
            sb.append(digits);
        }

        private static void printTime(StringBuilder sb, Calendar t, char conv) {
            switch (conv) {
                case 'H':
                    zeroPadded(sb, t.get(Calendar.HOUR_OF_DAY), 2);
                    break;
                case 'k':
                    sb.append(t.get(Calendar.HOUR_OF_DAY));
                    break;
                case 'I':
                case 'l': {
                    int i = t.get(Calendar.HOUR);
                    if (i == 0) {
                        i = 12;
                    }
                    if (conv == 'I') {
                        zeroPadded(sb, i, 2);
                    } else {
                        sb.append(i);
                    }
                    break;
                }
                case 'M':
                    zeroPadded(sb, t.get(Calendar.MINUTE), 2);
                    break;
                case 'S':
                    zeroPadded(sb, t.get(Calendar.SECOND), 2);
                    break;
                case 'L':
                    zeroPadded(sb, t.get(Calendar.MILLISECOND), 3);
                    break;
                case 'N':
                    zeroPadded(sb, t.get(Calendar.MILLISECOND) * 1000000L, 9);
                    break;
                case 'p':
                    sb.append(t.get(Calendar.AM_PM) == Calendar.AM ? "am" : "pm");
                    break;
                case 'z': {
                    int i = t.get(Calendar.ZONE_OFFSET) + t.get(Calendar.DST_OFFSET);
                    boolean neg = i < 0;
                    sb.append(neg ? '-' : '+');
                    if (neg) {
                        i = -i;
                    }
                    int min = i / 60000;
                    zeroPadded(sb, (min / 60) * 100 + (min % 60), 4);
                    break;
                }
                case 'Z':
                    sb.append(t.getTimeZone().getDisplayName(t.get(Calendar.DST_OFFSET) != 0,
                            TimeZone.SHORT));
                    break;
                case 's':
                    sb.append(t.getTimeInMillis() / 1000);
                    break;
                case 'Q':
                    sb.append(t.getTimeInMillis());
                    break;
                case 'B':
                    sb.append(MONTHS[t.get(Calendar.MONTH)]);
                    break;
                case 'b':
                case 'h':
                    sb.append(MONTHS[t.get(Calendar.MONTH)], 0, 3);
                    break;
                case 'A':
                    sb.append(DAYS[t.get(Calendar.DAY_OF_WEEK) - 1]);
                    break;
                case 'a':
                    sb.append(DAYS[t.get(Calendar.DAY_OF_WEEK) - 1], 0, 3);
                    break;
                case 'C':
                    zeroPadded(sb, t.get(Calendar.YEAR) / 100, 2);
                    break;
                case 'y':
                    zeroPadded(sb, t.get(Calendar.YEAR) % 100, 2);
                    break;
                case 'Y':
                    zeroPadded(sb, t.get(Calendar.YEAR), 4);
                    break;
                case 'j':
                    zeroPadded(sb, t.get(Calendar.DAY_OF_YEAR), 3);
                    break;
                case 'm':
                    zeroPadded(sb, t.get(Calendar.MONTH) + 1, 2);
                    break;
                case 'd':
                    zeroPadded(sb, t.get(Calendar.DAY_OF_MONTH), 2);
                    break;
                case 'e':
                    sb.append(t.get(Calendar.DAY_OF_MONTH));
                    break;
                case 'R':
                    printTime(sb, t, 'H');
                    sb.append(':');
                    printTime(sb, t, 'M');
                    break;
                case 'T':
                    printTime(sb, t, 'H');
                    sb.append(':');
                    printTime(sb, t, 'M');
                    sb.append(':');
                    printTime(sb, t, 'S');
                    break;
                case 'r': {
                    printTime(sb, t, 'I');
                    sb.append(':');
                    printTime(sb, t, 'M');
                    sb.append(':');
                    printTime(sb, t, 'S');
                    sb.append(' ');
                    sb.append(t.get(Calendar.AM_PM) == Calendar.AM ? "AM" : "PM");
                    break;
                }
                case 'D':
                    printTime(sb, t, 'm');
                    sb.append('/');
                    printTime(sb, t, 'd');
                    sb.append('/');
                    printTime(sb, t, 'y');
                    break;
                case 'F':
                    printTime(sb, t, 'Y');
                    sb.append('-');
                    printTime(sb, t, 'm');
                    sb.append('-');
                    printTime(sb, t, 'd');
                    break;
                case 'c':
                    printTime(sb, t, 'a');
                    sb.append(' ');
                    printTime(sb, t, 'b');
                    sb.append(' ');
                    printTime(sb, t, 'd');
                    sb.append(' ');
                    printTime(sb, t, 'T');
                    sb.append(' ');
                    printTime(sb, t, 'Z');
                    sb.append(' ');
                    printTime(sb, t, 'Y');
                    break;
                default:
                    break;
            }
        }

        /** "+05", "-12", "+308": sign and at least two digits. */
        private static String exponent(int e) {
            StringBuilder sb = new StringBuilder();
            sb.append(e < 0 ? '-' : '+');
            int abs = Math.abs(e);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
            return sb.toString();
        }
    }

    /**
     * A positive finite double as the decimal digits of its shortest representation
     * (Double.toString): value = 0.digits * 10^point.
     */
    private static final class Decimal {
        /** Significant digits without leading zeros (empty for zero). */
        private final char[] digits;
        /** The number of digits before the decimal point (may be negative or beyond). */
        private final int point;

        Decimal(double v) {
            String s = Double.toString(v);
            int e = s.indexOf('E');
            int exp = 0;
            String mant = s;
            if (e >= 0) {
                exp = Integer.parseInt(s.substring(e + 1));
                mant = s.substring(0, e);
            }
            int dot = mant.indexOf('.');
            StringBuilder ds = new StringBuilder();
            ds.append(mant, 0, dot).append(mant, dot + 1, mant.length());
            int pt = dot + exp;
            int k = 0;
            while (k < ds.length() && ds.charAt(k) == '0') {
                k++;
            }
            int end = ds.length();
            while (end > k && ds.charAt(end - 1) == '0') {
                end--;
            }
            if (k == end) {
                digits = new char[0];
                point = 1;
            } else {
                digits = ds.substring(k, end).toCharArray();
                point = pt - k;
            }
        }

        /**
         * Rounds (half-up) to keep digits before position pos (counted like point); returns
         * the rounded digits and updates pointOut[0] (which grows by one on a carry).
         */
        private char[] round(int pos, int[] pointOut) {
            pointOut[0] = point;
            if (pos >= digits.length) {
                return digits.clone();
            }
            if (pos < 0) {
                return new char[0];
            }
            char[] kept = new char[pos];
            System.arraycopy(digits, 0, kept, 0, pos);
            if (digits[pos] >= '5') {
                int k = pos - 1;
                while (k >= 0 && kept[k] == '9') {
                    kept[k] = '0';
                    k--;
                }
                if (k >= 0) {
                    kept[k]++;
                } else {
                    char[] bigger = new char[pos + 1];
                    bigger[0] = '1';
                    System.arraycopy(kept, 0, bigger, 1, pos);
                    kept = bigger;
                    pointOut[0] = point + 1;
                }
            }
            return kept;
        }

        /** Appends the value with prec digits after the point, rounded half-up. */
        void fixed(int prec, StringBuilder out) {
            int[] pt = new int[1];
            char[] d = round(point + prec, pt);
            int p = pt[0];
            if (d.length == 0) {
                p = 1;
            }
            if (p <= 0) {
                out.append('0');
            } else {
                for (int k = 0; k < p; k++) {
                    out.append(k < d.length ? d[k] : '0');
                }
            }
            if (prec > 0) {
                out.append('.');
                for (int k = 0; k < prec; k++) {
                    int idx = p + k;
                    out.append(idx >= 0 && idx < d.length ? d[idx] : '0');
                }
            }
        }

        /** Appends d.ddd (prec digits after the point) and returns the decimal exponent. */
        int scientific(int prec, StringBuilder out) {
            if (digits.length == 0) {
                out.append('0');
                if (prec > 0) {
                    out.append('.');
                    for (int k = 0; k < prec; k++) {
                        out.append('0');
                    }
                }
                return 0;
            }
            int[] pt = new int[1];
            char[] d = round(prec + 1, pt);
            out.append(d[0]);
            if (prec > 0) {
                out.append('.');
                for (int k = 1; k <= prec; k++) {
                    out.append(k < d.length ? d[k] : '0');
                }
            }
            return pt[0] - 1;
        }

        /** The decimal exponent after rounding to prec significant digits. */
        int roundedExponent(int prec) {
            int[] pt = new int[1];
            round(prec, pt);
            return pt[0] - 1;
        }
    }
}
