import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeSet;

// TreeSet: sorted iteration, floor/ceiling/higher/lower, pollFirst/pollLast, headSet/tailSet/
// subSet (inclusive flags, views writing through), descendingSet/descendingIterator, custom
// comparators (duplicates by comparator are rejected), and first/last on an empty set.
public class TreeSetNavigation {
    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<Integer>();
        for (int v : new int[] {42, 7, 19, 88, 3, 56, 7, 23, 71, 19, 64, 0, -5}) s.add(v);
        System.out.println("set=" + s + " size=" + s.size());
        System.out.println("first=" + s.first() + " last=" + s.last());
        for (int p : new int[] {-10, 0, 20, 42, 60, 100}) {
            System.out.println(p + ": floor=" + s.floor(p) + " ceiling=" + s.ceiling(p) + " lower=" + s.lower(p) + " higher=" + s.higher(p));
        }
        System.out.println("headSet(23)=" + s.headSet(23) + " headSet(23, true)=" + s.headSet(23, true));
        System.out.println("tailSet(56)=" + s.tailSet(56) + " tailSet(56, false)=" + s.tailSet(56, false));
        System.out.println("subSet(7, 64)=" + s.subSet(7, 64) + " subSet(7, false, 64, true)=" + s.subSet(7, false, 64, true));
        NavigableSet<Integer> desc = s.descendingSet();
        System.out.println("descendingSet=" + desc + " ceiling(20) in desc=" + desc.ceiling(20) + " headSet(23) in desc=" + desc.headSet(23));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = s.descendingIterator(); it.hasNext();) sb.append(it.next()).append(' ');
        System.out.println("descendingIterator: " + sb.toString().trim());

        SortedSet<Integer> view = s.subSet(10, 60);
        view.add(50);
        view.remove(19);
        System.out.println("after view edits: view=" + view + " set=" + s);
        try {
            view.add(60);
        } catch (IllegalArgumentException e) {
            System.out.println("add outside view: " + e.getMessage());
        }
        System.out.println("pollFirst=" + s.pollFirst() + " pollLast=" + s.pollLast() + " -> " + s);
        Iterator<Integer> it = s.iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println("evens only: " + s);

        TreeSet<String> words = new TreeSet<String>(Arrays.asList("banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"));
        System.out.println("natural String order: " + words);
        TreeSet<String> ci = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(words);
        System.out.println("case-insensitive (first wins): " + ci + " contains(DATE)=" + ci.contains("DATE"));
        TreeSet<String> byLen = new TreeSet<String>(new Comparator<String>() {
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        });
        for (String w : "a bb cc ddd e ffff ggg".split(" ")) System.out.print(byLen.add(w) ? "+" + w + " " : "-" + w + " ");
        System.out.println();
        System.out.println("one per length: " + byLen);

        TreeSet<Character> chars = new TreeSet<Character>();
        for (char c : "mississippi river".toCharArray()) chars.add(c);
        System.out.println("chars: " + chars + " higher('p')=" + chars.higher('p') + " lower(' ')=" + chars.lower(' '));
        TreeSet<Double> ds = new TreeSet<Double>(Arrays.asList(0.0, -0.0, Double.NaN, 1.5, Double.NEGATIVE_INFINITY, -2.5));
        System.out.println("doubles (compareTo order): " + ds);

        TreeSet<Integer> empty = new TreeSet<Integer>();
        System.out.println("empty pollFirst=" + empty.pollFirst() + " floor=" + empty.floor(1));
        try {
            empty.first();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("first on empty: NoSuchElementException");
        }
        try {
            empty.add(null);
        } catch (NullPointerException e) {
            System.out.println("add(null): NullPointerException");
        }
        TreeSet<Integer> a = new TreeSet<Integer>(Arrays.asList(1, 2, 3));
        java.util.HashSet<Integer> h = new java.util.HashSet<Integer>(Arrays.asList(3, 2, 1));
        System.out.println("equals HashSet=" + a.equals(h) + " hashCode=" + a.hashCode() + " comparator null=" + (a.comparator() == null));
        TreeSet<Integer> big = new TreeSet<Integer>();
        for (int i = 0; i < 1000; i++) big.add((i * 7919) % 1009);
        System.out.println("1000 inserts: size=" + big.size() + " first=" + big.first() + " last=" + big.last()
                + " headSet(500).size=" + big.headSet(500).size() + " missing=" + missing(big));
    }

    static String missing(TreeSet<Integer> s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1009; i++) if (!s.contains(i)) sb.append(i).append(' ');
        return sb.toString().trim();
    }
}
