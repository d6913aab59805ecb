package java.lang;

/**
 * The subset of java.util.regex syntax that Kava's String.split understands, matched with
 * java.util.regex's semantics (leftmost match, alternatives tried in order, greedy or reluctant
 * backtracking, code-point-wise character classes):
 *
 * <ul>
 * <li>literal characters, and escapes: \t \n \r \f \a \e \0oct \xhh \x{h..h} \\uhhhh \cX, and a
 *     backslash before any non-alphanumeric character;
 * <li>'.', the predefined classes \d \D \s \S \w \W, and bracket classes with ranges and
 *     negation ("[,;]", "[^a-z0-9_]", "[\\s,]");
 * <li>the quantifiers * + ? {n} {n,} {n,m}, each optionally reluctant (followed by '?');
 * <li>top-level alternation with '|'.
 * </ul>
 *
 * Groups, anchors, boundaries, back references, flags, Unicode properties, possessive
 * quantifiers, nested or intersected classes are not supported: compile throws
 * UnsupportedOperationException naming the pattern (where the JDK would also reject a
 * malformed pattern with PatternSyntaxException, Kava throws the same
 * UnsupportedOperationException).
 */
final class SimpleRegex {
    private static final int INFINITE = Integer.MAX_VALUE;

    /** A set of code points: sorted-free list of ranges, plus nested (predefined) classes. */
    private static final class CharClass {
        int[] ranges = new int[8];
        int rangeCount;
        CharClass[] nested = new CharClass[0];
        boolean negated;

        void addRange(int lo, int hi) {
            if (2 * rangeCount + 2 > ranges.length) {
                int[] bigger = new int[ranges.length * 2];
                System.arraycopy(ranges, 0, bigger, 0, ranges.length);
                ranges = bigger;
            }
            ranges[2 * rangeCount] = lo;
            ranges[2 * rangeCount + 1] = hi;
            rangeCount++;
        }

        void addNested(CharClass c) {
            CharClass[] bigger = new CharClass[nested.length + 1];
            System.arraycopy(nested, 0, bigger, 0, nested.length);
            bigger[nested.length] = c;
            nested = bigger;
        }

        boolean matches(int cp) {
            boolean in = false;
            for (int i = 0; i < rangeCount && !in; i++) {
                in = cp >= ranges[2 * i] && cp <= ranges[2 * i + 1];
            }
            for (int i = 0; i < nested.length && !in; i++) {
                in = nested[i].matches(cp);
            }
            return in != negated;
        }
    }

    /** One quantified atom. A null cls means "any character but a line terminator". */
    private static final class Node {
        CharClass cls;
        int min = 1;
        int max = 1;
        boolean greedy = true;

        boolean matches(int cp) {
            if (cls != null) {
                return cls.matches(cp);
            }
            return cp != '\n' && cp != '\r' && cp != 0x85 && cp != 0x2028 && cp != 0x2029;
        }
    }

    private final Node[][] alternatives;

    private SimpleRegex(Node[][] alternatives) {
        this.alternatives = alternatives;
    }

    // ---- parsing ----

    private static UnsupportedOperationException unsupported(String regex) {
        return new UnsupportedOperationException(
                "Kava's String.split does not support the regular expression \"" + regex + "\"");
    }

