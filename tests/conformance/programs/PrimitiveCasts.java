public class PrimitiveCasts {
    static int id(int x) { return x; }
    static long idl(long x) { return x; }

    public static void main(String[] args) {
        int[] ints = {0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 0x12345678 & 0xFFFFF0FF,
                Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF8000, 200, -200};
        for (int v : ints) {
            int i = id(v);
            System.out.println(i + " -> byte " + (byte) i + ", short " + (short) i + ", char " + (int) (char) i
                    + ", long " + (long) i + ", float " + (double) (float) i + ", double " + (double) i);
        }
        long[] longs = {0L, 4294967295L, 4294967296L, 0x80000000L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                0x123456789ABCDE0L, 9007199254740993L, -9007199254740993L, 16777217L};
        for (long v : longs) {
            long l = idl(v);
            System.out.println(l + " -> int " + (int) l + ", short " + (short) l + ", byte " + (byte) l
                    + ", char " + (int) (char) l + ", float bits " + Integer.toHexString(Float.floatToIntBits((float) l)) + ", double " + (double) l);
        }
        char c = (char) id(-1);
        System.out.println("(char)-1 = " + (int) c);
        System.out.println("(short)(char)-1 = " + (short) c);
        System.out.println("(byte)(char)0x1FF = " + (byte) (char) id(0x1FF));
        System.out.println("(char)(byte)-1 = " + (int) (char) (byte) id(-1));
        System.out.println("(int)(char)(short)-2 = " + (int) (char) (short) id(-2));
        short sh = (short) id(-32768);
        System.out.println("(char)short -32768 = " + (int) (char) sh);
        byte by = (byte) id(0x80);
        System.out.println("byte 0x80 = " + by + ", & 0xFF = " + (by & 0xFF));
        System.out.println("(long)byte -1 = " + (long) (byte) id(255));
        System.out.println("(long)char 0xFFFF = " + (long) (char) id(0xFFFF));
        System.out.println("int 16777217 -> float = " + (float) id(16777217));
        System.out.println("int 16777219 -> float = " + (float) id(16777219));
        System.out.println("int 2147483647 -> float -> int = " + (int) (float) id(Integer.MAX_VALUE));
        System.out.println("long 2^53+1 -> double -> long = " + (long) (double) idl(9007199254740993L));
        System.out.println("long MAX -> double -> long = " + (long) (double) idl(Long.MAX_VALUE));
        System.out.println("long MAX -> float = " + (float) idl(Long.MAX_VALUE));
        System.out.println("float 1.1f -> double = " + (double) 1.1f);
        System.out.println("double 1.1 -> float = " + (float) 1.1);
        System.out.println("double 1e40 -> float = " + (float) 1e40);
        System.out.println("double -1e40 -> float = " + (float) -1e40);
        System.out.println("double 1e-50 -> float = " + (float) 1e-50);
        System.out.println("double -1e-50 -> float = " + (float) -1e-50);
        System.out.println("double 3.4028235677973366E38 -> float = " + (float) 3.4028235677973366E38);
        System.out.println("double 1.401298464324817E-45 -> float = " + (float) 1.401298464324817E-45);
        System.out.println("double 7.006492321624085E-46 -> float = " + (float) 7.006492321624085E-46);
        System.out.println("double 7.006492321624087E-46 -> float = " + (float) 7.006492321624087E-46);
        byte b1 = (byte) id(100), b2 = (byte) id(100);
        byte sum = (byte) (b1 + b2);
        System.out.println("(byte)(100+100) = " + sum);
        short s1 = (short) id(30000);
        short s2 = (short) (s1 * 2);
        System.out.println("(short)(30000*2) = " + s2);
        char ch = 'A';
        int asInt = ch + 1;
        char next = (char) (ch + 1);
        System.out.println("'A'+1 = " + asInt + ", (char) = " + next);
        System.out.println("(int)'€' = " + (int) '\u20AC' + ", (byte)'€' = " + (byte) '\u20AC');
    }
}
