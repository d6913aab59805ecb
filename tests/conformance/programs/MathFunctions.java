public class MathFunctions {
    static double id(double d) { return d; }

    // transcendental results are printed rounded to 10 decimals: exact last-ulp values
    // are not specified by Math (only by StrictMath's fdlibm).
    static long r(double v) { return Math.round(v * 1e10); }

    public static void main(String[] args) {
        double nz = id(-0.0), nan = id(Double.NaN), inf = id(Double.POSITIVE_INFINITY);
        System.out.println("abs: " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE)
                + " " + Math.abs(-2.5f) + " " + Math.abs(nz) + " " + Math.abs(-0.0f) + " " + Math.abs(-inf));
        System.out.println("min/max int: " + Math.min(-3, 7) + " " + Math.max(-3, 7) + " " + Math.min(Integer.MIN_VALUE, 0)
                + " long: " + Math.max(1L << 40, 1L << 41) + " float: " + Math.min(1.5f, -2.5f));
        System.out.println("min/max special: " + Math.min(0.0, nz) + " " + Math.max(nz, 0.0) + " " + Math.min(nan, 0)
                + " " + Math.max(-inf, nan) + " " + Math.min(-0.0f, 0.0f) + " " + Math.max(0.0f, -0.0f));
        System.out.println("sqrt: " + Math.sqrt(2) + " " + Math.sqrt(16) + " " + Math.sqrt(-1) + " " + Math.sqrt(nz)
                + " " + Math.sqrt(inf) + " " + Math.sqrt(1e-320) + " " + Math.sqrt(0.01));
        System.out.println("pow exact: " + Math.pow(2, 10) + " " + Math.pow(-2, 3) + " " + Math.pow(2, -2) + " "
                + Math.pow(10, 15) + " " + Math.pow(nan, 0) + " " + Math.pow(0, -1) + " " + Math.pow(nz, -1) + " "
                + Math.pow(nz, -2) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(1, inf) + " " + Math.pow(2, inf)
                + " " + Math.pow(0.5, inf) + " " + Math.pow(-1, 0.5) + " " + Math.pow(3, 0) + " " + Math.pow(-inf, 3));
        double[] rs = {2.5, -2.5, 3.5, -3.5, 0.5, -0.5, 1.4999999999999998, 0.49999999999999994, -0.49999999999999994,
                1e20, -1e20, nan, inf, -inf, nz, 4503599627370497.0, -4503599627370497.0, 2.4, -2.6};
        for (double v : rs) {
            System.out.println("x=" + v + " floor=" + Math.floor(v) + " ceil=" + Math.ceil(v) + " rint=" + Math.rint(v)
                    + " round=" + Math.round(v) + " signum=" + Math.signum(v));
        }
        float[] fr = {2.5f, -2.5f, 0.49999997f, -0.5f, 1e10f, -1e10f, Float.NaN, 8388609.0f};
        for (float v : fr) {
            System.out.println("f=" + v + " round=" + Math.round(v) + " signum=" + Math.signum(v));
        }
        int[][] fd = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {-1, 3}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        for (int[] p : fd) {
            System.out.println("floorDiv(" + p[0] + "," + p[1] + ")=" + Math.floorDiv(p[0], p[1])
                    + " floorMod=" + Math.floorMod(p[0], p[1]) + " / " + (p[0] / p[1]) + " % " + (p[0] % p[1]));
        }
        System.out.println("floorMod long: " + Math.floorMod(-7L, 3L) + " " + Math.floorDiv(Long.MIN_VALUE, 7L));
        System.out.println("hypot: " + Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(inf, nan) + " " + Math.hypot(nan, 1));
        System.out.println("cbrt: " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.cbrt(0.0) + " " + Math.cbrt(nz) + " " + Math.cbrt(1e9));
        System.out.println("log10: " + Math.log10(1000) + " " + Math.log10(1) + " " + Math.log10(0) + " " + Math.log10(-1) + " " + Math.log10(1e-5));
        System.out.println("log/exp special: " + Math.log(1) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.log(inf)
                + " " + Math.exp(0) + " " + Math.exp(-inf) + " " + Math.exp(inf) + " " + Math.exp(1000) + " " + Math.exp(-1000));
        System.out.println("trig special: " + Math.sin(0.0) + " " + Math.sin(nz) + " " + Math.cos(0) + " " + Math.tan(nz)
                + " " + Math.sin(inf) + " " + Math.cos(nan) + " " + Math.atan(inf) + " " + Math.asin(2) + " " + Math.acos(1));
        System.out.println("atan2 special: " + Math.atan2(0.0, -0.0) + " " + Math.atan2(nz, nz) + " " + Math.atan2(nz, 1)
                + " " + (Math.atan2(1, 0) == Math.PI / 2) + " " + (Math.atan2(-1, -inf) == -Math.PI) + " " + Math.atan2(nan, 1));
        System.out.println("PI=" + Math.PI + " E=" + Math.E);
        double[] angles = {0.5, 1, 2, 3, Math.PI / 6, Math.PI / 4, -1.25, 10, 100};
        for (double a : angles) {
            System.out.println("a=" + a + " sin=" + r(Math.sin(a)) + " cos=" + r(Math.cos(a)) + " tan=" + r(Math.tan(a))
                    + " exp=" + r(Math.exp(a)) + " log=" + r(Math.log(Math.abs(a))) + " atan2=" + r(Math.atan2(a, 1.5)));
        }
        System.out.println("asin/acos/atan(0.5): " + r(Math.asin(0.5)) + " " + r(Math.acos(0.5)) + " " + r(Math.atan(0.5)));
        System.out.println("sinh/cosh/tanh(1): " + r(Math.sinh(1)) + " " + r(Math.cosh(1)) + " " + r(Math.tanh(1)));
        System.out.println("log1p/expm1(1e-10): " + r(Math.log1p(1e-10) * 1e10) + " " + r(Math.expm1(1e-10) * 1e10));
        System.out.println("pow(2,0.5)=" + r(Math.pow(2, 0.5)) + " pow(1.0001,10000)=" + r(Math.pow(1.0001, 10000)));
        System.out.println("toDegrees(PI)=" + r(Math.toDegrees(Math.PI)) + " toRadians(90)=" + r(Math.toRadians(90)));
        System.out.println("sqrt(x)^2 loop:");
        double acc = 0;
        for (int i = 1; i <= 20; i++) {
            acc += Math.sqrt(i);
        }
        System.out.println("sum sqrt(1..20) = " + acc);
    }
}