    static SimpleRegex compile(String regex) {
        Node[][] alts = new Node[1][];
        int altCount = 0;
        Node[] seq = new Node[8];
        int seqCount = 0;
        int n = regex.length();
        int pos = 0;
        while (pos <= n) {
            if (pos == n || regex.charAt(pos) == '|') {
                Node[] done = new Node[seqCount];
                System.arraycopy(seq, 0, done, 0, seqCount);
                if (altCount == alts.length) {
                    Node[][] bigger = new Node[altCount * 2][];
                    System.arraycopy(alts, 0, bigger, 0, altCount);
                    alts = bigger;
                }
                alts[altCount++] = done;
                seqCount = 0;
                pos++;
                continue;
            }
            char c = regex.charAt(pos);
            Node node = new Node();
            switch (c) {
                case '(':
                case ')':
                case '^':
                case '$':
                case '*':
                case '+':
                case '?':
                case '{':
                    throw unsupported(regex);
                case '.':
                    pos++;
                    break;
                case '[':
                    pos = parseClass(regex, pos + 1, node);
                    break;
                case '\\': {
                    int[] cpOut = new int[1];
                    CharClass[] clsOut = new CharClass[1];
                    pos = parseEscape(regex, pos + 1, cpOut, clsOut);
                    node.cls = clsOut[0] != null ? clsOut[0] : single(cpOut[0]);
                    break;
                }
                default: {
                    int cp = regex.codePointAt(pos);
                    pos += Character.charCount(cp);
                    node.cls = single(cp);
                    break;
                }
            }
            pos = parseQuantifier(regex, pos, node);
            if (seqCount == seq.length) {
                Node[] bigger = new Node[seqCount * 2];
                System.arraycopy(seq, 0, bigger, 0, seqCount);
                seq = bigger;
            }
            seq[seqCount++] = node;
        }
        Node[][] result = new Node[altCount][];
        System.arraycopy(alts, 0, result, 0, altCount);
        return new SimpleRegex(result);
    }

    private static CharClass single(int cp) {
        CharClass c = new CharClass();
        c.addRange(cp, cp);
        return c;
    }

    private static CharClass predefined(char kind) {
        CharClass c = new CharClass();
        switch (Character.toLowerCase(kind)) {
            case 'd':
                c.addRange('0', '9');
                break;
            case 's':
                c.addRange(' ', ' ');
                c.addRange('\t', '\r'); // \t \n \x0B \f \r
                break;
            default: // 'w'
                c.addRange('a', 'z');
                c.addRange('A', 'Z');
                c.addRange('_', '_');
                c.addRange('0', '9');
                break;
        }
        c.negated = Character.isUpperCase(kind);
        return c;
    }

