// Double.toString results where OpenJDK 17 (FloatingDecimal, before JDK 19's shortest-digit
// algorithm) does not print the shortest uniquely-distinguishing decimal.  Kava targets
// JDK 17 output, so these are recorded as JDK 17 prints them.
public class DoubleToStringQuirks {
    static double id(double d) { return d; }

    public static void main(String[] args) {
        double[] quirks = {1e23, 8.41e21, 2e23, 5e-324 * 3, 1.0E-5 * 7, 4.8726570057E288};
        for (double q : quirks) {
            System.out.println(id(q));
        }
        for (int i = 50; i <= 64; i++) {
            double p = Math.pow(2, i);
            System.out.println("2^" + i + " = " + id(p) + ", 2^-" + i + " = " + (1.0 / id(p)));
        }
        long v = 1;
        for (int i = 1; i <= 20; i++) {
            v *= 7;
            System.out.println("7^" + i + " = " + (double) v);
        }
        double x = 1;
        for (int i = 0; i < 40; i++) {
            x *= 3.7;
            System.out.println("3.7^" + (i + 1) + " = " + x);
        }
        float f = 1;
        for (int i = 0; i < 30; i++) {
            f *= 3.7f;
            System.out.println("3.7f^" + (i + 1) + " = " + f);
        }
        System.out.println("Long.MIN_VALUE as double = " + (double) Long.MIN_VALUE);
        System.out.println("Long.MAX_VALUE as float = " + (float) Long.MAX_VALUE);
    }
}
