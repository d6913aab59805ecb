public class CharacterApi {
    static String flags(char c) {
        return (Character.isDigit(c) ? "D" : "-") + (Character.isLetter(c) ? "L" : "-")
                + (Character.isLetterOrDigit(c) ? "A" : "-") + (Character.isWhitespace(c) ? "W" : "-")
                + (Character.isUpperCase(c) ? "U" : "-") + (Character.isLowerCase(c) ? "l" : "-")
                + (Character.isSpaceChar(c) ? "S" : "-") + (Character.isJavaIdentifierStart(c) ? "J" : "-")
                + (Character.isJavaIdentifierPart(c) ? "j" : "-");
    }

    public static void main(String[] args) {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '-', '\u00e9', '\u00c9', '\u00df', '\u00a0', '\u0661',
                '\u4e2d', '\u03a9', '\u03c9', '\u0416', '\u0000', '\u2028', '\u00b5', '\u00ff', '@', '['};
        for (char c : cs) {
            System.out.println("U+" + Integer.toHexString(c) + " " + flags(c) + " upper=U+" + Integer.toHexString(Character.toUpperCase(c))
                    + " lower=U+" + Integer.toHexString(Character.toLowerCase(c)) + " digit=" + Character.digit(c, 10)
                    + " numeric=" + Character.getNumericValue(c));
        }
        System.out.println("digit('f',16)=" + Character.digit('f', 16) + " digit('F',16)=" + Character.digit('F', 16)
                + " digit('g',16)=" + Character.digit('g', 16) + " digit('z',36)=" + Character.digit('z', 36) + " digit('7',8)=" + Character.digit('7', 8)
                + " digit('8',8)=" + Character.digit('8', 8));
        System.out.println("forDigit: " + Character.forDigit(11, 16) + Character.forDigit(35, 36) + Character.forDigit(5, 10)
                + " invalid=" + (int) Character.forDigit(10, 10) + " badradix=" + (int) Character.forDigit(1, 1));
        System.out.println("getNumericValue('Z')=" + Character.getNumericValue('Z') + " ('\u2167')=" + Character.getNumericValue('\u2167')
                + " ('\u00bd')=" + Character.getNumericValue('\u00bd'));
        System.out.println("toString: " + Character.toString('q') + " valueOf: " + Character.valueOf('r') + " compare: "
                + Character.compare('a', 'b') + " " + Character.compare('z', 'a') + " compareTo: " + Character.valueOf('m').compareTo('k'));
        System.out.println("hashCode: " + Character.valueOf('A').hashCode() + " " + Character.hashCode('\uffff'));
        System.out.println("MIN_RADIX=" + Character.MIN_RADIX + " MAX_RADIX=" + Character.MAX_RADIX + " MAX_CODE_POINT=" + Character.MAX_CODE_POINT
                + " MIN_SUPPLEMENTARY_CODE_POINT=" + Character.MIN_SUPPLEMENTARY_CODE_POINT);
        System.out.println("isDigit(int cp 0x1D7CE)=" + Character.isDigit(0x1D7CE) + " isLetter(0x1F600)=" + Character.isLetter(0x1F600)
                + " isLetter(0x10400)=" + Character.isLetter(0x10400) + " toLowerCase(0x10400)=" + Integer.toHexString(Character.toLowerCase(0x10400)));
        System.out.println("toUpperCase(int 'a')=" + Character.toUpperCase((int) 'a') + " toLowerCase(int 'Q')=" + Character.toLowerCase((int) 'Q'));
        System.out.println("isSurrogate: " + Character.isSurrogate('\ud83d') + " " + Character.isSurrogate('a')
                + " isHigh: " + Character.isHighSurrogate('\ud83d') + " isLow: " + Character.isLowSurrogate('\ude00'));
        System.out.println("isValidCodePoint: " + Character.isValidCodePoint(0x10FFFF) + " " + Character.isValidCodePoint(0x110000) + " " + Character.isValidCodePoint(-1));
        System.out.println("isTitleCase('\u01c5')=" + Character.isTitleCase('\u01c5') + " toTitleCase('\u01c6')=U+" + Integer.toHexString(Character.toTitleCase('\u01c6')));
        int letters = 0, digits = 0, upper = 0, spaces = 0;
        for (int i = 0; i < 0x800; i++) {
            char c = (char) i;
            if (Character.isLetter(c)) letters++;
            if (Character.isDigit(c)) digits++;
            if (Character.isUpperCase(c)) upper++;
            if (Character.isWhitespace(c)) spaces++;
        }
        System.out.println("in [0,0x800): letters=" + letters + " digits=" + digits + " upper=" + upper + " whitespace=" + spaces);
        int caseRoundTrip = 0;
        for (int i = 0; i < 0x250; i++) {
            char c = (char) i;
            if (Character.toLowerCase(Character.toUpperCase(c)) == c) caseRoundTrip++;
        }
        System.out.println("case round-trips below 0x250: " + caseRoundTrip);
        StringBuilder sb = new StringBuilder();
        String s = "Hello World 42 \u00e9t\u00e9!";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        System.out.println("swapcase: " + sb);
    }
}
