public class FloatSemantics {
    static double idd(double d) { return d; }
    static float idf(float f) { return f; }

    static String cmp(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "")
                + (a >= b ? ">=" : "") + (a > b ? ">" : "");
    }

    static String cmpf(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "")
                + (a >= b ? ">=" : "") + (a > b ? ">" : "");
    }

    public static void main(String[] args) {
        double nan = idd(Double.NaN);
        double pz = idd(0.0), nz = idd(-0.0);
        double inf = idd(Double.POSITIVE_INFINITY);
        System.out.println("NaN vs NaN: " + cmp(nan, nan));
        System.out.println("NaN vs 1: " + cmp(nan, 1.0));
        System.out.println("1 vs NaN: " + cmp(1.0, nan));
        System.out.println("0.0 vs -0.0: " + cmp(pz, nz));
        System.out.println("inf vs MAX: " + cmp(inf, Double.MAX_VALUE));
        System.out.println("-inf vs -inf: " + cmp(-inf, -inf));
        System.out.println("float NaN vs NaN: " + cmpf(Float.NaN, idf(Float.NaN)));
        System.out.println("float 0 vs -0: " + cmpf(0.0f, idf(-0.0f)));
        System.out.println("!(NaN < 1) = " + !(nan < 1));
        System.out.println("NaN != NaN: " + (nan != nan));
        System.out.println("-0.0 = " + nz + ", 0.0 - 0.0 = " + (pz - pz) + ", -0.0 + 0.0 = " + (nz + pz)
                + ", -0.0 * 5 = " + (nz * 5) + ", 0.0 * -5 = " + (pz * -5) + ", -(0.0) = " + (-pz));
        System.out.println("1/-0.0 = " + (1 / nz) + ", 1/(0.0*-1) = " + (1 / (pz * -1)));
        System.out.println("inf - inf = " + (inf - inf) + ", inf * 0 = " + (inf * 0) + ", inf / inf = " + (inf / inf));
        System.out.println("inf + 1e308 = " + (inf + 1e308) + ", -inf * -1 = " + (-inf * -1));
        System.out.println("MAX * 2 = " + (Double.MAX_VALUE * idd(2)) + ", MIN / 2 = " + (Double.MIN_VALUE / idd(2)));
        System.out.println("MIN_VALUE * 0.5 rounds: " + (Double.MIN_VALUE * idd(0.5)) + ", * 0.51: " + (Double.MIN_VALUE * idd(0.51)));
        System.out.println("Double.compare(0.0,-0.0) = " + Double.compare(pz, nz));
        System.out.println("Double.compare(NaN,inf) = " + Double.compare(nan, inf));
        System.out.println("Double.compare(NaN,NaN) = " + Double.compare(nan, nan));
        System.out.println("Float.compare(-0f,0f) = " + Float.compare(-0.0f, 0.0f));
        System.out.println("Double.valueOf(NaN).equals(NaN) = " + Double.valueOf(nan).equals(Double.NaN));
        System.out.println("Double.valueOf(0.0).equals(-0.0) = " + Double.valueOf(pz).equals(nz));
        System.out.println("Math.min(0.0,-0.0) = " + Math.min(pz, nz) + ", Math.max(-0.0,0.0) = " + Math.max(nz, pz));
        System.out.println("Math.min(NaN,1) = " + Math.min(nan, 1.0) + ", Math.max(1f,NaN) = " + Math.max(1f, Float.NaN));

        float a = idf(0.1f), b = idf(0.2f);
        System.out.println("0.1f+0.2f = " + (a + b) + " (as double sum: " + ((double) a + (double) b) + ")");
        float sum = 0f;
        for (int i = 0; i < 10; i++) {
            sum += a;
        }
        System.out.println("ten 0.1f = " + sum);
        double dsum = 0;
        for (int i = 0; i < 10; i++) {
            dsum += 0.1;
        }
        System.out.println("ten 0.1 = " + dsum);
        float big = idf(16777216f);
        System.out.println("16777216f + 1f = " + (big + 1f) + ", + 2f = " + (big + 2f) + ", + 3f = " + (big + 3f));
        float x = idf(1.0000001f), y = idf(0.9999999f);
        float prod = x * y;
        System.out.println("x*y float = " + prod + ", in double = " + ((double) x * y));
        float third = idf(1.0f) / 3;
        System.out.println("1f/3 = " + third + ", *3 = " + (third * 3) + ", double 1/3 = " + (1.0 / 3));
        float f1 = idf(3.4e38f);
        System.out.println("3.4e38f * 10f / 10f = " + (f1 * 10f / 10f) + " vs double " + ((double) f1 * 10 / 10));
        float tiny = idf(1e-45f);
        System.out.println("1e-45f = " + tiny + ", / 2 = " + (tiny / 2) + ", * 0.75 = " + (tiny * 0.75f));
        float acc = idf(1f);
        for (int i = 0; i < 30; i++) {
            acc = acc * 1.1f + 0.3f;
        }
        System.out.println("float recurrence = " + acc);
        double dacc = 1;
        for (int i = 0; i < 30; i++) {
            dacc = dacc * 1.1 + 0.3;
        }
        System.out.println("double recurrence = " + dacc);
        float mixed = idf(0.1f) + (float) idd(0.2);
        System.out.println("mixed = " + mixed);
        double promoted = idf(0.1f) + idd(0.2);
        System.out.println("promoted = " + promoted);
        int iv = 16777217;
        float fi = iv;
        System.out.println("int->float implicit: " + fi + " back " + (int) fi);
        long lv = 123456789L;
        double dl = lv;
        float fl = lv;
        System.out.println("long->double " + dl + ", long->float (as double) " + (double) fl);
        System.out.println("0.1+0.2==0.3: " + (0.1 + 0.2 == 0.3) + ", 0.1f+0.2f==0.3f: " + (idf(0.1f) + idf(0.2f) == 0.3f));
        float fc = idf(2.5f);
        fc += 1e-8;
        System.out.println("2.5f += 1e-8 -> " + fc);
        fc *= 1.0000001;
        System.out.println("*= 1.0000001 -> " + fc);
        double dd = idd(1e308);
        dd *= 10;
        System.out.println("1e308 *= 10 -> " + dd);
        System.out.println("-0.0f == 0.0f: " + (idf(-0.0f) == 0.0f) + ", floatToIntBits differ: "
                + (Float.floatToIntBits(idf(-0.0f)) != Float.floatToIntBits(0.0f)));
    }
}