    /**
     * Parses the escape whose first char (after the backslash) is at pos. Stores either a code
     * point in cpOut[0] or a predefined class in clsOut[0]; returns the position after it.
     */
    private static int parseEscape(String regex, int pos, int[] cpOut, CharClass[] clsOut) {
        int n = regex.length();
        if (pos >= n) {
            throw unsupported(regex);
        }
        char c = regex.charAt(pos++);
        switch (c) {
            case 'd':
            case 'D':
            case 's':
            case 'S':
            case 'w':
            case 'W':
                clsOut[0] = predefined(c);
                return pos;
            case 't':
                cpOut[0] = '\t';
                return pos;
            case 'n':
                cpOut[0] = '\n';
                return pos;
            case 'r':
                cpOut[0] = '\r';
                return pos;
            case 'f':
                cpOut[0] = '\f';
                return pos;
            case 'a':
                cpOut[0] = 0x07;
                return pos;
            case 'e':
                cpOut[0] = 0x1B;
                return pos;
            case 'c':
                if (pos >= n) {
                    throw unsupported(regex);
                }
                cpOut[0] = regex.charAt(pos++) ^ 64;
                return pos;
            case '0': {
                // \0n, \0nn, \0mnn (m <= 3)
                int value = 0;
                int digits = 0;
                while (pos < n && digits < 3) {
                    int d = regex.charAt(pos) - '0';
                    if (d < 0 || d > 7 || (digits == 2 && value > 037)) {
                        break;
                    }
                    value = value * 8 + d;
                    digits++;
                    pos++;
                }
                if (digits == 0) {
                    throw unsupported(regex);
                }
                cpOut[0] = value;
                return pos;
            }
            case 'x': {
                if (pos < n && regex.charAt(pos) == '{') {
                    int close = regex.indexOf('}', pos);
                    if (close < 0) {
                        throw unsupported(regex);
                    }
                    int cp = parseHex(regex, pos + 1, close);
                    if (!Character.isValidCodePoint(cp)) {
                        throw unsupported(regex);
                    }
                    cpOut[0] = cp;
                    return close + 1;
                }
                if (pos + 2 > n) {
                    throw unsupported(regex);
                }
                cpOut[0] = parseHex(regex, pos, pos + 2);
                return pos + 2;
            }
            case 'u': {
                if (pos + 4 > n) {
                    throw unsupported(regex);
                }
                cpOut[0] = parseHex(regex, pos, pos + 4);
                return pos + 4;
            }
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    throw unsupported(regex); // boundaries, back references, \p, \Q...
                }
                // A backslash before any other character quotes it.
                pos--;
                int cp = regex.codePointAt(pos);
                cpOut[0] = cp;
                return pos + Character.charCount(cp);
        }
    }

    private static int parseHex(String regex, int from, int to) {
        if (from >= to || to - from > 8) {
            throw unsupported(regex);
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(regex.charAt(i), 16);
            if (d < 0 || regex.charAt(i) >= 0x80) {
                throw unsupported(regex);
            }
            value = value * 16 + d;
        }
        return value;
    }

    /** Parses a bracket class whose content starts at pos; returns the position after ']'. */
    private static int parseClass(String regex, int pos, Node node) {
        int n = regex.length();
        CharClass cls = new CharClass();
        if (pos < n && regex.charAt(pos) == '^') {
            cls.negated = true;
            pos++;
        }
        boolean first = true;
        while (true) {
            if (pos >= n) {
                throw unsupported(regex);
            }
            char c = regex.charAt(pos);
            if (c == ']') {
                if (first) {
                    throw unsupported(regex);
                }
                pos++;
                break;
            }
            if (c == '[' || (c == '&' && pos + 1 < n && regex.charAt(pos + 1) == '&')) {
                throw unsupported(regex);
            }
            first = false;
            int lo;
            if (c == '\\') {
                int[] cpOut = new int[1];
                CharClass[] clsOut = new CharClass[1];
                pos = parseEscape(regex, pos + 1, cpOut, clsOut);
                if (clsOut[0] != null) {
                    cls.addNested(clsOut[0]);
                    continue;
                }
                lo = cpOut[0];
            } else {
                lo = regex.codePointAt(pos);
                pos += Character.charCount(lo);
            }
            // A '-' starts a range unless it is the last char of the class.
            if (pos + 1 < n && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                pos++;
                int hi;
                char h = regex.charAt(pos);
                if (h == '[') {
                    throw unsupported(regex);
                }
                if (h == '\\') {
                    int[] cpOut = new int[1];
                    CharClass[] clsOut = new CharClass[1];
                    pos = parseEscape(regex, pos + 1, cpOut, clsOut);
                    if (clsOut[0] != null) {
                        throw unsupported(regex);
                    }
                    hi = cpOut[0];
                } else {
                    hi = regex.codePointAt(pos);
                    pos += Character.charCount(hi);
                }
                if (hi < lo) {
                    throw unsupported(regex);
                }
                cls.addRange(lo, hi);
            } else {
                cls.addRange(lo, lo);
            }
        }
        node.cls = cls;
        return pos;
    }

    private static int parseQuantifier(String regex, int pos, Node node) {
        int n = regex.length();
        if (pos >= n) {
            return pos;
        }
        char c = regex.charAt(pos);
        if (c == '*') {
            node.min = 0;
            node.max = INFINITE;
            pos++;
        } else if (c == '+') {
            node.min = 1;
            node.max = INFINITE;
            pos++;
        } else if (c == '?') {
            node.min = 0;
            node.max = 1;
            pos++;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw unsupported(regex);
            }
            String body = regex.substring(pos + 1, close);
            int comma = body.indexOf(',');
            try {
                if (comma < 0) {
                    node.min = parseCount(body, regex);
                    node.max = node.min;
                } else {
                    node.min = parseCount(body.substring(0, comma), regex);
                    String upper = body.substring(comma + 1);
                    node.max = upper.isEmpty() ? INFINITE : parseCount(upper, regex);
                }
            } catch (NumberFormatException e) {
                throw unsupported(regex);
            }
            if (node.max < node.min) {
                throw unsupported(regex);
            }
            pos = close + 1;
        } else {
            return pos;
        }
        if (pos < n) {
            char mode = regex.charAt(pos);
            if (mode == '?') {
                node.greedy = false;
                pos++;
            } else if (mode == '+') {
                throw unsupported(regex); // possessive
            }
        }
        if (pos < n) {
            char next = regex.charAt(pos);
            if (next == '*' || next == '+' || next == '?' || next == '{') {
                throw unsupported(regex);
            }
        }
        return pos;
    }

    private static int parseCount(String digits, String regex) {
        if (digits.isEmpty()) {
            throw unsupported(regex);
        }
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i);
            if (d < '0' || d > '9') {
                throw unsupported(regex);
            }
        }
        return Integer.parseInt(digits);
    }

    // ---- matching ----

    /** The end of a match starting exactly at start, or -1. */
    private int matchAt(char[] v, int len, int start) {
        for (Node[] alt : alternatives) {
            int end = matchSeq(alt, 0, v, len, start);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** Position after one code point at p that matches node, or -1. */
    private static int step(Node node, char[] v, int len, int p) {
        if (p >= len) {
            return -1;
        }
        int cp = Character.codePointAtImpl(v, p, len);
        return node.matches(cp) ? p + Character.charCount(cp) : -1;
    }

    /** Undoes one step that ended at p (steps consume a surrogate pair whole); floor is the start. */
    private static int stepBack(char[] v, int p, int floor) {
        int q = p - 1;
        if (q - 1 >= floor && Character.isLowSurrogate(v[q]) && Character.isHighSurrogate(v[q - 1])) {
            q--;
        }
        return q;
    }

    private int matchSeq(Node[] nodes, int k, char[] v, int len, int pos) {
        if (k == nodes.length) {
            return pos;
        }
        Node node = nodes[k];
        int count = 0;
        int p = pos;
        if (node.greedy) {
            while (count < node.max) {
                int q = step(node, v, len, p);
                if (q < 0) {
                    break;
                }
                p = q;
                count++;
            }
            if (count < node.min) {
                return -1;
            }
            while (true) {
                int end = matchSeq(nodes, k + 1, v, len, p);
                if (end >= 0) {
                    return end;
                }
                if (count == node.min) {
                    return -1;
                }
                p = stepBack(v, p, pos);
                count--;
            }
        }
        while (count < node.min) {
            p = step(node, v, len, p);
            if (p < 0) {
                return -1;
            }
            count++;
        }
        while (true) {
            int end = matchSeq(nodes, k + 1, v, len, p);
            if (end >= 0) {
                return end;
            }
            if (count >= node.max) {
                return -1;
            }
            p = step(node, v, len, p);
            if (p < 0) {
                return -1;
            }
            count++;
        }
    }

    /** String.split's contract on top of repeated find() calls. */
    String[] split(String input, int limit) {
        char[] v = input.valueArray();
        int len = v.length;
        boolean matchLimited = limit > 0;
        String[] list = new String[8];
        int size = 0;
        int index = 0;
        int searchFrom = 0;
        while (searchFrom <= len) {
            int matchStart = -1;
            int matchEnd = -1;
            for (int s = searchFrom; s <= len; s++) {
                int e = matchAt(v, len, s);
                if (e >= 0) {
                    matchStart = s;
                    matchEnd = e;
                    break;
                }
            }
            if (matchStart < 0) {
                break;
            }
            if (!matchLimited || size < limit - 1) {
                // A zero-width match at the very beginning yields no empty leading string.
                if (!(index == 0 && matchStart == 0 && matchEnd == 0)) {
                    list = String.add(list, size++, input.substring(index, matchStart));
                    index = matchEnd;
                }
            } else if (size == limit - 1) {
                list = String.add(list, size++, input.substring(index, len));
                index = matchEnd;
                break;
            }
            // After an empty match the next search starts one char further.
            searchFrom = matchEnd == matchStart ? matchEnd + 1 : matchEnd;
        }
        if (index == 0) {
            return new String[] {input};
        }
        if (!matchLimited || size < limit) {
            list = String.add(list, size++, input.substring(index, len));
        }
        return String.trimResult(list, size, limit);
    }
}
