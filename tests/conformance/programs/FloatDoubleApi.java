public class FloatDoubleApi {
    static void pd(String s) {
        try {
            System.out.println("parseDouble(\"" + s + "\") = " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("parseDouble(\"" + s + "\") -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("Double MAX=" + Double.MAX_VALUE + " MIN=" + Double.MIN_VALUE + " MIN_NORMAL=" + Double.MIN_NORMAL
                + " MAX_EXPONENT=" + Double.MAX_EXPONENT + " MIN_EXPONENT=" + Double.MIN_EXPONENT + " SIZE=" + Double.SIZE);
        System.out.println("Float MAX=" + Float.MAX_VALUE + " MIN=" + Float.MIN_VALUE + " MIN_NORMAL bits=" + Integer.toHexString(Float.floatToIntBits(Float.MIN_NORMAL))
                + " MAX_EXPONENT=" + Float.MAX_EXPONENT + " MIN_EXPONENT=" + Float.MIN_EXPONENT);
        double[] ds = {0.0, -0.0, 1.0, -2.0, 0.1, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Math.PI};
        for (double d : ds) {
            long bits = Double.doubleToLongBits(d);
            System.out.println(d + ": bits=" + Long.toHexString(bits) + " raw=" + Long.toHexString(Double.doubleToRawLongBits(d))
                    + " back=" + Double.longBitsToDouble(bits) + " hash=" + Double.valueOf(d).hashCode() + " " + Double.hashCode(d)
                    + " NaN=" + Double.isNaN(d) + " inf=" + Double.isInfinite(d) + " finite=" + Double.isFinite(d));
        }
        float[] fs = {0.0f, -0.0f, 1.0f, -2.0f, 0.1f, Float.MAX_VALUE, Float.MIN_VALUE,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        for (float f : fs) {
            int bits = Float.floatToIntBits(f);
            System.out.println(f + ": bits=" + Integer.toHexString(bits) + " raw=" + Integer.toHexString(Float.floatToRawIntBits(f))
                    + " back=" + Float.intBitsToFloat(bits) + " hash=" + Float.valueOf(f).hashCode()
                    + " NaN=" + Float.isNaN(f) + " inf=" + Float.isInfinite(f));
        }
        System.out.println("longBitsToDouble(0x3ff8000000000000) = " + Double.longBitsToDouble(0x3ff8000000000000L));
        System.out.println("longBitsToDouble(1) = " + Double.longBitsToDouble(1L));
        System.out.println("longBitsToDouble(0x7ff8000000000001) isNaN = " + Double.isNaN(Double.longBitsToDouble(0x7ff8000000000001L))
                + ", canonical bits = " + Long.toHexString(Double.doubleToLongBits(Double.longBitsToDouble(0x7ff8000000000001L))));
        System.out.println("intBitsToFloat(0x40490fdb) = " + Float.intBitsToFloat(0x40490fdb));
        System.out.println("intBitsToFloat(0xff800000) = " + Float.intBitsToFloat(0xff800000));
        System.out.println("intBitsToFloat(0x7fc00001) canonical = " + Integer.toHexString(Float.floatToIntBits(Float.intBitsToFloat(0x7fc00001))));
        System.out.println("intBitsToFloat(0x80000001) = " + Float.intBitsToFloat(0x80000001));
        pd("1.5");
        pd("-1.5e3");
        pd("1E-2");
        pd("  3.25\t");
        pd("NaN");
        pd("+Infinity");
        pd("0x1.8p1");
        pd("1e");
        pd("abc");
        pd("");
        pd("1.0f");
        pd("1,5");
        pd("4.9e-325");
        pd("2.4703282292062328e-324");
        pd("1.7976931348623158e308");
        pd("1.7976931348623159e308");
        pd("0.1000000000000000055511151231257827");
        pd("123456789012345678901234567890");
        System.out.println("Float.parseFloat(\"1.00000017881393432617187499\") = " + Float.parseFloat("1.00000017881393432617187499"));
        System.out.println("Float.parseFloat(\"1.000000178813934326171875\") = " + Float.parseFloat("1.000000178813934326171875"));
        System.out.println("Float.parseFloat(\"7.0e-46\") = " + Float.parseFloat("7.0e-46"));
        System.out.println("compare: " + Double.compare(1.0, 2.0) + " " + Double.compare(-0.0, 0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY)
                + " " + Float.compare(Float.NaN, Float.NaN) + " " + Double.valueOf(3.0).compareTo(Double.valueOf(-3.0)));
        Double boxed = 3.99;
        System.out.println("Double xxxValue: " + boxed.intValue() + " " + boxed.longValue() + " " + boxed.floatValue() + " " + boxed.shortValue() + " " + boxed.byteValue());
        Double bigD = 1e20;
        System.out.println("Double 1e20 intValue=" + bigD.intValue() + " longValue=" + bigD.longValue() + " byteValue=" + bigD.byteValue());
        Float boxedF = -7.5f;
        System.out.println("Float xxxValue: " + boxedF.intValue() + " " + boxedF.doubleValue() + " " + boxedF.longValue());
        System.out.println("Double.toString(100) = " + Double.toString(100) + ", Float.toString(1e-3f) = " + Float.toString(1e-3f));
        System.out.println("Double.valueOf(\"5\").equals(5.0): " + Double.valueOf("5").equals(5.0) + ", Double.sum: " + Double.sum(0.1, 0.2)
                + ", Double.max: " + Double.max(-0.0, 0.0) + ", Float.min: " + Float.min(-0.0f, 0.0f));
    }
}
