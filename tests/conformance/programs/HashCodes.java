public class HashCodes {
    public static void main(String[] args) {
        String[] strs = {"", "a", "A", "ab", "hello", "Hello, World!", "Aa", "BB", "polygenelubricants",
                "\u00e9t\u00e9", "\u20ac", "\ud83d\ude00", "The quick brown fox jumps over the lazy dog", "\u0000", "0123456789"};
        for (String s : strs) {
            System.out.println("String \"" + s + "\".hashCode() = " + s.hashCode());
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            big.append((char) ('a' + i % 26));
        }
        System.out.println("1000-char string hash = " + big.toString().hashCode());
        int[] ints = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : ints) {
            System.out.println("Integer " + i + " -> " + Integer.valueOf(i).hashCode());
        }
        long[] longs = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, (1L << 32) + 1, 0x123456789L};
        for (long l : longs) {
            System.out.println("Long " + l + " -> " + Long.valueOf(l).hashCode());
        }
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 1e100, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 3.5};
        for (double d : ds) {
            System.out.println("Double " + d + " -> " + Double.valueOf(d).hashCode());
        }
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, Float.NaN, Float.NEGATIVE_INFINITY};
        for (float f : fs) {
            System.out.println("Float " + f + " -> " + Float.valueOf(f).hashCode());
        }
        System.out.println("Boolean true -> " + Boolean.valueOf(true).hashCode() + ", false -> " + Boolean.valueOf(false).hashCode());
        char[] chars = {'a', 'Z', '\u00e9', '\uffff', '\0'};
        for (char c : chars) {
            System.out.println("Character U+" + Integer.toHexString(c) + " -> " + Character.valueOf(c).hashCode());
        }
        System.out.println("Byte -1 -> " + Byte.valueOf((byte) -1).hashCode() + ", Short -300 -> " + Short.valueOf((short) -300).hashCode());
        String concat = "hel" + new String("lo");
        System.out.println("computed string hash matches literal: " + (concat.hashCode() == "hello".hashCode()));
        String s = "cache";
        int h1 = s.hashCode(), h2 = s.hashCode();
        System.out.println("repeated hashCode stable: " + (h1 == h2) + " " + h1);
        int combined = 17;
        Object[] parts = {"x", 42, 7L, 2.5, true, 'q'};
        for (Object p : parts) {
            combined = 31 * combined + p.hashCode();
        }
        System.out.println("combined = " + combined);
        String[] collide = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        for (String c : collide) {
            System.out.print(c.hashCode() + " ");
        }
        System.out.println();
        System.out.println("Enum-free, identity-free: String.valueOf(12).hashCode() = " + String.valueOf(12).hashCode());
    }
}
