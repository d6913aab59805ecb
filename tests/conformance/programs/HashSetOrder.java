import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

// HashSet iteration order (a HashMap underneath) for numbers, strings and characters, set
// algebra via addAll/retainAll/removeAll, growth, removal through the iterator, and
// LinkedHashSet keeping insertion order for the same elements.
public class HashSetOrder {
    public static void main(String[] args) {
        Set<Integer> primes = new HashSet<Integer>();
        for (int n = 2; primes.size() < 30; n++) {
            boolean p = true;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) p = false;
            if (p) primes.add(n);
        }
        System.out.println("30 primes: " + primes);
        Set<Integer> squares = new HashSet<Integer>();
        for (int i = -10; i <= 10; i++) squares.add(i * i + 1);
        System.out.println("squares plus one: " + squares + " size=" + squares.size());

        Set<Integer> union = new HashSet<Integer>(primes);
        union.addAll(squares);
        Set<Integer> inter = new HashSet<Integer>(primes);
        inter.retainAll(squares);
        Set<Integer> diff = new HashSet<Integer>(squares);
        diff.removeAll(primes);
        System.out.println("union(" + union.size() + "): " + union);
        System.out.println("intersection: " + inter + " difference: " + diff);

        Set<String> words = new HashSet<String>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom "
                + "it was the age of foolishness it was the epoch of belief";
        System.out.println("add returns: " + words.add("it") + " then " + words.add("it"));
        for (String w : text.split(" ")) words.add(w);
        System.out.println("words: " + words);
        Set<String> linked = new LinkedHashSet<String>();
        for (String w : text.split(" ")) linked.add(w);
        System.out.println("linked: " + linked);
        System.out.println("equal as sets: " + words.equals(linked) + " hashCodes " + words.hashCode() + " " + linked.hashCode());

        Set<Character> vowels = new HashSet<Character>();
        for (char c : "The Quick Brown Fox Jumps Over The Lazy Dog".toCharArray()) {
            if ("aeiouAEIOU".indexOf(c) >= 0) vowels.add(c);
        }
        System.out.println("vowels: " + vowels);

        Set<Long> longs = new HashSet<Long>();
        for (long v = 1; v > 0; v *= 10) longs.add(v);
        System.out.println("powers of ten: " + longs);
        Iterator<Long> it = longs.iterator();
        while (it.hasNext()) {
            long v = it.next();
            if (Long.toString(v).length() % 2 == 0) it.remove();
        }
        System.out.println("odd digit counts: " + longs);

        Set<String> growing = new HashSet<String>();
        StringBuilder sizes = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            growing.add(Integer.toString(i, 36) + i);
            if (i == 11 || i == 12 || i == 24 || i == 39) sizes.append(i + 1).append("=").append(growing).append('\n');
        }
        System.out.print(sizes);
        Set<Object> withNull = new HashSet<Object>();
        withNull.add(null);
        withNull.add("x");
        withNull.add(3);
        System.out.println("with null: " + withNull + " contains(null)=" + withNull.contains(null) + " remove(null)=" + withNull.remove(null));
        Object[] arr = primes.toArray();
        System.out.println("toArray first=" + arr[0] + " last=" + arr[arr.length - 1] + " length=" + arr.length);
        primes.clear();
        System.out.println("cleared: " + primes + " isEmpty=" + primes.isEmpty());
    }
}
