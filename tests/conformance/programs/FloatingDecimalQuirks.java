// Double.toString / Float.toString results where OpenJDK 17 (sun.misc.FloatingDecimal, before
// JDK 19's shortest-digit algorithm) does not print the shortest uniquely-distinguishing
// decimal: large integer-valued doubles get up to 17-18 digits, integer-valued floats up to 9,
// and a few others (1e23, Float.MIN_NORMAL).  Kava targets JDK 17, so these are recorded as
// JDK 17 prints them.  The other programs avoid such values on purpose, so a failure here alone
// means only this formatting corner differs.
public class FloatingDecimalQuirks {
    static double id(double d) { return d; }
    static float idf(float f) { return f; }

    public static void main(String[] args) {
        double[] quirks = {1e23, 8.41e21, 2e23, 4.8726570057E288, 9.2233720368547758E18, 1.23456789123456789E17,
                (double) 0x123456789ABCDEFL, 2.82879384806159E17, 1.0E-5 * 7};
        for (double q : quirks) {
            System.out.println("double " + id(q));
        }
        for (int i = 50; i <= 64; i++) {
            double p = Math.pow(2, i);
            System.out.println("2^" + i + " = " + id(p) + ", 2^-" + i + " = " + (1.0 / id(p)));
        }
        long v = 1;
        for (int i = 1; i <= 20; i++) {
            v *= 7;
            System.out.println("7^" + i + " = " + (double) v + " as float " + (float) v);
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
        float[] fq = {Float.MIN_NORMAL, 1.17549435E-38f, 2.14748365E9f, -2.14748365E9f, 3.05418368E8f, 1e16f, 1e17f, 1e19f,
                9.223372E18f, (float) 0x12345678, (float) Integer.MAX_VALUE, (float) Long.MAX_VALUE, 1.00000003E16f, 123456789f};
        for (float q : fq) {
            System.out.println("float " + idf(q));
        }
        float pf = 1;
        for (int i = 0; i < 20; i++) {
            System.out.println("10^" + i + " as float = " + pf);
            pf *= 10;
        }
        System.out.println("Long.MIN_VALUE as double = " + (double) Long.MIN_VALUE);
        System.out.println("Float.parseFloat(\"1.17549435E-38\") = " + Float.parseFloat("1.17549435E-38"));
        System.out.println("Float MIN_NORMAL via concat: " + Float.MIN_NORMAL + ", StringBuilder: " + new StringBuilder().append(Float.MIN_NORMAL));
    }
}
