import java.util.Arrays;
import java.util.Comparator;

// java.util.Arrays.sort for every primitive type (with -0.0/NaN ordering for floating point,
// negative numbers, chars above 0x7fff), ranges, larger arrays that take the dual-pivot and
// merge paths, object sorts (natural, Comparator, stability), and sort range checks.
public class ArraysSorting {
    static int seed = 17;

    static int next() {
        seed = seed * 1103515245 + 12345;
        return seed;
    }

    public static void main(String[] args) {
        int[] ia = {5, -3, 2147483647, 0, -2147483648, 42, 7, -3, 19};
        Arrays.sort(ia);
        System.out.println("int: " + Arrays.toString(ia));
        long[] la = {5L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0L, 1L << 40, -(1L << 40)};
        Arrays.sort(la);
        System.out.println("long: " + Arrays.toString(la));
        short[] sa = {300, -300, 32767, -32768, 0, 1};
        Arrays.sort(sa);
        System.out.println("short: " + Arrays.toString(sa));
        byte[] ba = {127, -128, 0, -1, 1, 64, -64};
        Arrays.sort(ba);
        System.out.println("byte: " + Arrays.toString(ba));
        char[] ca = {'z', 'A', '\uffff', '0', '\u8000', ' ', 'a', '\u0000'};
        Arrays.sort(ca);
        StringBuilder sb = new StringBuilder();
        for (char c : ca) sb.append(Integer.toHexString(c)).append(' ');
        System.out.println("char: " + sb.toString().trim());
        double[] da = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1e300, Double.MIN_VALUE, 0.0, -0.0,
            Double.POSITIVE_INFINITY, Double.NaN, -2.5};
        Arrays.sort(da);
        System.out.println("double: " + Arrays.toString(da));
        float[] fa = {Float.NaN, 1.5f, -0.0f, 0.0f, -1.5f, Float.MAX_VALUE, -Float.MAX_VALUE, 0.0f, -0.0f};
        Arrays.sort(fa);
        System.out.println("float: " + Arrays.toString(fa));
        boolean negFirst = 1 / da[3] < 0;
        System.out.println("-0.0 before 0.0: " + negFirst + " binarySearch(-0.0)=" + (Arrays.binarySearch(da, -0.0) >= 0)
                + " binarySearch(NaN)=" + Arrays.binarySearch(da, Double.NaN));

        int[] range = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Arrays.sort(range, 2, 7);
        System.out.println("range sort [2,7): " + Arrays.toString(range));
        double[] dr = {5, 4, Double.NaN, -0.0, 0.0, 1, 0};
        Arrays.sort(dr, 1, 6);
        System.out.println("double range sort [1,6): " + Arrays.toString(dr));

        // large arrays (insertion sort, dual-pivot quicksort, counting sort for bytes/chars/shorts)
        int[] big = new int[5000];
        for (int i = 0; i < big.length; i++) big[i] = next() % 1000;
        Arrays.sort(big);
        boolean sorted = true;
        long sum = 0;
        for (int i = 0; i < big.length; i++) {
            if (i > 0 && big[i - 1] > big[i]) sorted = false;
            sum += big[i];
        }
        System.out.println("5000 ints sorted=" + sorted + " min=" + big[0] + " max=" + big[4999] + " median=" + big[2500] + " sum=" + sum);
        byte[] bb = new byte[3000];
        for (int i = 0; i < bb.length; i++) bb[i] = (byte) next();
        Arrays.sort(bb);
        System.out.println("3000 bytes: first=" + bb[0] + " mid=" + bb[1500] + " last=" + bb[2999]);
        double[] bd = new double[2000];
        for (int i = 0; i < bd.length; i++) bd[i] = (i % 50 == 0) ? (i % 100 == 0 ? -0.0 : Double.NaN) : (next() % 1000) / 8.0;
        Arrays.sort(bd);
        int nan = 0, negZero = 0;
        for (double d : bd) {
            if (Double.isNaN(d)) nan++;
            if (d == 0.0 && 1 / d < 0) negZero++;
        }
        System.out.println("2000 doubles: first=" + bd[0] + " last non-NaN=" + bd[2000 - nan - 1] + " NaNs at end=" + nan + " -0.0 count=" + negZero);
        long[] bl = new long[300];
        for (int i = 0; i < bl.length; i++) bl[i] = ((long) next() << 32) ^ next();
        Arrays.sort(bl);
        System.out.println("300 longs: " + bl[0] + " .. " + bl[299]);

        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry", "date"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        System.out.println("strings natural: " + Arrays.toString(w1));
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive (stable): " + Arrays.toString(w2));
        String[] w3 = words.clone();
        Arrays.sort(w3, new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        });
        System.out.println("by length (stable): " + Arrays.toString(w3));
        String[] w4 = words.clone();
        Arrays.sort(w4, 2, 6);
        System.out.println("object range sort [2,6): " + Arrays.toString(w4));
        Integer[] boxed = {3, 1, 2, 5, 4, 0};
        Arrays.sort(boxed, java.util.Collections.<Integer>reverseOrder());
        System.out.println("boxed reverse: " + Arrays.toString(boxed));

        // stability over many equal keys (merge sort path)
        Integer[] keys = new Integer[100];
        for (int i = 0; i < keys.length; i++) keys[i] = i;
        Arrays.sort(keys, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) {
                return (a % 5) - (b % 5);
            }
        });
        sb.setLength(0);
        for (int i = 0; i < 100; i += 9) sb.append(keys[i]).append(' ');
        System.out.println("stable mod-5 sort sample: " + sb.toString().trim());

        try {
            Arrays.sort(new int[3], 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("sort(2,1): " + e.getMessage());
        }
        try {
            Arrays.sort(new int[3], -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("sort(-1,2): " + e.getMessage());
        }
        try {
            Arrays.sort(new long[3], 0, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("sort(0,4): " + e.getMessage());
        }
        try {
            Arrays.sort(new Object[] {"a", 1});
        } catch (ClassCastException e) {
            System.out.println("mixed objects: ClassCastException");
        }
    }
}
