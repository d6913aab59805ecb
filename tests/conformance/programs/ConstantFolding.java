public class ConstantFolding {
    static final int A = Integer.MAX_VALUE + 1;
    static final long B = Long.MIN_VALUE - 1;
    static final int SHIFT = 1 << 33;
    static final char C = 'a' + 2;
    static final byte BY = (byte) 300;
    static final short SH = (short) -40000;
    static final float F = 1.0f / 3;
    static final double D = 0.1 + 0.2;
    static final String S = "a" + 1 + 2L + 'c' + 1.5f + 2.5 + true + C;
    static final boolean Z = A < 0 && S.length() > 0;
    static final int DIV = -7 / 2, MOD = -7 % 2;
    static final double NAN_CMP = (0.0 / 0.0 == 0.0 / 0.0) ? 1 : 0;
    static final float F_OVER = 3.4e38f * 10;
    static final int F2I = (int) 1e20f;
    static final long D2L = (long) -1e30;
    static final int CHAR_MATH = 'z' - 'a';
    static final String NUL = "null" + null;

    static int id(int x) { return x; }
    static long idl(long x) { return x; }
    static double idd(double x) { return x; }

    public static void main(String[] args) {
        System.out.println("folded: " + A + " " + B + " " + SHIFT + " " + C + " " + BY + " " + SH + " " + F + " " + D);
        System.out.println("folded string: " + S + " Z=" + Z + " DIV=" + DIV + " MOD=" + MOD + " NAN_CMP=" + NAN_CMP);
        System.out.println("folded conversions: " + F_OVER + " " + F2I + " " + D2L + " " + CHAR_MATH + " " + NUL);
        System.out.println("runtime equivalents: " + (id(Integer.MAX_VALUE) + 1) + " " + (idl(Long.MIN_VALUE) - 1) + " " + (id(1) << 33)
                + " " + (char) (id('a') + 2) + " " + (byte) id(300) + " " + (short) id(-40000));
        System.out.println("runtime float/double: " + (float) (1.0f / id(3)) + " " + (idd(0.1) + 0.2) + " " + (int) (float) idd(1e20) + " " + (long) idd(-1e30));
        System.out.println("runtime div/mod: " + (id(-7) / 2) + " " + (id(-7) % 2));
        System.out.println("compile-time == runtime: " + (A == id(Integer.MAX_VALUE) + 1) + " " + (D == idd(0.1) + 0.2) + " " + (F == 1.0f / id(3)));
        final int local = 10;
        final String localS = "loc" + local;
        System.out.println("local constants: " + (localS == "loc10") + " " + (local * local));
        int x = 5;
        x = x * 2 + 3 - 1;
        System.out.println("x = " + x);
        System.out.println("long literal math: " + (1000000 * 1000000) + " vs " + (1000000L * 1000000));
        System.out.println("hex/octal/binary/underscore: " + 0xFF + " " + 0777 + " " + 0b1010_1010 + " " + 1_0_0 + " " + 0x7fff_ffffL + " " + 0xFFFFFFFFFFFFFFFFL);
        System.out.println("char literals: " + (int) '\uffff' + " " + (int) '\377' + " " + (int) '\'' + " " + (int) '\\');
        System.out.println("float literals: " + 1e-45f + " " + 0x1.0p-149f + " " + (1.17549435e-38f == Float.MIN_NORMAL) + " " + 0x1p127f + " " + 1f + " " + .5f + " " + 5.f);
        System.out.println("double literals: " + 4.9e-324 + " " + 0x1.fffffffffffffp1023 + " " + 1e308 + " " + 0x1p-1074 + " " + 1D + " " + .1e1);
        System.out.println("long min literal: " + -9223372036854775808L + " int min literal: " + -2147483648);
        System.out.println("string escapes: " + "\b\f".length() + " " + "\0\1\12".length() + " " + (int) "\12".charAt(0) + " " + (int) "\1234".charAt(0) + " " + "\1234".length());
    }
}
