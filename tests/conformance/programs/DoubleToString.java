public class DoubleToString {
    static double id(double d) { return d; }

    public static void main(String[] args) {
        double[] values = {
            0.1 + 0.2, 1e7, 9999999.0, 10000000.0, 1.0E-5, 0.001, 0.0001, 1.0E-3, 100.0, 1e21, 1e22,
            123456789.0, 1234567890123.0, 0.5, 0.25, 1.0 / 3, 2.0 / 3, 10.0 / 3, Math.PI, Math.E,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, -Double.MAX_VALUE, 4.9E-324 * 3,
            1.0, -1.0, 0.0, -0.0, 1e-300, 1.7976931348623157E308, 2.2250738585072014E-308,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e16, 1e15, 123e15,
            9007199254740992.0, 9007199254740993.0, 0.30000000000000004, 5e-324, 1.5e-323,
            3.141592653589793e100, 6.02214076e23, 1.602176634e-19, 299792458.0, 0.1, 0.7, 1.1, 2.675,
            4.35, 100.5, 1e-7, 12345.6789, -987654.321, 0.000123456, 1.0E-4 * 3, 5.0E-10,
            1.0E100, 2.5E-5, 0.01, 1e6, 1234567.0, 12345678.9, 0.9999999999999999, 1.0000000000000002,
            Long.MAX_VALUE, Integer.MAX_VALUE, (double) Float.MAX_VALUE, (double) 0.1f, (double) (1.0f / 3)
        };
        for (int i = 0; i < values.length; i++) {
            double d = id(values[i]);
            System.out.println(i + ": " + d + " | " + Double.toString(d) + " | " + String.valueOf(d));
        }
        double x = 1.0;
        for (int i = 0; i < 23; i++) {
            System.out.println("10^" + i + " = " + x + ", 10^-" + i + " = " + (1.0 / x));
            x *= 10;
        }
        double y = 1.0;
        for (int i = 0; i < 12; i++) {
            y /= 7;
            System.out.println("7^-" + (i + 1) + " = " + y);
        }
        double z = 0;
        for (int i = 0; i < 20; i++) {
            z += 0.05;
            System.out.print(z + " ");
        }
        System.out.println();
        StringBuilder sb = new StringBuilder();
        sb.append(0.1).append(',').append(-2.5e-8).append(',').append(3e10);
        System.out.println("StringBuilder.append(double): " + sb);
        System.out.println("Double.valueOf(\"1e2\") = " + Double.valueOf("1e2"));
        System.out.println("Double.parseDouble(\"-0\") = " + Double.parseDouble("-0"));
        System.out.println("Double.parseDouble(\"  12.5  \") = " + Double.parseDouble("  12.5  "));
        System.out.println("Double.parseDouble(\"0x1p4\") = " + Double.parseDouble("0x1p4"));
        System.out.println("Double.parseDouble(\"Infinity\") = " + Double.parseDouble("-Infinity"));
        System.out.println("Double.parseDouble(\"1d\") = " + Double.parseDouble("1d"));
        System.out.println("Double.parseDouble(\".5\") = " + Double.parseDouble(".5"));
        System.out.println("Double.parseDouble(\"2.\") = " + Double.parseDouble("2."));
        System.out.println("Double.parseDouble(\"1e400\") = " + Double.parseDouble("1e400"));
        System.out.println("Double.parseDouble(\"1e-400\") = " + Double.parseDouble("1e-400"));
        System.out.println("roundtrip 0.1+0.2: " + (Double.parseDouble(Double.toString(0.1 + 0.2)) == 0.1 + 0.2));
    }
}
