import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.Map;

// java.util.Hashtable iteration order (keys(), elements(), toString, keySet, entrySet) with
// many Integer and String keys, through rehashes (capacity 11 -> 23 -> 47 ...), removals,
// custom initial capacities, and the null key/value NullPointerException.
public class HashtableOrder {
    static String keys(Hashtable<?, ?> h) {
        StringBuilder sb = new StringBuilder();
        for (Enumeration<?> e = h.keys(); e.hasMoreElements();) sb.append(e.nextElement()).append(' ');
        return sb.toString().trim();
    }

    static String elements(Hashtable<?, ?> h) {
        StringBuilder sb = new StringBuilder();
        for (Enumeration<?> e = h.elements(); e.hasMoreElements();) sb.append(e.nextElement()).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        Hashtable<Integer, String> h = new Hashtable<Integer, String>();
        for (int i = 0; i < 8; i++) h.put(i * 7, "v" + i);
        System.out.println("8 keys: " + h);
        System.out.println("keys(): " + keys(h));
        System.out.println("elements(): " + elements(h));
        System.out.println("keySet: " + h.keySet());
        System.out.println("values: " + h.values());
        for (int i = 8; i < 40; i++) h.put(i * 7, "v" + i);
        System.out.println("40 keys: " + keys(h));
        for (int i = 0; i < 40; i += 3) h.remove(i * 7);
        System.out.println("after removals: " + keys(h));
        System.out.println("size=" + h.size() + " get(14)=" + h.get(14) + " get(21)=" + h.get(21)
                + " containsKey(70)=" + h.containsKey(70) + " contains(v5)=" + h.contains("v5")
                + " containsValue(v6)=" + h.containsValue("v6"));

        Hashtable<Integer, Integer> neg = new Hashtable<Integer, Integer>();
        int[] ks = {-1, -100, 5, 1 << 20, Integer.MIN_VALUE, Integer.MAX_VALUE, 11, 22, 33, 0, -11};
        for (int k : ks) neg.put(k, k % 7);
        System.out.println("negative and extreme keys: " + neg);

        Hashtable<String, Integer> words = new Hashtable<String, Integer>();
        String text = "the quick brown fox jumps over the lazy dog while the cat sleeps under a warm "
                + "blanket and the dog dreams of chasing the quick fox across a green field";
        for (String w : text.split(" ")) {
            Integer c = words.get(w);
            words.put(w, c == null ? 1 : c + 1);
        }
        System.out.println("words: " + words);
        System.out.println("word keys(): " + keys(words));

        StringBuilder es = new StringBuilder();
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            if (e.getValue() > 1) es.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println("entrySet repeats: " + es.toString().trim());
        Iterator<String> it = words.keySet().iterator();
        while (it.hasNext()) if (it.next().length() <= 3) it.remove();
        System.out.println("long words: " + words.keySet());

        Hashtable<String, String> small = new Hashtable<String, String>(3, 0.5f);
        for (char c = 'a'; c <= 'p'; c++) small.put(String.valueOf(c) + c, String.valueOf((int) c));
        System.out.println("capacity 3, load 0.5: " + small);
        Hashtable<Character, Boolean> chars = new Hashtable<Character, Boolean>(64);
        for (char c : "hashtable ordering".toCharArray()) chars.put(c, Character.isLetter(c));
        System.out.println("capacity 64 chars: " + chars);
        Hashtable<Long, String> longs = new Hashtable<Long, String>();
        for (long l = 1; l < (1L << 40); l *= 37) longs.put(l, Long.toHexString(l));
        longs.put(-1L, "minus one");
        System.out.println("long keys: " + longs);

        Hashtable<String, Integer> copy = new Hashtable<String, Integer>(words);
        System.out.println("copy equals=" + copy.equals(words) + " hashCode equal=" + (copy.hashCode() == words.hashCode()));
        System.out.println("hashCode of words=" + words.hashCode());
        System.out.println("put returns old: " + copy.put("quick", 99) + " then " + copy.get("quick"));
        try {
            h.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException");
        }
        try {
            h.put(1, null);
        } catch (NullPointerException e) {
            System.out.println("null value: NullPointerException");
        }
        try {
            h.get(null);
        } catch (NullPointerException e) {
            System.out.println("get(null): NullPointerException");
        }
        h.clear();
        System.out.println("cleared: " + h + " isEmpty=" + h.isEmpty() + " keys=" + h.keys().hasMoreElements());
    }
}
