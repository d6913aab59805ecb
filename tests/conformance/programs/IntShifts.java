public class IntShifts {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int[] values = {1, -1, 0x12345678, 0x80000000, 0x7FFFFFFF, -12345};
        int[] counts = {0, 1, 7, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int v : values) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(':');
            for (int c : counts) {
                sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            }
            System.out.println(sb);
        }

        byte b = (byte) id(-16);
        short s = (short) id(-16);
        char c = (char) id(0xFFF0);
        System.out.println("byte -16 >>> 2 = " + (b >>> 2));
        System.out.println("byte -16 >> 2 = " + (b >> 2));
        System.out.println("(byte)(b >>> 2) = " + (byte) (b >>> 2));
        System.out.println("(b & 0xff) >>> 2 = " + ((b & 0xff) >>> 2));
        System.out.println("short -16 >>> 2 = " + (s >>> 2));
        System.out.println("(short)(s >>> 2) = " + (short) (s >>> 2));
        System.out.println("char 0xFFF0 >>> 2 = " + (c >>> 2));
        System.out.println("char 0xFFF0 >> 2 = " + (c >> 2));
        System.out.println("char 0xFFF0 << 20 = " + (c << 20));

        byte bb = (byte) id(-128);
        bb >>>= 1;
        System.out.println("byte -128 >>>= 1 -> " + bb);
        bb = (byte) id(-128);
        bb >>= 1;
        System.out.println("byte -128 >>= 1 -> " + bb);
        bb = (byte) id(64);
        bb <<= 1;
        System.out.println("byte 64 <<= 1 -> " + bb);
        short ss = (short) id(-1);
        ss >>>= 10;
        System.out.println("short -1 >>>= 10 -> " + ss);
        char cc = (char) id(0x8001);
        cc <<= 1;
        System.out.println("char 0x8001 <<= 1 -> " + (int) cc);
        cc >>= 1;
        System.out.println("char then >>= 1 -> " + (int) cc);

        int shiftByLong = id(1) << 33L;
        System.out.println("1 << 33L = " + shiftByLong);
        long longCount = 65L;
        int viaLong = id(8) >> longCount;
        System.out.println("8 >> 65L = " + viaLong);

        int x = id(0xCAFEBABE);
        for (int i = 0; i < 8; i++) {
            int rot = (x << (i * 4)) | (x >>> (32 - i * 4));
            System.out.println("rotl " + (i * 4) + " = " + Integer.toHexString(rot));
        }
        System.out.println("Integer.rotateLeft(x, 36) = " + Integer.toHexString(Integer.rotateLeft(x, 36)));
        System.out.println("Integer.rotateRight(x, -4) = " + Integer.toHexString(Integer.rotateRight(x, -4)));

        int mask = 0;
        for (int i = 0; i < 40; i += 3) {
            mask |= 1 << i;
        }
        System.out.println("mask = " + Integer.toBinaryString(mask));
        System.out.println("-1 >>> 28 = " + (id(-1) >>> 28));
        System.out.println("-1 >> 28 = " + (id(-1) >> 28));
        System.out.println("MIN >> 31 = " + (id(Integer.MIN_VALUE) >> 31));
        System.out.println("MIN >>> 31 = " + (id(Integer.MIN_VALUE) >>> 31));
        System.out.println("constant 1 << 35 = " + (1 << 35));
        System.out.println("constant -1 >>> 32 = " + (-1 >>> 32));
    }
}
