public class ArrayBasics {
    public static void main(String[] args) {
        boolean[] z = new boolean[2];
        byte[] b = new byte[2];
        short[] s = new short[2];
        char[] c = new char[2];
        int[] i = new int[2];
        long[] l = new long[2];
        float[] f = new float[2];
        double[] d = new double[2];
        String[] str = new String[2];
        System.out.println("defaults: " + z[0] + " " + b[0] + " " + s[0] + " " + (int) c[0] + " " + i[0] + " " + l[0] + " " + f[0] + " " + d[0] + " " + str[0]);
        System.out.println("lengths: " + z.length + b.length + s.length + c.length + i.length + l.length + f.length + d.length + str.length);
        b[0] = (byte) 200;
        s[0] = (short) 40000;
        c[0] = (char) 65601;
        i[0] = Integer.MIN_VALUE;
        l[0] = Long.MAX_VALUE;
        f[0] = 1.1f;
        d[0] = 1.1;
        z[0] = true;
        System.out.println("stored: " + z[0] + " " + b[0] + " " + s[0] + " " + c[0] + " " + i[0] + " " + l[0] + " " + f[0] + " " + d[0]);
        int[] lit = {5, 4, 3, 2, 1};
        int[] copy = lit.clone();
        copy[0] = 100;
        System.out.println("clone independent: " + lit[0] + " vs " + copy[0] + ", same class: " + (lit.getClass() == copy.getClass()));
        int[] empty = {};
        System.out.println("empty length: " + empty.length + ", clone of empty length: " + empty.clone().length);
        System.arraycopy(lit, 0, lit, 1, 4);
        System.out.print("arraycopy overlap right:");
        for (int v : lit) System.out.print(" " + v);
        System.out.println();
        int[] src = {1, 2, 3, 4, 5};
        System.arraycopy(src, 1, src, 0, 4);
        System.out.print("arraycopy overlap left:");
        for (int v : src) System.out.print(" " + v);
        System.out.println();
        Object[] objs = {"a", 1, 2.0, null};
        String[] strs = new String[3];
        System.arraycopy(new String[] {"x", "y", "z"}, 0, strs, 0, 3);
        Object[] target = new Object[4];
        System.arraycopy(objs, 0, target, 0, 4);
        System.out.println("object arraycopy: " + strs[2] + " " + target[1] + " " + target[3]);
        char[] word = "hello".toCharArray();
        for (int x = 0, y = word.length - 1; x < y; x++, y--) {
            char t = word[x];
            word[x] = word[y];
            word[y] = t;
        }
        System.out.println("reversed chars: " + new String(word));
        long[] fibs = new long[90];
        fibs[0] = 0;
        fibs[1] = 1;
        for (int k = 2; k < fibs.length; k++) fibs[k] = fibs[k - 1] + fibs[k - 2];
        System.out.println("fib[89] = " + fibs[89]);
        double[] samples = {3.5, -1.25, 8.0, 0.5, 2.75};
        double sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (double v : samples) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        System.out.println("sum=" + sum + " min=" + min + " max=" + max + " mean=" + sum / samples.length);
        int[] counts = new int[26];
        for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            if (ch >= 'a' && ch <= 'z') counts[ch - 'a']++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 26; k++) {
            if (counts[k] > 1) sb.append((char) ('a' + k)).append(counts[k]);
        }
        System.out.println("letter counts > 1: " + sb);
        byte[] bytes = new byte[256];
        for (int k = 0; k < 256; k++) bytes[k] = (byte) k;
        int checksum = 0;
        for (byte x : bytes) checksum = checksum * 31 + x;
        System.out.println("byte checksum: " + checksum);
        short[] shorts = {Short.MAX_VALUE, Short.MIN_VALUE};
        shorts[0]++;
        shorts[1]--;
        System.out.println("short wrap in array: " + shorts[0] + " " + shorts[1]);
        float[] fl = new float[3];
        fl[0] = 0.1f;
        fl[1] = fl[0] * 3;
        fl[2] = fl[1] / 0;
        System.out.println("floats: " + fl[0] + " " + fl[1] + " " + fl[2]);
        boolean[] sieve = new boolean[50];
        int primes = 0;
        for (int p = 2; p < sieve.length; p++) {
            if (!sieve[p]) {
                primes++;
                for (int q = p * p; q < sieve.length; q += p) sieve[q] = true;
            }
        }
        System.out.println("primes below 50: " + primes);
        int[] big = new int[1 << 16];
        for (int k = 0; k < big.length; k++) big[k] = k * k;
        long bigSum = 0;
        for (int v : big) bigSum += v;
        System.out.println("sum of k*k (int overflow per element) = " + bigSum);
        Object arr = new int[] {1};
        System.out.println("array is Object: " + (arr instanceof Object) + ", is Cloneable: " + (arr instanceof Cloneable));
        String[] sorted = {"pear", "Apple", "banana", "cherry", "apple"};
        for (int x = 1; x < sorted.length; x++) {
            String key = sorted[x];
            int y = x - 1;
            while (y >= 0 && sorted[y].compareTo(key) > 0) {
                sorted[y + 1] = sorted[y];
                y--;
            }
            sorted[y + 1] = key;
        }
        System.out.println("insertion sorted: " + String.join(",", sorted));
    }
}
