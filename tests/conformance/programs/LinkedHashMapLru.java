import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

// LinkedHashMap: insertion order (re-put keeps the position, remove + put moves to the end),
// access order (get/put/getOrDefault move an entry to the end; containsKey does not), and an
// LRU cache via removeEldestEntry, with the evictions logged.
public class LinkedHashMapLru {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        final int capacity;
        final StringBuilder evicted = new StringBuilder();

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            if (size() > capacity) {
                evicted.append(eldest.getKey()).append(' ');
                return true;
            }
            return false;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> ins = new LinkedHashMap<String, Integer>();
        String[] keys = {"delta", "alpha", "echo", "bravo", "charlie", "foxtrot", "golf", "hotel"};
        for (int i = 0; i < keys.length; i++) ins.put(keys[i], i);
        System.out.println("insertion order: " + ins);
        ins.put("alpha", 100);
        System.out.println("re-put alpha keeps place: " + ins);
        ins.remove("echo");
        ins.put("echo", 200);
        System.out.println("remove+put echo moves to end: " + ins);
        ins.get("delta");
        System.out.println("get does not reorder: " + ins.keySet());

        Map<Integer, String> acc = new LinkedHashMap<Integer, String>(8, 0.75f, true);
        for (int i = 1; i <= 6; i++) acc.put(i * 11, "v" + i);
        System.out.println("access map: " + acc);
        acc.get(22);
        acc.get(44);
        System.out.println("after get 22, 44: " + acc.keySet());
        acc.put(11, "new");
        System.out.println("after put 11: " + acc);
        acc.containsKey(33);
        acc.containsValue("v5");
        System.out.println("containsKey/containsValue keep order: " + acc.keySet());
        acc.getOrDefault(55, "none");
        acc.getOrDefault(999, "none");
        System.out.println("after getOrDefault 55 and missing: " + acc.keySet());
        acc.putIfAbsent(33, "ignored");
        System.out.println("after putIfAbsent 33: " + acc);
        acc.get(12345);
        System.out.println("get of missing key: " + acc.keySet());

        Lru<String, Integer> cache = new Lru<String, Integer>(3);
        String[] ops = {"a", "b", "c", "a", "d", "b", "e", "a", "c", "f", "f", "a", "g"};
        StringBuilder hits = new StringBuilder();
        for (String k : ops) {
            Integer v = cache.get(k);
            if (v != null) {
                hits.append(k).append(' ');
                cache.put(k, v + 1);
            } else {
                cache.put(k, 1);
            }
            System.out.println("access " + k + " -> " + cache);
        }
        System.out.println("hits: " + hits.toString().trim());
        System.out.println("evicted: " + cache.evicted.toString().trim());

        Iterator<Map.Entry<String, Integer>> it = cache.entrySet().iterator();
        Map.Entry<String, Integer> first = it.next();
        System.out.println("eldest entry now: " + first.getKey() + "=" + first.getValue());
        it.remove();
        System.out.println("after iterator remove: " + cache);

        // A bounded insertion-ordered map keeping the 4 most recent log lines.
        Map<Integer, String> recent = new LinkedHashMap<Integer, String>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> e) {
                return size() > 4;
            }
        };
        for (int i = 1; i <= 9; i++) recent.put(i, "line" + i);
        System.out.println("4 most recent: " + recent);
        recent.put(7, "LINE7");
        System.out.println("re-put in insertion order: " + recent);

        Map<Integer, Integer> copy = new LinkedHashMap<Integer, Integer>();
        for (int i = 10; i > 0; i--) copy.put(i * i % 17, i);
        System.out.println("squares mod 17: " + copy + " values=" + copy.values());
        System.out.println("equals HashMap with same entries: " + copy.equals(new java.util.HashMap<Integer, Integer>(copy)));
    }
}
