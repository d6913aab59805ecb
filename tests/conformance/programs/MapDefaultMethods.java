import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Map default methods on HashMap, TreeMap and LinkedHashMap: getOrDefault, putIfAbsent,
// computeIfAbsent (multimap), computeIfPresent, compute, merge (word count, removal by null),
// replace/replaceAll, remove(key, value), forEach; return values are printed too.
public class MapDefaultMethods {
    static String text = "the cat and the dog and the bird saw a cat chase a dog past the bird bath";

    static void exercise(String label, Map<String, Integer> m) {
        for (String w : text.split(" ")) m.merge(w, 1, Integer::sum);
        System.out.println(label + " word counts: " + m);
        System.out.println("  getOrDefault(the)=" + m.getOrDefault("the", 0) + " getOrDefault(zebra)=" + m.getOrDefault("zebra", 0));
        System.out.println("  putIfAbsent(cat)=" + m.putIfAbsent("cat", 100) + " putIfAbsent(owl)=" + m.putIfAbsent("owl", 100));
        System.out.println("  computeIfPresent(dog)=" + m.computeIfPresent("dog", (k, v) -> v * 10)
                + " computeIfPresent(yak)=" + m.computeIfPresent("yak", (k, v) -> 1));
        System.out.println("  computeIfPresent to null removes: " + m.computeIfPresent("saw", (k, v) -> null) + " containsKey=" + m.containsKey("saw"));
        System.out.println("  compute(bath)=" + m.compute("bath", (k, v) -> v == null ? -1 : v + k.length())
                + " compute(newt)=" + m.compute("newt", (k, v) -> v == null ? -1 : v + 1));
        System.out.println("  merge(the, 5, max)=" + m.merge("the", 5, Math::max) + " merge(a, 0, null-remover)=" + m.merge("a", 0, (o, n) -> null));
        System.out.println("  replace(bird)=" + m.replace("bird", 7) + " replace(emu)=" + m.replace("emu", 7)
                + " replace(cat, 2, 20)=" + m.replace("cat", 2, 20) + " replace(cat, 2, 30)=" + m.replace("cat", 2, 30));
        System.out.println("  remove(dog, 1)=" + m.remove("dog", 1) + " remove(dog, 20)=" + m.remove("dog", 20));
        m.replaceAll((k, v) -> k.length() * 1000 + v);
        System.out.println("  replaceAll: " + m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v % 2 == 0) sb.append(k).append(' ');
        });
        System.out.println("  forEach even values: " + sb.toString().trim());
    }

    public static void main(String[] args) {
        exercise("HashMap", new HashMap<String, Integer>());
        exercise("TreeMap", new TreeMap<String, Integer>());
        exercise("LinkedHashMap", new LinkedHashMap<String, Integer>());

        Map<Integer, List<String>> byLength = new TreeMap<Integer, List<String>>();
        for (String w : text.split(" ")) byLength.computeIfAbsent(w.length(), k -> new ArrayList<String>()).add(w);
        System.out.println("multimap by length: " + byLength);
        Map<String, Integer> calls = new HashMap<String, Integer>();
        int[] counter = {0};
        for (String k : new String[] {"x", "y", "x", "x", "z"}) calls.computeIfAbsent(k, key -> ++counter[0]);
        System.out.println("computeIfAbsent called " + counter[0] + " times: " + calls);
        System.out.println("computeIfAbsent returning null: " + calls.computeIfAbsent("w", k -> null) + " containsKey=" + calls.containsKey("w"));

        Map<String, String> nulls = new HashMap<String, String>();
        nulls.put("k", null);
        System.out.println("getOrDefault on null value: " + nulls.getOrDefault("k", "dflt") + " putIfAbsent replaces null: "
                + nulls.putIfAbsent("k", "v") + " -> " + nulls);
        nulls.put("m", null);
        System.out.println("merge into null value: " + nulls.merge("m", "fresh", (a, b) -> a + b) + " " + nulls.merge("m", "+more", (a, b) -> a + b));
        try {
            nulls.merge("k", null, (a, b) -> a);
        } catch (NullPointerException e) {
            System.out.println("merge with null value: NullPointerException");
        }
        Map<Character, Integer> freq = new TreeMap<Character, Integer>();
        for (char c : "mississippi".toCharArray()) freq.merge(c, 1, Integer::sum);
        System.out.println("letter frequency: " + freq);
        Map<String, Integer> scores = new LinkedHashMap<String, Integer>();
        String[][] games = {{"ann", "3"}, {"bob", "5"}, {"ann", "4"}, {"cy", "1"}, {"bob", "-5"}, {"cy", "2"}};
        for (String[] g : games) scores.merge(g[0], Integer.parseInt(g[1]), (a, b) -> a + b == 0 ? null : a + b);
        System.out.println("scores (zero totals removed): " + scores);
    }
}
