public class SortAlgorithms {
    static long seed = 12345;

    static int nextInt(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    static void quickSort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        quickSort(a, lo, j);
        quickSort(a, i, hi);
    }

    static void mergeSort(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heapSort(double[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            double t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(double[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            double t = a[i];
            a[i] = a[m];
            a[m] = t;
            i = m;
        }
    }

    static <T extends Comparable<T>> void insertionSort(T[] a) {
        for (int i = 1; i < a.length; i++) {
            T key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void countingSort(char[] cs) {
        int[] counts = new int[65536];
        for (char c : cs) counts[c]++;
        int k = 0;
        for (int c = 0; c < counts.length; c++) {
            while (counts[c]-- > 0) cs[k++] = (char) c;
        }
    }

    public static void main(String[] args) {
        int[] ints = new int[2000];
        for (int i = 0; i < ints.length; i++) ints[i] = nextInt(100000) - 50000;
        quickSort(ints, 0, ints.length - 1);
        boolean ok = true;
        long check = 0;
        for (int i = 0; i < ints.length; i++) {
            if (i > 0 && ints[i - 1] > ints[i]) ok = false;
            check = check * 31 + ints[i];
        }
        System.out.println("quickSort sorted=" + ok + " min=" + ints[0] + " max=" + ints[ints.length - 1] + " median=" + ints[1000] + " check=" + check);
        long[] longs = new long[1500];
        for (int i = 0; i < longs.length; i++) longs[i] = ((long) nextInt(1 << 30) << 20) - (1L << 48);
        mergeSort(longs, new long[longs.length], 0, longs.length);
        ok = true;
        for (int i = 1; i < longs.length; i++) if (longs[i - 1] > longs[i]) ok = false;
        System.out.println("mergeSort sorted=" + ok + " first=" + longs[0] + " last=" + longs[longs.length - 1]);
        double[] ds = new double[1000];
        for (int i = 0; i < ds.length; i++) ds[i] = (nextInt(2000000) - 1000000) / 1024.0;
        ds[17] = -0.0;
        ds[18] = 0.0;
        heapSort(ds);
        ok = true;
        for (int i = 1; i < ds.length; i++) if (ds[i - 1] > ds[i]) ok = false;
        System.out.println("heapSort sorted=" + ok + " first=" + ds[0] + " last=" + ds[ds.length - 1] + " middle=" + ds[500]);
        String[] words = "the quick brown fox jumps over the lazy dog while Zebras and apples sit quietly".split(" ");
        insertionSort(words);
        System.out.println("insertionSort strings: " + String.join(" ", words));
        Integer[] boxed = {5, -3, 12, 0, -3, 99, 7};
        insertionSort(boxed);
        StringBuilder sb = new StringBuilder();
        for (Integer b : boxed) sb.append(b).append(' ');
        System.out.println("insertionSort Integers: " + sb);
        char[] letters = "counting sort works on chars \u00e9\u00e8\u20ac".toCharArray();
        countingSort(letters);
        System.out.println("countingSort: [" + new String(letters).trim() + "]");
    }
}
