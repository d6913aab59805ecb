public class LongShifts {
    static long id(long x) { return x; }
    static int idi(int x) { return x; }

    public static void main(String[] args) {
        long[] values = {1L, -1L, 0x123456789ABCDEF0L, Long.MIN_VALUE, Long.MAX_VALUE, -987654321L};
        int[] counts = {0, 1, 31, 32, 33, 63, 64, 65, 127, 128, -1, -64};
        for (long v : values) {
            System.out.println("value " + v);
            for (int c : counts) {
                System.out.println("  c=" + c + " << " + (v << c) + " >> " + (v >> c) + " >>> " + (v >>> c));
            }
        }

        long x = id(1);
        x <<= 64;
        System.out.println("1L <<= 64 -> " + x);
        x = id(1);
        x <<= 63;
        System.out.println("1L <<= 63 -> " + x);
        x >>= 70;
        System.out.println("then >>= 70 -> " + x);
        x >>>= 127;
        System.out.println("then >>>= 127 -> " + x);

        long countAsLong = id(66);
        System.out.println("3L << 66L = " + (id(3) << countAsLong));
        System.out.println("1 << 40 (int) = " + (idi(1) << 40));
        System.out.println("1L << 40 = " + (id(1) << 40));
        System.out.println("(long)1 << 40 = " + ((long) idi(1) << 40));
        System.out.println("int -1 >>> 1 widened = " + (long) (idi(-1) >>> 1));
        System.out.println("long -1 >>> 1 = " + (id(-1) >>> 1));

        long v = id(0xF0E1D2C3B4A59687L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 64; i += 8) {
            sb.append(Long.toHexString((v >>> i) & 0xFF)).append(' ');
        }
        System.out.println("bytes LE: " + sb);
        System.out.println("rotateLeft 12: " + Long.toHexString(Long.rotateLeft(v, 12)));
        System.out.println("rotateRight 72: " + Long.toHexString(Long.rotateRight(v, 72)));
        System.out.println("manual rotl 12: " + Long.toHexString((v << 12) | (v >>> -12)));

        long bits = 0;
        for (int i = 0; i < 64; i += 5) {
            bits |= 1L << i;
        }
        System.out.println("bits = " + Long.toBinaryString(bits));
        long wrongBits = 0;
        for (int i = 0; i < 64; i += 5) {
            wrongBits |= 1 << i;
        }
        System.out.println("int-shift bits = " + Long.toBinaryString(wrongBits));

        int sh = idi(-100);
        System.out.println("1L << -100 = " + (id(1) << sh));
        System.out.println("MIN >> 63 = " + (id(Long.MIN_VALUE) >> 63));
        System.out.println("MIN >>> 63 = " + (id(Long.MIN_VALUE) >>> 63));
        System.out.println("constant 1L << 64 = " + (1L << 64));
        System.out.println("constant -1L >>> 64 = " + (-1L >>> 64));
    }
}
