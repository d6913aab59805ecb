import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

// TreeMap navigation: floor/ceiling/higher/lower (keys and entries), first/last/poll,
// headMap/tailMap/subMap with inclusive flags, descendingMap, views writing through, view
// range checks, comparators, and null-key handling.
public class TreeMapNavigation {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<Integer, String>();
        int[] ks = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65};
        for (int k : ks) m.put(k, "v" + k);
        System.out.println("map: " + m);
        int[] probes = {5, 10, 27, 50, 66, 90, 95};
        for (int p : probes) {
            System.out.println("probe " + p + ": floor=" + m.floorKey(p) + " ceiling=" + m.ceilingKey(p)
                    + " lower=" + m.lowerKey(p) + " higher=" + m.higherKey(p));
        }
        System.out.println("floorEntry(33)=" + m.floorEntry(33) + " ceilingEntry(33)=" + m.ceilingEntry(33)
                + " higherEntry(90)=" + m.higherEntry(90));
        System.out.println("firstKey=" + m.firstKey() + " lastKey=" + m.lastKey() + " firstEntry=" + m.firstEntry()
                + " lastEntry=" + m.lastEntry());

        System.out.println("headMap(30)=" + m.headMap(30) + " headMap(30, true)=" + m.headMap(30, true));
        System.out.println("tailMap(70)=" + m.tailMap(70) + " tailMap(70, false)=" + m.tailMap(70, false));
        System.out.println("subMap(20, 70)=" + m.subMap(20, 70) + " subMap(20, false, 70, true)=" + m.subMap(20, false, 70, true));
        NavigableMap<Integer, String> desc = m.descendingMap();
        System.out.println("descendingMap=" + desc + " first=" + desc.firstKey() + " floor(33)=" + desc.floorKey(33));
        System.out.println("descendingKeySet=" + m.descendingKeySet() + " navigableKeySet.headSet(35)=" + m.navigableKeySet().headSet(35));

        SortedMap<Integer, String> view = m.subMap(20, 70);
        view.put(40, "new40");
        view.remove(25);
        System.out.println("after editing subMap view: " + m);
        try {
            view.put(75, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("put outside view: " + e.getMessage());
        }
        m.put(22, "added-to-backing");
        System.out.println("view sees backing change: " + view + " size=" + view.size());

        System.out.println("pollFirstEntry=" + m.pollFirstEntry() + " pollLastEntry=" + m.pollLastEntry() + " -> " + m);
        Map.Entry<Integer, String> e = m.firstEntry();
        try {
            e.setValue("x");
        } catch (UnsupportedOperationException ex) {
            System.out.println("firstEntry().setValue: UnsupportedOperationException");
        }
        for (Map.Entry<Integer, String> en : m.entrySet()) if (en.getKey() % 20 == 0) en.setValue(en.getValue().toUpperCase());
        System.out.println("entrySet setValue: " + m);

        TreeMap<String, Integer> byLength = new TreeMap<String, Integer>(new java.util.Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b);
            }
        });
        for (String w : "one two three four five six seven eight nine ten eleven twelve".split(" ")) byLength.put(w, w.length());
        System.out.println("by length: " + byLength.keySet());
        System.out.println("ceilingKey(\"zzzz\")=" + byLength.ceilingKey("zzzz") + " headMap(\"four\")=" + byLength.headMap("four").keySet());
        TreeMap<String, Integer> rev = new TreeMap<String, Integer>(Collections.<String>reverseOrder());
        rev.putAll(byLength);
        System.out.println("reverse order: " + rev.keySet() + " first=" + rev.firstKey());
        TreeMap<String, Integer> ci = new TreeMap<String, Integer>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1);
        ci.put("apple", 2);
        ci.put("BANANA", 3);
        ci.put("banana", 4);
        ci.put("Cherry", 5);
        System.out.println("case-insensitive: " + ci + " get(APPLE)=" + ci.get("APPLE"));

        TreeMap<Integer, String> empty = new TreeMap<Integer, String>();
        System.out.println("empty: firstEntry=" + empty.firstEntry() + " pollFirstEntry=" + empty.pollFirstEntry()
                + " floorKey(1)=" + empty.floorKey(1));
        try {
            empty.firstKey();
        } catch (NoSuchElementException ex) {
            System.out.println("firstKey on empty: NoSuchElementException");
        }
        try {
            m.put(null, "n");
        } catch (NullPointerException ex) {
            System.out.println("null key: NullPointerException");
        }
        try {
            m.subMap(70, 20);
        } catch (IllegalArgumentException ex) {
            System.out.println("subMap(70, 20): " + ex.getMessage());
        }
        TreeMap<Object, Integer> raw = new TreeMap<Object, Integer>();
        raw.put("s", 1);
        try {
            raw.put(1, 2);
        } catch (ClassCastException ex) {
            System.out.println("mixed key types: ClassCastException");
        }
        System.out.println("containsValue(V65)=" + m.containsValue("v65") + " remove(65)=" + m.remove(65) + " size=" + m.size());
        System.out.println("hashCode=" + m.hashCode() + " equals copy=" + m.equals(new TreeMap<Integer, String>(m)));
    }
}
