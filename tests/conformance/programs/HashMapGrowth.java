import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

// HashMap order through resizes (16 -> 32 -> 64 ... at 0.75 load), after removals and
// re-insertions, with custom hashCode keys (colliding buckets, and one bucket that grows past
// the treeify threshold), and with a custom load factor.
public class HashMapGrowth {
    static final class Key implements Comparable<Key> {
        final String name;
        final int hash;

        Key(String name, int hash) {
            this.name = name;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).name.equals(name);
        }

        public int compareTo(Key o) {
            return name.compareTo(o.name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) {
        Map<Integer, Integer> m = new HashMap<Integer, Integer>();
        int[] checkpoints = {12, 13, 24, 25, 48, 49, 100};
        int next = 0;
        for (int i = 0; i < 100; i++) {
            m.put(i * 37 % 211, i);
            if (next < checkpoints.length && m.size() == checkpoints[next]) {
                System.out.println("size " + m.size() + ": " + m.keySet());
                next++;
            }
        }
        Iterator<Integer> it = m.keySet().iterator();
        while (it.hasNext()) if (it.next() % 3 != 0) it.remove();
        System.out.println("after removing non-multiples of 3 (" + m.size() + "): " + m.keySet());
        for (int i = 0; i < 10; i++) m.put(1000 + i * 64, -i);
        System.out.println("re-inserted: " + m);

        Map<Key, Integer> coll = new HashMap<Key, Integer>();
        String[] names = {"k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"};
        for (int i = 0; i < names.length; i++) coll.put(new Key(names[i], i % 3 + 16 * (i % 2)), i);
        System.out.println("collisions (3 buckets): " + coll);
        coll.remove(new Key("k4", 16));
        coll.put(new Key("k4", 16), 40);
        coll.put(new Key("k1", 0), 10);
        System.out.println("after remove/re-put k4 and overwrite k1: " + coll);

        // Twelve keys in one bucket: the bin is treeified once the table has 64 slots.
        Map<Key, Integer> tree = new HashMap<Key, Integer>();
        String[] tn = {"m", "c", "x", "a", "q", "e", "z", "b", "n", "d", "y", "f"};
        for (int i = 0; i < tn.length; i++) {
            tree.put(new Key(tn[i], 5), i);
            System.out.println("same-hash put " + tn[i] + ": " + tree.keySet());
        }
        System.out.println("get(f)=" + tree.get(new Key("f", 5)) + " get(zz)=" + tree.get(new Key("zz", 5)));
        for (String r : new String[] {"a", "x", "m", "f", "b", "c", "d"}) tree.remove(new Key(r, 5));
        System.out.println("after removing 7 same-hash keys: " + tree);
        for (int i = 0; i < 30; i++) tree.put(new Key("o" + i, i * 3), i);
        System.out.println("with other keys: " + tree.keySet());

        Map<String, Integer> lf = new HashMap<String, Integer>(2, 4.0f);
        for (int i = 0; i < 20; i++) lf.put("s" + i, i);
        System.out.println("load factor 4.0: " + lf.keySet());
        Map<String, Integer> low = new HashMap<String, Integer>(16, 0.25f);
        for (int i = 0; i < 20; i++) low.put("s" + i, i);
        System.out.println("load factor 0.25: " + low.keySet());

        // putAll into an empty map presizes its table
        Map<Integer, Integer> src = new HashMap<Integer, Integer>();
        for (int i = 0; i < 13; i++) src.put(i * 16, i);
        Map<Integer, Integer> dst = new HashMap<Integer, Integer>();
        dst.putAll(src);
        System.out.println("src: " + src.keySet());
        System.out.println("dst after putAll: " + dst.keySet());
        Map<Integer, Integer> cons = new HashMap<Integer, Integer>(src);
        System.out.println("copy constructor: " + cons.keySet());
        m.clear();
        for (int i = 15; i >= 0; i--) m.put(i * 17, i);
        System.out.println("cleared map keeps its table: " + m.keySet());
    }
}
