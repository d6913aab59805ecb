public class IncDec {
    static int sCount = 5;
    int iCount = 10;
    static long sLong = Long.MAX_VALUE;
    double dField = 0.5;

    public static void main(String[] args) {
        byte b = 127;
        b++;
        System.out.println("byte 127++ = " + b);
        b--;
        System.out.println("byte then -- = " + b);
        short s = -32768;
        s--;
        System.out.println("short -32768-- = " + s);
        char c = 65535;
        c++;
        System.out.println("char 65535++ = " + (int) c);
        int i = Integer.MAX_VALUE;
        i++;
        System.out.println("int MAX++ = " + i);
        long l = Long.MIN_VALUE;
        l--;
        System.out.println("long MIN-- = " + l);
        float f = 16777216f;
        f++;
        System.out.println("float 2^24++ = " + f);
        f--;
        System.out.println("float then -- = " + f);
        float g = 0.5f;
        g++;
        System.out.println("float 0.5++ = " + g);
        double d = 1e16;
        d++;
        System.out.println("double 1e16++ = " + d);
        double e = -0.5;
        e++;
        System.out.println("double -0.5++ = " + e);
        double nan = Double.NaN;
        nan++;
        System.out.println("NaN++ = " + nan);

        int x = 5;
        int y = x++ + ++x;
        System.out.println("x++ + ++x: y=" + y + " x=" + x);
        y = x-- - --x;
        System.out.println("x-- - --x: y=" + y + " x=" + x);
        x = 3;
        x = x++;
        System.out.println("x = x++ -> " + x);
        x = 3;
        x += x++ * 2;
        System.out.println("x += x++ * 2 -> " + x);
        int[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] = arr[k] * 10;
        System.out.println("arr[k++] = arr[k]*10 -> " + arr[0] + "," + arr[1] + "," + arr[2] + " k=" + k);
        arr[k]++;
        ++arr[k];
        arr[2]--;
        System.out.println("array element incs -> " + arr[0] + "," + arr[1] + "," + arr[2]);
        long[] la = {Long.MAX_VALUE};
        la[0]++;
        System.out.println("long[] MAX++ = " + la[0]);
        byte[] ba = {-128};
        ba[0]--;
        System.out.println("byte[] -128-- = " + ba[0]);
        char[] ca = {'y'};
        ca[0]++;
        ca[0]++;
        System.out.println("char[] y++ ++ = " + ca[0] + " (" + (int) ca[0] + ")");
        short[] sa = {32767};
        System.out.println("short[] post-inc value = " + sa[0]++ + " then " + sa[0]);
        float[] fa = {1.5f};
        System.out.println("float[] pre-dec = " + --fa[0]);
        double[] da = {2.25};
        da[0]++;
        System.out.println("double[] ++ = " + da[0]);

        sCount++;
        ++sCount;
        System.out.println("static field incs = " + sCount + ", post-dec value = " + sCount-- + " now " + sCount);
        sLong++;
        System.out.println("static long MAX++ = " + sLong);
        IncDec obj = new IncDec();
        obj.iCount++;
        System.out.println("instance field ++ = " + obj.iCount + ", pre-dec = " + --obj.iCount);
        obj.dField--;
        System.out.println("instance double -- = " + obj.dField);
        Integer boxed = 127;
        boxed++;
        System.out.println("Integer 127++ = " + boxed);
        Character bc = 'a';
        bc++;
        System.out.println("Character 'a'++ = " + bc);
        Long bl = -1L;
        bl--;
        System.out.println("Long -1-- = " + bl);
        Double bd = 0.25;
        bd++;
        System.out.println("Double 0.25++ = " + bd);
        int total = 0;
        for (int n = 10; n-- > 0; ) {
            total += n;
        }
        System.out.println("countdown total = " + total);
        int m = 0;
        while (m++ < 5) {
            total -= m;
        }
        System.out.println("after while: total=" + total + " m=" + m);
        int q = 7;
        q = -q++ + -(--q);
        System.out.println("q expr = " + q);
    }
}
