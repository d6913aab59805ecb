public class IntegerApi {
    static void parse(String s, int radix) {
        try {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") -> NumberFormatException");
        }
    }

    public static void main(String[] args) {
        System.out.println("MAX=" + Integer.MAX_VALUE + " MIN=" + Integer.MIN_VALUE + " SIZE=" + Integer.SIZE + " BYTES=" + Integer.BYTES);
        int[] vals = {0, 1, -1, 255, -256, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7F00FF00};
        for (int v : vals) {
            System.out.println(v + ": hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v)
                    + " bin=" + Integer.toBinaryString(v) + " r36=" + Integer.toString(v, 36) + " r7=" + Integer.toString(v, 7)
                    + " str=" + Integer.toString(v) + " valueOf=" + String.valueOf(v));
        }
        System.out.println("toString radix 1 (falls back to 10): " + Integer.toString(255, 1) + ", radix 99: " + Integer.toString(-255, 99));
        parse("123", 10);
        parse("-123", 10);
        parse("+77", 10);
        parse("2147483647", 10);
        parse("2147483648", 10);
        parse("-2147483648", 10);
        parse("-2147483649", 10);
        parse("7fffffff", 16);
        parse("80000000", 16);
        parse("-80000000", 16);
        parse("FF", 16);
        parse("ff", 16);
        parse("zz", 36);
        parse("1010", 2);
        parse("12", 2);
        parse("", 10);
        parse("-", 10);
        parse("+", 10);
        parse(" 1", 10);
        parse("1 ", 10);
        parse("0x10", 16);
        parse("00000000000000000000000042", 10);
        parse("\u0661\u0662", 10);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("parseInt(null) -> NumberFormatException");
        }
        try {
            Integer.parseInt("abc");
        } catch (NumberFormatException e) {
            System.out.println("message: " + e.getMessage());
        }
        try {
            Integer.parseInt("99999999999");
        } catch (NumberFormatException e) {
            System.out.println("message: " + e.getMessage());
        }
        System.out.println("valueOf(\"-42\") = " + Integer.valueOf("-42") + ", valueOf(\"z\",36) = " + Integer.valueOf("z", 36));
        System.out.println("decode: " + Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010") + " " + Integer.decode("0"));
        System.out.println("compare: " + Integer.compare(3, 5) + " " + Integer.compare(5, 3) + " " + Integer.compare(4, 4)
                + " " + Integer.compare(Integer.MIN_VALUE, Integer.MAX_VALUE));
        Integer a = 1000, b = 1000;
        System.out.println("compareTo/equals: " + a.compareTo(b) + " " + a.equals(b) + " " + a.equals(1000L) + " " + a.equals(null));
        System.out.println("hashCode: " + Integer.valueOf(-7).hashCode() + " " + Integer.hashCode(123456));
        System.out.println("signum: " + Integer.signum(-9) + " " + Integer.signum(0) + " " + Integer.signum(9));
        System.out.println("bitCount: " + Integer.bitCount(0xFF) + " " + Integer.bitCount(-1) + " " + Integer.bitCount(Integer.MIN_VALUE));
        System.out.println("numberOfLeadingZeros: " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfLeadingZeros(0) + " " + Integer.numberOfLeadingZeros(-1));
        System.out.println("numberOfTrailingZeros: " + Integer.numberOfTrailingZeros(8) + " " + Integer.numberOfTrailingZeros(0) + " " + Integer.numberOfTrailingZeros(Integer.MIN_VALUE));
        System.out.println("highestOneBit: " + Integer.highestOneBit(100) + " " + Integer.highestOneBit(-1) + " lowestOneBit: " + Integer.lowestOneBit(100));
        System.out.println("reverse: " + Integer.reverse(1) + " " + Integer.reverse(0x0F0F0F0F) + " reverseBytes: " + Integer.toHexString(Integer.reverseBytes(0x12345678)));
        System.out.println("max/min/sum: " + Integer.max(3, -3) + " " + Integer.min(3, -3) + " " + Integer.sum(Integer.MAX_VALUE, 1));
        Integer boxed = Integer.valueOf(300);
        System.out.println("xxxValue: " + boxed.byteValue() + " " + boxed.shortValue() + " " + boxed.longValue() + " " + boxed.floatValue() + " " + boxed.doubleValue());
        System.out.println("Short: " + Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.parseShort("-32768") + " " + Short.valueOf((short) 5).hashCode());
        System.out.println("Byte: " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.parseByte("7f", 16) + " " + Byte.valueOf((byte) -3).hashCode());
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("Byte.parseByte(\"128\") -> NumberFormatException");
        }
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("Short.parseShort(\"40000\") -> NumberFormatException");
        }
        System.out.println("Integer.toString(MIN, 2) = " + Integer.toString(Integer.MIN_VALUE, 2));
        System.out.println("Integer.toString(MIN, 16) = " + Integer.toString(Integer.MIN_VALUE, 16));
    }
}
