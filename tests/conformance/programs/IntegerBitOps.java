// Integer/Long bit and unsigned utilities: bitCount, reverse, reverseBytes, highestOneBit,
// lowestOneBit, numberOfLeading/TrailingZeros, rotateLeft/Right (with large and negative
// distances), signum, compareUnsigned, toUnsignedString, parseUnsignedInt/Long,
// divideUnsigned, remainderUnsigned, toUnsignedLong, and radix conversions.
public class IntegerBitOps {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, 0x80000000, 0x7fffffff, 0x12345678, -256, 1 << 20, 0xdeadbeef};
        for (int v : ints) {
            System.out.println(Integer.toHexString(v) + ": bitCount=" + Integer.bitCount(v) + " reverse=" + Integer.toHexString(Integer.reverse(v))
                    + " reverseBytes=" + Integer.toHexString(Integer.reverseBytes(v)) + " highest=" + Integer.toHexString(Integer.highestOneBit(v))
                    + " lowest=" + Integer.toHexString(Integer.lowestOneBit(v)) + " nlz=" + Integer.numberOfLeadingZeros(v)
                    + " ntz=" + Integer.numberOfTrailingZeros(v) + " signum=" + Integer.signum(v));
        }
        int r = 0x12345678;
        for (int d : new int[] {0, 4, 31, 32, 33, -4, -36}) {
            System.out.println("rotate " + d + ": left=" + Integer.toHexString(Integer.rotateLeft(r, d)) + " right=" + Integer.toHexString(Integer.rotateRight(r, d)));
        }
        long[] longs = {0L, -1L, 1L << 63, Long.MAX_VALUE, 0x0123456789abcdefL, 1L << 32, -4096L};
        for (long v : longs) {
            System.out.println(Long.toHexString(v) + ": bitCount=" + Long.bitCount(v) + " reverse=" + Long.toHexString(Long.reverse(v))
                    + " reverseBytes=" + Long.toHexString(Long.reverseBytes(v)) + " highest=" + Long.toHexString(Long.highestOneBit(v))
                    + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v)
                    + " rotl17=" + Long.toHexString(Long.rotateLeft(v, 17)) + " signum=" + Long.signum(v));
        }

        int[] pairs = {-1, 1, 0, -1, 0x80000000, 0x7fffffff, 5, 5, -5, -6};
        for (int i = 0; i < pairs.length; i += 2) {
            int a = pairs[i], b = pairs[i + 1];
            System.out.println("unsigned " + Integer.toUnsignedString(a) + " vs " + Integer.toUnsignedString(b) + ": compare=" + Integer.compareUnsigned(a, b)
                    + " signed=" + Integer.compare(a, b) + (b != 0 ? " divide=" + Integer.divideUnsigned(a, b) + " rem=" + Integer.remainderUnsigned(a, b) : ""));
        }
        System.out.println("toUnsignedLong(-1)=" + Integer.toUnsignedLong(-1) + " toUnsignedString(-1, 16)=" + Integer.toUnsignedString(-1, 16)
                + " toUnsignedString(-8, 2)=" + Integer.toUnsignedString(-8, 2) + " toUnsignedString(-1, 36)=" + Integer.toUnsignedString(-1, 36));
        System.out.println("Long unsigned: " + Long.toUnsignedString(-1L) + " " + Long.toUnsignedString(1L << 63) + " "
                + Long.compareUnsigned(-1L, 1L) + " " + Long.divideUnsigned(-1L, 10L) + " " + Long.remainderUnsigned(-1L, 10L)
                + " " + Long.toUnsignedString(-2L, 16) + " " + Long.divideUnsigned(-1L, -2L));
        String[] unsignedInputs = {"4294967295", "0", "+17", "2147483648", "4294967296", "-1", ""};
        for (String s : unsignedInputs) {
            try {
                System.out.println("parseUnsignedInt(\"" + s + "\")=" + Integer.parseUnsignedInt(s));
            } catch (NumberFormatException e) {
                System.out.println("parseUnsignedInt(\"" + s + "\"): " + e.getMessage());
            }
        }
        System.out.println("parseUnsignedInt(\"ffffffff\", 16)=" + Integer.parseUnsignedInt("ffffffff", 16)
                + " parseUnsignedLong=" + Long.parseUnsignedLong("18446744073709551615") + " " + Long.parseUnsignedLong("8000000000000000", 16));
        try {
            Long.parseUnsignedLong("18446744073709551616");
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedLong overflow: " + e.getMessage());
        }
        try {
            Integer.divideUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned by zero: " + e.getMessage());
        }
        System.out.println("radix: " + Integer.toString(-255, 16) + " " + Integer.toString(255, 2) + " " + Integer.toString(35, 36)
                + " " + Integer.toString(10, 99) + " " + Integer.parseInt("-zz", 36) + " " + Integer.valueOf("777", 8)
                + " " + Long.toString(Long.MIN_VALUE, 7) + " " + Integer.toOctalString(-1) + " " + Long.toBinaryString(5L));
        System.out.println("hashCode: " + Long.hashCode(1L << 32) + " " + Long.hashCode(-1L) + " " + Integer.hashCode(-7)
                + " sum/max/min: " + Integer.sum(3, 4) + " " + Integer.max(-3, -4) + " " + Long.min(2L, -2L));
        int x = 0b1011_0110;
        int gray = x ^ (x >>> 1);
        int back = gray;
        for (int s = 1; s < 32; s <<= 1) back ^= back >>> s;
        System.out.println("gray code: " + Integer.toBinaryString(gray) + " decoded=" + back + " popcount parity=" + (Integer.bitCount(x) & 1));
        long mask = 0;
        for (int bit : new int[] {0, 5, 63, 31, 32}) mask |= 1L << bit;
        StringBuilder bits = new StringBuilder();
        for (long m = mask; m != 0; m &= m - 1) bits.append(Long.numberOfTrailingZeros(m)).append(' ');
        System.out.println("set bits of mask " + Long.toHexString(mask) + ": " + bits.toString().trim());
    }
}
