public class FloatToInt {
    static double idd(double d) { return d; }
    static float idf(float f) { return f; }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1.5, -1.5, 2.5, -2.5, 1e10, -1e10,
                2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483649.0,
                9.223372036854775807E18, 9.2233720368547758E18, -9.2233720368547758E18, 1e19, -1e19, 1e300,
                Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, 65535.9, 65536.0, -32768.9, 127.99, -128.99, 300.7};
        for (double v : ds) {
            double d = idd(v);
            System.out.println("d " + d + " -> int " + (int) d + ", long " + (long) d + ", short " + (short) d
                    + ", byte " + (byte) d + ", char " + (int) (char) d + ", float bits " + Integer.toHexString(Float.floatToIntBits((float) d)));
        }
        float[] fs = {0.0f, -0.0f, 0.99999994f, 1.5f, -1.5f, 16777216f, 16777217f, 2.14748365E9f,
                -2.14748365E9f, 2.1474836E9f, 9.223372E18f, 9.2233725E18f, -9.223372E18f, 1e20f, -1e20f,
                Float.MAX_VALUE, Float.MIN_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                Float.NaN, 70000.5f, -70000.5f};
        for (float v : fs) {
            float f = idf(v);
            System.out.println("f " + (double) f + " -> int " + (int) f + ", long " + (long) f + ", short " + (short) f
                    + ", byte " + (byte) f + ", char " + (int) (char) f + ", double " + (double) f);
        }
        double nan = idd(Double.NaN);
        int fromNan = (int) nan;
        long lFromNan = (long) nan;
        System.out.println("NaN -> " + fromNan + " " + lFromNan);
        int acc = 0;
        for (double d = -3.75; d <= 3.75; d += 0.25) {
            acc = acc * 7 + (int) d;
        }
        System.out.println("truncation accumulator = " + acc);
        System.out.println("(int)-0.9 = " + (int) idd(-0.9));
        System.out.println("(long)-0.9999 = " + (long) idd(-0.9999));
        System.out.println("(int)(float)(1<<30)+0.5f = " + (int) (idf(1 << 30) + 0.5f));
        System.out.println("(char)-1.0 = " + (int) (char) idd(-1.0));
        System.out.println("(char)65536.0 = " + (int) (char) idd(65536.0));
        System.out.println("(byte)1e10 = " + (byte) idd(1e10));
        System.out.println("(short)-1e10 = " + (short) idd(-1e10));
    }
}
