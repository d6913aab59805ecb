public class StrictMathFns {
    static long r(double v) { return StrictMath.round(v * 1e12); }

    public static void main(String[] args) {
        System.out.println("sqrt: " + StrictMath.sqrt(2.0) + " " + StrictMath.sqrt(3.0) + " " + StrictMath.sqrt(1e-300) + " " + StrictMath.sqrt(-0.0));
        System.out.println("floor/ceil/rint: " + StrictMath.floor(-1.5) + " " + StrictMath.ceil(-1.5) + " " + StrictMath.rint(1.5) + " " + StrictMath.rint(0.5));
        System.out.println("abs/max/min: " + StrictMath.abs(-7) + " " + StrictMath.max(3L, 9L) + " " + StrictMath.min(-0.0, 0.0) + " " + StrictMath.abs(-3.25));
        System.out.println("round: " + StrictMath.round(2.5) + " " + StrictMath.round(-2.5) + " " + StrictMath.round(2.5f) + " " + StrictMath.round(-2.5f));
        System.out.println("pow exact: " + StrictMath.pow(3, 4) + " " + StrictMath.pow(2, 52) + " " + StrictMath.pow(0.5, 3) + " " + StrictMath.pow(-3, 3));
        System.out.println("cbrt/hypot: " + StrictMath.cbrt(64) + " " + StrictMath.cbrt(-125) + " " + StrictMath.hypot(8, 15) + " " + StrictMath.hypot(-0.0, 0));
        System.out.println("signum: " + StrictMath.signum(-2.5) + " " + StrictMath.signum(0.0) + " " + StrictMath.signum(-0.0f));
        System.out.println("floorDiv/floorMod: " + StrictMath.floorDiv(-9, 4) + " " + StrictMath.floorMod(-9, 4) + " " + StrictMath.floorMod(9, -4));
        System.out.println("log10: " + StrictMath.log10(100) + " " + StrictMath.log10(1e-3) + " exp(0): " + StrictMath.exp(0) + " log(1): " + StrictMath.log(1));
        double x = 0.1;
        for (int i = 0; i < 12; i++) {
            System.out.println("x=" + x + " sin=" + r(StrictMath.sin(x)) + " cos=" + r(StrictMath.cos(x))
                    + " tan=" + r(StrictMath.tan(x)) + " exp=" + r(StrictMath.exp(x)) + " log=" + r(StrictMath.log(x))
                    + " atan=" + r(StrictMath.atan(x)) + " sqrt=" + StrictMath.sqrt(x));
            x = x * 1.7 + 0.3;
        }
        System.out.println("atan2(1,1)*4 = " + r(StrictMath.atan2(1, 1) * 4) + " PI = " + r(StrictMath.PI));
        System.out.println("pow(2,0.5) = " + r(StrictMath.pow(2, 0.5)) + " pow(10,-3) = " + r(StrictMath.pow(10, -3) * 1000));
        double[] big = {1e5, 1e10, -1e7};
        for (double b : big) {
            System.out.println("sin(" + b + ") = " + r(StrictMath.sin(b)) + " cos = " + r(StrictMath.cos(b)));
        }
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += StrictMath.sqrt(i) / i;
        }
        System.out.println("sum sqrt(i)/i for 1..1000 = " + sum);
        double h = 0;
        for (int i = 0; i < 100; i++) {
            h = StrictMath.hypot(h, 1.0);
        }
        System.out.println("hypot chain = " + r(h));
    }
}
