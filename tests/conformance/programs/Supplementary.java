public class Supplementary {
    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Integer.toHexString(s.charAt(i)));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String s = "a\ud83d\ude00b\ud834\udd1ec";
        System.out.println("length = " + s.length() + ", codePointCount = " + s.codePointCount(0, s.length()));
        for (int i = 0; i < s.length(); i++) {
            System.out.println("index " + i + ": char " + Integer.toHexString(s.charAt(i)) + " codePointAt " + Integer.toHexString(s.codePointAt(i))
                    + " high=" + Character.isHighSurrogate(s.charAt(i)) + " low=" + Character.isLowSurrogate(s.charAt(i)));
        }
        System.out.print("code points:");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            System.out.print(" U+" + Integer.toHexString(cp).toUpperCase() + "(" + Character.charCount(cp) + ")");
            i += Character.charCount(cp);
        }
        System.out.println();
        System.out.println("codePointBefore(3) = " + Integer.toHexString(s.codePointBefore(3)) + ", codePointBefore(2) = " + Integer.toHexString(s.codePointBefore(2)));
        System.out.println("offsetByCodePoints(0, 2) = " + s.offsetByCodePoints(0, 2) + ", (0, 4) = " + s.offsetByCodePoints(0, 4));
        int[] cps = {0x41, 0xe9, 0xffff, 0x10000, 0x1f600, 0x10ffff};
        for (int cp : cps) {
            char[] chars = Character.toChars(cp);
            String str = new String(chars);
            System.out.println("toChars(" + Integer.toHexString(cp) + ") = [" + units(str) + "] len " + chars.length
                    + " supplementary=" + Character.isSupplementaryCodePoint(cp) + " bmp=" + Character.isBmpCodePoint(cp)
                    + " back=" + Integer.toHexString(Character.toCodePoint(chars.length == 2 ? chars[0] : '\ud800', chars.length == 2 ? chars[1] : '\udc00')) + " str=" + str.length());
        }
        System.out.println("highSurrogate(0x1F600) = " + Integer.toHexString(Character.highSurrogate(0x1F600))
                + ", lowSurrogate = " + Integer.toHexString(Character.lowSurrogate(0x1F600)));
        try {
            Character.toChars(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println("toChars(0x110000) -> IllegalArgumentException");
        }
        String emoji = "\ud83d\ude00\ud83d\ude01\ud83d\ude02";
        System.out.println("emoji string: length " + emoji.length() + " codepoints " + emoji.codePointCount(0, emoji.length())
                + " indexOf(U+1F601) = " + emoji.indexOf(0x1F601) + " lastIndexOf(U+1F600) = " + emoji.lastIndexOf(0x1F600));
        System.out.println("substring splitting a pair: [" + units(emoji.substring(1, 3)) + "]");
        StringBuilder rev = new StringBuilder(emoji).reverse();
        System.out.println("reversed: [" + units(rev.toString()) + "]");
        System.out.println("toUpperCase keeps supplementary: " + "x\ud83d\ude00y".toUpperCase().equals("X\ud83d\ude00Y"));
        System.out.println("Deseret upper->lower: [" + units("\ud801\udc00".toLowerCase()) + "] lower->upper: [" + units("\ud801\udc28".toUpperCase()) + "]");
        System.out.println("compareTo across surrogates: " + "\uffff".compareTo("\ud83d\ude00") + " (UTF-16 order)");
        String mixed = "\u00e9\u0301e\u20ac\ud83c\udf89";
        int count = 0;
        for (int i = 0; i < mixed.length(); i = mixed.offsetByCodePoints(i, 1)) {
            count++;
        }
        System.out.println("mixed: chars " + mixed.length() + " cps " + count);
        System.out.println("Character.isLetter(U+1D400) = " + Character.isLetter(0x1D400) + ", getType-free digit(0x1D7D9,10) = " + Character.digit(0x1D7D9, 10));
        String unpaired = "\ud800";
        System.out.println("unpaired: codePointAt " + Integer.toHexString(unpaired.codePointAt(0)) + " count " + unpaired.codePointCount(0, 1));
    }
}
