import java.util.Arrays;
import java.util.List;

// java.util.Arrays helpers: fill (whole/range), copyOf (truncate/pad), copyOfRange, asList
// write-through and fixed size, equals/deepEquals, hashCode/deepHashCode, toString/
// deepToString (nested, null, self-reference), binarySearch with insertion points.
public class ArraysUtil {
    public static void main(String[] args) {
        int[] a = new int[8];
        Arrays.fill(a, 7);
        Arrays.fill(a, 2, 5, -1);
        System.out.println("fill: " + Arrays.toString(a));
        char[] cs = new char[5];
        Arrays.fill(cs, 'x');
        boolean[] bs = new boolean[3];
        Arrays.fill(bs, 1, 3, true);
        double[] ds = new double[4];
        Arrays.fill(ds, -0.0);
        System.out.println("fill char/boolean/double: " + Arrays.toString(cs) + " " + Arrays.toString(bs) + " " + Arrays.toString(ds));
        String[] ss = new String[3];
        Arrays.fill(ss, "s");
        System.out.println("fill objects: " + Arrays.toString(ss));

        int[] src = {1, 2, 3, 4, 5};
        System.out.println("copyOf 3: " + Arrays.toString(Arrays.copyOf(src, 3)) + " copyOf 8: " + Arrays.toString(Arrays.copyOf(src, 8)));
        System.out.println("copyOfRange(1,4): " + Arrays.toString(Arrays.copyOfRange(src, 1, 4))
                + " copyOfRange(3,7): " + Arrays.toString(Arrays.copyOfRange(src, 3, 7)));
        String[] strs = {"a", "b"};
        String[] padded = Arrays.copyOf(strs, 4);
        System.out.println("copyOf strings: " + Arrays.toString(padded) + " type=" + padded.getClass().getSimpleName());
        Object[] widened = Arrays.copyOf(strs, 3, Object[].class);
        System.out.println("copyOf to Object[]: " + widened.getClass().getSimpleName() + " " + Arrays.toString(widened));
        System.out.println("copyOf long/byte/float: " + Arrays.toString(Arrays.copyOf(new long[] {9L}, 2)) + " "
                + Arrays.toString(Arrays.copyOf(new byte[] {1, 2, 3}, 2)) + " " + Arrays.toString(Arrays.copyOf(new float[] {1.5f}, 3)));
        try {
            Arrays.copyOf(src, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf(-1): NegativeArraySizeException");
        }
        try {
            Arrays.copyOfRange(src, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange(4,2): " + e.getMessage());
        }
        try {
            Arrays.copyOfRange(src, 6, 7);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("copyOfRange(6,7): ArrayIndexOutOfBoundsException");
        }

        String[] backing = {"one", "two", "three"};
        List<String> view = Arrays.asList(backing);
        view.set(1, "TWO");
        backing[2] = "THREE";
        System.out.println("asList write-through: " + view + " " + Arrays.toString(backing) + " size=" + view.size());
        try {
            view.add("four");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList.add: UnsupportedOperationException");
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList.remove: UnsupportedOperationException");
        }
        System.out.println("asList indexOf=" + view.indexOf("TWO") + " contains(one)=" + view.contains("one")
                + " asList() empty=" + Arrays.asList().size() + " varargs=" + Arrays.asList(1, 2, 3));
        List<int[]> prim = Arrays.asList(new int[] {1, 2});
        System.out.println("asList(int[]) size=" + prim.size());

        System.out.println("equals int=" + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " lengths differ=" + Arrays.equals(new int[] {1}, new int[] {1, 0})
                + " null/null=" + Arrays.equals((int[]) null, (int[]) null));
        System.out.println("equals double NaN=" + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
                + " 0.0 vs -0.0=" + Arrays.equals(new double[] {0.0}, new double[] {-0.0}));
        Object[] n1 = {1, new int[] {2, 3}, new String[] {"x"}};
        Object[] n2 = {1, new int[] {2, 3}, new String[] {"x"}};
        System.out.println("equals nested=" + Arrays.equals(n1, n2) + " deepEquals=" + Arrays.deepEquals(n1, n2));
        System.out.println("hashCode int=" + Arrays.hashCode(new int[] {1, 2, 3}) + " long=" + Arrays.hashCode(new long[] {1L << 33, -1L})
                + " double=" + Arrays.hashCode(new double[] {1.5, -0.0}) + " boolean=" + Arrays.hashCode(new boolean[] {true, false})
                + " char=" + Arrays.hashCode(new char[] {'h', 'i'}) + " null=" + Arrays.hashCode((int[]) null));
        System.out.println("hashCode objects=" + Arrays.hashCode(new Object[] {"a", null, 7}) + " deepHashCode="
                + Arrays.deepHashCode(new Object[] {new int[] {1}, new Object[] {"b", new long[] {2}}}));
        System.out.println("toString: " + Arrays.toString(new boolean[] {true}) + Arrays.toString(new byte[0]) + Arrays.toString((int[]) null)
                + Arrays.toString(new short[] {-1, 2}) + Arrays.toString(new float[] {0.1f, 1e10f}));
        Object[] deep = {1, new int[][] {{1, 2}, {3}}, null, new String[] {"s", null}, new double[] {0.5}};
        System.out.println("deepToString: " + Arrays.deepToString(deep));
        Object[] self = new Object[2];
        self[0] = "me";
        self[1] = self;
        System.out.println("self-reference: " + Arrays.deepToString(self));
        System.out.println("2D int: " + Arrays.deepToString(new int[3][2]) + " jagged: " + Arrays.deepToString(new int[][] {{}, {1}, null}));

        int[] sorted = {-9, -4, 0, 3, 3, 8, 15, 22};
        for (int key : new int[] {-9, 22, 8, -10, 1, 100, 16}) {
            System.out.println("binarySearch " + key + " -> " + Arrays.binarySearch(sorted, key));
        }
        System.out.println("binarySearch range [2,5) for 8 -> " + Arrays.binarySearch(sorted, 2, 5, 8));
        char[] alpha = "acegikmoqsuwy".toCharArray();
        System.out.println("char search: " + Arrays.binarySearch(alpha, 'm') + " " + Arrays.binarySearch(alpha, 'n'));
        String[] names = {"ann", "bob", "cat", "dan"};
        System.out.println("string search: " + Arrays.binarySearch(names, "cat") + " " + Arrays.binarySearch(names, "aaa") + " " + Arrays.binarySearch(names, "zed"));
        double[] dd = {-1.0, -0.0, 0.0, 2.0, Double.NaN};
        System.out.println("double search: -0.0->" + Arrays.binarySearch(dd, -0.0) + " 0.0->" + Arrays.binarySearch(dd, 0.0) + " NaN->" + Arrays.binarySearch(dd, Double.NaN) + " 1.0->" + Arrays.binarySearch(dd, 1.0));
    }
}
