package java.lang;

/**
 * Basic numeric functions. The transcendental functions delegate to StrictMath's natives, so
 * Math and StrictMath give identical results in Kava; everything else is computed here.
 */
public final class Math {
    public static final double E = 2.7182818284590452354;
    public static final double PI = 3.14159265358979323846;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    private static final long DOUBLE_SIGN_MASK = 0x8000000000000000L;
    private static final long DOUBLE_SIGNIF_MASK = 0x000fffffffffffffL;
    private static final int FLOAT_SIGN_MASK = 0x80000000;

    private Math() {
    }

    // ---- transcendental functions (VM natives in StrictMath) ----

    public static double sin(double a) {
        return StrictMath.sin(a);
    }

    public static double cos(double a) {
        return StrictMath.cos(a);
    }

    public static double tan(double a) {
        return StrictMath.tan(a);
    }

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double exp(double a) {
        return StrictMath.exp(a);
    }

    public static double log(double a) {
        return StrictMath.log(a);
    }

    public static double log10(double a) {
        return StrictMath.log10(a);
    }

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static double pow(double a, double b) {
        return StrictMath.pow(a, b);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    // ---- rounding ----

    /** Largest integral value not above a; ±0, infinities and NaN are returned unchanged. */
    public static double floor(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >> 52) & 0x7ff) - 1023;
        if (exponent >= 52) {
            return a; // already integral, or infinite, or NaN
        }
        if (exponent < 0) {
            // |a| < 1
            if (a == 0.0) {
                return a;
            }
            return bits < 0 ? -1.0 : 0.0;
        }
        long fractionMask = DOUBLE_SIGNIF_MASK >> exponent;
        if ((bits & fractionMask) == 0) {
            return a;
        }
        if (bits < 0) {
            // Negative: round the magnitude up (a carry into the exponent is still correct).
            bits += fractionMask + 1;
        }
        return Double.longBitsToDouble(bits & ~fractionMask);
    }

    /** Smallest integral value not below a; ceil(-0.5) is -0.0. */
    public static double ceil(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >> 52) & 0x7ff) - 1023;
        if (exponent >= 52) {
            return a;
        }
        if (exponent < 0) {
            if (a == 0.0) {
                return a;
            }
            return bits < 0 ? -0.0 : 1.0;
        }
        long fractionMask = DOUBLE_SIGNIF_MASK >> exponent;
        if ((bits & fractionMask) == 0) {
            return a;
        }
        if (bits >= 0) {
            bits += fractionMask + 1;
        }
        return Double.longBitsToDouble(bits & ~fractionMask);
    }

    /** The closest integral value, ties to even. */
    public static double rint(double a) {
        // Adding and subtracting 2^52 drops the fraction bits with round-to-nearest-even.
        double twoToThe52 = 4503599627370496.0;
        double sign = copySign(1.0, a);
        a = abs(a);
        if (a < twoToThe52) {
            a = (twoToThe52 + a) - twoToThe52;
        }
        return sign * a;
    }

    /** floor(a + 0.5) computed exactly (so 0.49999999999999994 rounds to 0); NaN gives 0. */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        long biasedExp = (bits & 0x7ff0000000000000L) >> 52;
        // Number of fraction bits to drop, minus one (the half bit is kept for rounding).
        long shift = (52 - 1 + 1023) - biasedExp;
        if ((shift & -64) == 0) {
            long r = (bits & DOUBLE_SIGNIF_MASK) | (DOUBLE_SIGNIF_MASK + 1);
            if (bits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        // |a| >= 2^52 (already integral; the cast saturates), tiny values, NaN (gives 0).
        return (long) a;
    }

    /** floor(a + 0.5f) computed exactly; NaN gives 0. */
    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int biasedExp = (bits & 0x7f800000) >> 23;
        int shift = (23 - 1 + 127) - biasedExp;
        if ((shift & -32) == 0) {
            int r = (bits & 0x007fffff) | 0x00800000;
            if (bits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    // ---- random numbers ----

    /** A 48-bit linear congruential generator, the one documented for java.util.Random. */
    private static final class RandomHolder {
        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long ADDEND = 0xBL;
        private static final long MASK = (1L << 48) - 1;
        private static long seed = (0x2545F4914F6CDD1DL ^ System.nanoTime() ^ MULTIPLIER) & MASK;

        private static synchronized int next(int bits) {
            seed = (seed * MULTIPLIER + ADDEND) & MASK;
            return (int) (seed >>> (48 - bits));
        }

        static double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
        }
    }

    /** A pseudo-random double, uniformly distributed in [0.0, 1.0). */
    public static double random() {
        return RandomHolder.nextDouble();
    }

    // ---- exact integer arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        // Overflow iff both operands have the sign opposite to the result.
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        // Overflow iff the operands have different signs and the result's differs from x's.
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        // Operands below 2^31 cannot overflow; otherwise check by dividing back.
        if (((ax | ay) >>> 31 != 0)) {
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the 128-bit signed product. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    /** Quotient rounded toward negative infinity. */
    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    /** Remainder with the sign of the divisor: x - floorDiv(x, y) * y. */
    public static int floorMod(int x, int y) {
        int mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    // ---- absolute value, min, max ----

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException(
                    "Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException(
                    "Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    /** abs(-0.0f) is 0.0f; a NaN is returned unchanged (as the JDK 17 interpreter does). */
    public static float abs(float a) {
        return (a <= 0.0F) ? 0.0F - a : a;
    }

    /** Clears the sign bit (so abs(-0.0) is 0.0). */
    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~DOUBLE_SIGN_MASK);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    /** NaN if either is NaN; 0.0f is greater than -0.0f. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == FLOAT_SIGN_MASK) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    /** NaN if either is NaN; 0.0 is greater than -0.0. */
    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) == DOUBLE_SIGN_MASK) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    /** NaN if either is NaN; -0.0f is smaller than 0.0f. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == FLOAT_SIGN_MASK) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    /** NaN if either is NaN; -0.0 is smaller than 0.0. */
    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) == DOUBLE_SIGN_MASK) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    // ---- IEEE 754 helpers ----

    /** The distance to the next larger-magnitude double. */
    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == Double.MAX_EXPONENT + 1) {
            return abs(d); // NaN or infinity
        }
        if (exp == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE; // zero or subnormal
        }
        exp -= 52;
        if (exp >= Double.MIN_EXPONENT) {
            return powerOfTwoD(exp);
        }
        // The ulp is itself subnormal.
        return Double.longBitsToDouble(1L << (exp - (Double.MIN_EXPONENT - 52)));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == Float.MAX_EXPONENT + 1) {
            return abs(f);
        }
        if (exp == Float.MIN_EXPONENT - 1) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= Float.MIN_EXPONENT) {
            return powerOfTwoF(exp);
        }
        return Float.intBitsToFloat(1 << (exp - (Float.MIN_EXPONENT - 23)));
    }

    /** -1.0, 0.0 or 1.0 by sign; zeros and NaN are returned unchanged. */
    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    /** magnitude with the sign bit of sign (even if sign is a NaN). */
    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & DOUBLE_SIGN_MASK)
                | (Double.doubleToRawLongBits(magnitude) & ~DOUBLE_SIGN_MASK));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & FLOAT_SIGN_MASK)
                | (Float.floatToRawIntBits(magnitude) & ~FLOAT_SIGN_MASK));
    }

    /** The unbiased exponent; MAX_EXPONENT + 1 for NaN/infinity, MIN_EXPONENT - 1 for 0/subnormal. */
    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & 0x7f800000) >> 23) - 127;
    }

    public static int getExponent(double d) {
        return (int) (((Double.doubleToRawLongBits(d) & 0x7ff0000000000000L) >> 52) - 1023);
    }

    /** The adjacent double of start in the direction of direction. */
    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start != 0.0d) {
                long bits = Double.doubleToRawLongBits(start);
                return Double.longBitsToDouble(bits + ((bits > 0) ? -1 : 1));
            }
            return -Double.MIN_VALUE;
        } else if (start < direction) {
            // Adding 0.0 turns -0.0 into +0.0.
            long bits = Double.doubleToRawLongBits(start + 0.0d);
            return Double.longBitsToDouble(bits + ((bits >= 0) ? 1 : -1));
        } else if (start == direction) {
            return direction;
        }
        return start + direction; // a NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start != 0.0f) {
                int bits = Float.floatToRawIntBits(start);
                return Float.intBitsToFloat(bits + ((bits > 0) ? -1 : 1));
            }
            return -Float.MIN_VALUE;
        } else if (start < direction) {
            int bits = Float.floatToRawIntBits(start + 0.0f);
            return Float.intBitsToFloat(bits + ((bits >= 0) ? 1 : -1));
        } else if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    public static double nextUp(double d) {
        if (d < Double.POSITIVE_INFINITY) {
            d += 0.0d;
            return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0d) ? 1L : -1L));
        }
        return d; // +infinity or NaN
    }

    public static float nextUp(float f) {
        if (f < Float.POSITIVE_INFINITY) {
            f += 0.0f;
            return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? 1 : -1));
        }
        return f;
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : 1));
    }

    /** d * 2^scaleFactor, rounded once. */
    public static double scalb(double d, int scaleFactor) {
        // Beyond this distance every finite nonzero result overflows or underflows anyway.
        final int maxScale = Double.MAX_EXPONENT - Double.MIN_EXPONENT + 53 + 1;
        if (scaleFactor > maxScale) {
            scaleFactor = maxScale;
        } else if (scaleFactor < -maxScale) {
            scaleFactor = -maxScale;
        }
        // Apply the remainder first, then steps of 2^±512: all steps are exact except the
        // last, unless the value already became subnormal, in which case the result is zero.
        int remainder = scaleFactor % 512;
        d *= powerOfTwoD(remainder);
        scaleFactor -= remainder;
        double step = scaleFactor < 0 ? 0x1.0p-512 : 0x1.0p512;
        int increment = scaleFactor < 0 ? -512 : 512;
        while (scaleFactor != 0) {
            d *= step;
            scaleFactor -= increment;
        }
        return d;
    }

    public static float scalb(float f, int scaleFactor) {
        final int maxScale = Float.MAX_EXPONENT - Float.MIN_EXPONENT + 24 + 1;
        scaleFactor = max(min(scaleFactor, maxScale), -maxScale);
        // Exact in double; a single rounding to float.
        return (float) ((double) f * powerOfTwoD(scaleFactor));
    }

    /** 2^n for a normal exponent n. */
    private static double powerOfTwoD(int n) {
        return Double.longBitsToDouble(((long) n + 1023) << 52);
    }

    private static float powerOfTwoF(int n) {
        return Float.intBitsToFloat((n + 127) << 23);
    }
}
