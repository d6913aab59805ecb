import java.util.HashMap;
import java.util.Map;

// HashMap iteration order for Integer, Long, Character, String, Boolean, Double keys and mixed
// key types; order follows the JDK's (h ^ h >>> 16) & (n - 1) bucket layout exactly.
public class HashMapKeyOrder {
    public static void main(String[] args) {
        Map<Integer, String> ints = new HashMap<Integer, String>();
        int[] ik = {100, 3, 17, -4, 65536, 1 << 20, 31, 16, 0, 48, -65536, 7, 99999, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int k : ik) ints.put(k, "i" + k);
        System.out.println("Integer keys: " + ints);
        System.out.println("keySet: " + ints.keySet());

        Map<Long, Integer> longs = new HashMap<Long, Integer>();
        long[] lk = {1L, 1L << 32, (1L << 32) + 1, -1L, 0L, 123456789012L, Long.MIN_VALUE, Long.MAX_VALUE, 42L, 1L << 40};
        for (int i = 0; i < lk.length; i++) longs.put(lk[i], i);
        System.out.println("Long keys: " + longs);

        Map<Character, Integer> chars = new HashMap<Character, Integer>();
        String s = "Hello, HashMap World! 0123 xyz";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Integer n = chars.get(c);
            chars.put(c, n == null ? 1 : n + 1);
        }
        System.out.println("Character keys: " + chars);

        Map<String, Integer> strings = new HashMap<String, Integer>();
        String[] sk = {"zebra", "apple", "Aa", "BB", "mango", "", "banana", "cherry", "date", "elderberry", "fig", "grape",
            "a", "b", "c", "AaAa", "BBBB", "AaBB", "polygenelubricants"};
        for (int i = 0; i < sk.length; i++) strings.put(sk[i], sk[i].length());
        System.out.println("String keys: " + strings);

        Map<Boolean, String> bools = new HashMap<Boolean, String>();
        bools.put(true, "yes");
        bools.put(false, "no");
        System.out.println("Boolean keys: " + bools);

        Map<Double, String> doubles = new HashMap<Double, String>();
        double[] dk = {0.0, -0.0, 1.5, Double.NaN, 3.25, -7.0, 1e100, Double.MIN_VALUE};
        for (double d : dk) doubles.put(d, Double.toString(d));
        System.out.println("Double keys: " + doubles + " get(NaN)=" + doubles.get(Double.NaN) + " size=" + doubles.size());

        Map<Object, String> mixed = new HashMap<Object, String>();
        mixed.put(1, "int");
        mixed.put(1L, "long");
        mixed.put('1', "char");
        mixed.put("1", "string");
        mixed.put((short) 1, "short");
        mixed.put((byte) 1, "byte");
        mixed.put(1.0f, "float");
        mixed.put(null, "null key");
        System.out.println("mixed: " + mixed + " get(null)=" + mixed.get(null) + " containsKey(1L)=" + mixed.containsKey(1L));

        StringBuilder entries = new StringBuilder();
        for (Map.Entry<String, Integer> e : strings.entrySet()) {
            if (e.getValue() == 4) e.setValue(-4);
            entries.append(e.getKey()).append(':').append(e.getValue()).append(' ');
        }
        System.out.println("entries with setValue: " + entries.toString().trim());
        System.out.println("values: " + strings.values());
        System.out.println("hashCode: ints=" + ints.hashCode() + " strings=" + strings.hashCode() + " longs=" + longs.hashCode());
        Map<String, Integer> copy = new HashMap<String, Integer>(strings);
        System.out.println("copy: " + copy);
        System.out.println("copy equals=" + copy.equals(strings));
        Map<Integer, Integer> presized = new HashMap<Integer, Integer>(4);
        for (int i = 40; i >= 0; i -= 5) presized.put(i, i / 5);
        System.out.println("presized 4, descending puts: " + presized);
    }
}
