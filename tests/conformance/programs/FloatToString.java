public class FloatToString {
    static float id(float f) { return f; }

    public static void main(String[] args) {
        float[] values = {
            0.1f, (float) 0.1, 1.0f / 3, 2.0f / 3, 0.1f + 0.2f, 1e7f, 9999999f, 1.0E-5f, 1.0E-3f, 0.001f,
            100.0f, 1e10f, 1e20f, 1e38f, 3.4028235e38f, Float.MAX_VALUE, Float.MIN_VALUE,
            -Float.MAX_VALUE, 1.0f, -1.0f, 0.0f, -0.0f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 16777216f, 16777217f, 123456.78f, 1234567.8f, 12345678f, 0.3f, 0.7f,
            1.1f, 3.14159265358979f, 2.7182817f, 1e-40f, 6.02e23f, 0.5f, 0.25f,
            0.015625f, 33554432f, 8388608.5f, 4.2f, 100.1f, 1e-10f, 5e-45f, 7e-45f, 1.4E-45f
        };
        for (int i = 0; i < values.length; i++) {
            float f = id(values[i]);
            System.out.println(i + ": " + f + " | " + Float.toString(f) + " | " + String.valueOf(f) + " | as double " + (double) f);
        }
        float x = 1.0f;
        for (int i = 0; i < 16; i++) {
            System.out.println("10^" + i + " = " + x + ", 10^-" + i + " = " + (1.0f / x));
            x *= 10;
        }
        float acc = 0f;
        for (int i = 0; i < 20; i++) {
            acc += 0.05f;
            System.out.print(acc + " ");
        }
        System.out.println();
        StringBuilder sb = new StringBuilder();
        sb.append(0.1f).append(';').append(-2.5e-8f).append(';').append(3e10f);
        System.out.println("StringBuilder.append(float): " + sb);
        System.out.println("Float.parseFloat(\"1.1754944E-38\") == MIN_NORMAL: " + (Float.parseFloat("1.1754944E-38") == Float.MIN_NORMAL));
        System.out.println("Float.parseFloat(\"3.4028236e38\") = " + Float.parseFloat("3.4028236e38"));
        System.out.println("Float.parseFloat(\"1e39\") = " + Float.parseFloat("1e39"));
        System.out.println("Float.parseFloat(\"0.1\") as double = " + (double) Float.parseFloat("0.1"));
        System.out.println("Float.valueOf(\"-7.25f\") = " + Float.valueOf("-7.25f"));
        System.out.println("Float.parseFloat(\"NaN\") = " + Float.parseFloat("NaN"));
        System.out.println("(float)1e-46 = " + (float) 1e-46);
    }
}
