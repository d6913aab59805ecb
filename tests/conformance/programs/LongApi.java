public class LongApi {
    static void parse(String s, int radix) {
        try {
            System.out.println("parseLong(\"" + s + "\", " + radix + ") = " + Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(\"" + s + "\", " + radix + ") -> NumberFormatException");
        }
    }

    public static void main(String[] args) {
        System.out.println("MAX=" + Long.MAX_VALUE + " MIN=" + Long.MIN_VALUE + " SIZE=" + Long.SIZE);
        long[] vals = {0L, 1L, -1L, 4294967296L, -4294967296L, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL, 1000000007L};
        for (long v : vals) {
            System.out.println(v + ": hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v)
                    + " bin=" + Long.toBinaryString(v) + " r36=" + Long.toString(v, 36) + " r3=" + Long.toString(v, 3)
                    + " hash=" + Long.valueOf(v).hashCode());
        }
        parse("9223372036854775807", 10);
        parse("9223372036854775808", 10);
        parse("-9223372036854775808", 10);
        parse("-9223372036854775809", 10);
        parse("7fffffffffffffff", 16);
        parse("8000000000000000", 16);
        parse("-8000000000000000", 16);
        parse("1y2p0ij32e8e7", 36);
        parse("1y2p0ij32e8e8", 36);
        parse("123L", 10);
        parse("", 10);
        parse("-0", 10);
        parse("111111111111111111111111111111111111111111111111111111111111111", 2);
        System.out.println("valueOf(\"-5\") = " + Long.valueOf("-5") + " decode(\"0x7F\") = " + Long.decode("0x7F"));
        System.out.println("compare: " + Long.compare(Long.MIN_VALUE, 0) + " " + Long.compare(5, 5) + " " + Long.compare(1L << 40, 1L << 39));
        Long a = 127L, b = 127L, c = 128L, d = 128L;
        System.out.println("cache: " + (a == b) + " " + (c == d) + " " + c.equals(d) + " " + c.equals(128) + " " + a.compareTo(c));
        System.out.println("bitCount: " + Long.bitCount(-1L) + " " + Long.bitCount(0x5555555555555555L));
        System.out.println("nlz/ntz: " + Long.numberOfLeadingZeros(1L) + " " + Long.numberOfTrailingZeros(1L << 50) + " " + Long.numberOfLeadingZeros(0) + " " + Long.numberOfTrailingZeros(0));
        System.out.println("highestOneBit: " + Long.highestOneBit(1000L) + " " + Long.highestOneBit(-5L) + " lowestOneBit: " + Long.lowestOneBit(96L));
        System.out.println("reverse: " + Long.reverse(1L) + " reverseBytes: " + Long.toHexString(Long.reverseBytes(0x0102030405060708L)));
        System.out.println("signum: " + Long.signum(-100L) + " " + Long.signum(0L) + " " + Long.signum(Long.MAX_VALUE));
        Long boxed = Long.valueOf(0x1_0000_0001L);
        System.out.println("xxxValue: " + boxed.intValue() + " " + boxed.shortValue() + " " + boxed.byteValue() + " " + boxed.doubleValue() + " " + boxed.floatValue());
        System.out.println("Long.hashCode(MIN) = " + Long.hashCode(Long.MIN_VALUE) + ", (-1L) = " + Long.hashCode(-1L) + ", (2^32) = " + Long.hashCode(1L << 32));
        System.out.println("sum/max/min: " + Long.sum(Long.MAX_VALUE, 1) + " " + Long.max(-1, -2) + " " + Long.min(-1, -2));
        long acc = 0;
        for (int i = 0; i < 64; i++) {
            acc = acc * 31 + Long.toString((long) i * 1234567891L, 36).length();
        }
        System.out.println("acc = " + acc);
    }
}
