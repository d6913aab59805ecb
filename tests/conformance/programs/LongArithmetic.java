public class LongArithmetic {
    static long id(long x) { return x; }

    static void show(String label, long v) {
        System.out.println(label + " = " + v);
    }

    public static void main(String[] args) {
        long max = id(Long.MAX_VALUE);
        long min = id(Long.MIN_VALUE);
        show("max+1", max + 1);
        show("min-1", min - 1);
        show("max*2", max * 2);
        show("-min", -min);
        show("min/-1", min / id(-1));
        show("min%-1", min % id(-1));
        show("max*max", max * max);
        show("3037000500*3037000500", id(3037000500L) * id(3037000500L));
        show("0x100000000*0x100000000", id(0x100000000L) * id(0x100000000L));

        long[] as = {7, -7, 7, -7, 0, 1, -1, 13, -13, min, max, min, max, 1L << 40, -(1L << 40)};
        long[] bs = {2, 2, -2, -2, 5, 3, 3, -5, 5, 7, -7, max, min, 3, 3};
        for (int i = 0; i < as.length; i++) {
            long a = as[i], b = bs[i];
            System.out.println(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
        }

        long h = 1125899906842597L;
        String s = "The quick brown fox jumps over the lazy dog";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        show("string long hash", h);

        long fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            System.out.println(i + "! mod 2^64 = " + fact);
        }

        long fib0 = 0, fib1 = 1;
        for (int i = 0; i < 100; i++) {
            long t = fib0 + fib1;
            fib0 = fib1;
            fib1 = t;
        }
        show("fib(100) wrapped", fib0);

        long x = id(123456789012L);
        x += Integer.MAX_VALUE; show("x+=MAXINT", x);
        x *= 1000003; show("x*=1000003", x);
        x /= -17; show("x/=-17", x);
        x %= 1000000007L; show("x%=1e9+7", x);
        x <<= 40; show("x<<=40", x);
        x >>= 7; show("x>>=7", x);
        x >>>= 3; show("x>>>=3", x);
        x ^= 0x5555555555555555L; show("x^=0x55..", x);
        x &= ~0xFFL; show("x&=~0xFF", x);

        int i1 = Integer.MAX_VALUE;
        long mixed = i1 + 1L;
        show("MAXINT + 1L", mixed);
        show("MAXINT + 1 (int) widened", (long) (i1 + 1));
        show("(long)int min * -1", (long) Integer.MIN_VALUE * -1);
        show("~max", ~max);
        show("0xFFFFFFFFL", 0xFFFFFFFFL);
        show("0xFFFFFFFF (int widened)", 0xFFFFFFFF);
        show("-9223372036854775808L", -9223372036854775808L);
        show("Math.abs(min)", Math.abs(min));
        show("max - min", max - min);
        show("long compare min<max", min < max ? 1 : 0);
        show("unsigned-ish compare", (min + min) < (max + max) ? 1 : 0);
        long acc = 0;
        for (long k = -5; k <= 5; k++) {
            acc = acc * 3 + k * k * k;
        }
        show("poly acc", acc);
    }
}
