import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.Vector;

// java.util.Collections algorithms: stable sort, reverse, shuffle with fixed seeds, min/max,
// binarySearch, rotate, swap, fill, nCopies, frequency, disjoint, indexOfSubList, the
// unmodifiable/singleton/empty wrappers and their UnsupportedOperationException.
public class CollectionsUtil {
    static final class Card {
        final String suit;
        final int rank;

        Card(String suit, int rank) {
            this.suit = suit;
            this.rank = rank;
        }

        @Override
        public String toString() {
            return rank + suit;
        }
    }

    static void expectUoe(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": allowed");
        } catch (UnsupportedOperationException e) {
            System.out.println(what + ": UnsupportedOperationException");
        }
    }

    public static void main(String[] args) {
        List<Card> cards = new ArrayList<Card>();
        String[] suits = {"S", "H", "D", "C"};
        for (int i = 0; i < 12; i++) cards.add(new Card(suits[i % 4], (i * 5) % 7 + 1));
        System.out.println("cards: " + cards);
        Collections.sort(cards, new Comparator<Card>() {
            public int compare(Card a, Card b) {
                return a.rank - b.rank;
            }
        });
        System.out.println("stable by rank: " + cards);

        List<Integer> nums = new ArrayList<Integer>();
        for (int i = 1; i <= 10; i++) nums.add(i);
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffle(Random(42)): " + nums);
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffle again: " + nums);
        List<String> letters = new ArrayList<String>(Arrays.asList("a", "b", "c", "d", "e", "f", "g"));
        Collections.shuffle(letters, new Random(7));
        System.out.println("letters shuffle(Random(7)): " + letters);
        Collections.sort(nums);
        System.out.println("sorted: " + nums);
        Collections.reverse(nums);
        System.out.println("reversed: " + nums);
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println("reverseOrder sort: " + nums + " min=" + Collections.min(nums) + " max=" + Collections.max(nums));
        System.out.println("min by length: " + Collections.min(letters, new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        }));
        Collections.sort(nums);
        System.out.println("binarySearch 7=" + Collections.binarySearch(nums, 7) + " 0=" + Collections.binarySearch(nums, 0)
                + " 11=" + Collections.binarySearch(nums, 11) + " 4 in [1,3,5,7]=" + Collections.binarySearch(Arrays.asList(1, 3, 5, 7), 4));
        Collections.rotate(nums, 3);
        System.out.println("rotate 3: " + nums);
        Collections.rotate(nums, -4);
        System.out.println("rotate -4: " + nums);
        Collections.swap(nums, 0, 9);
        System.out.println("swap 0,9: " + nums);
        List<String> filled = new ArrayList<String>(Arrays.asList("x", "y", "z"));
        Collections.fill(filled, "k");
        System.out.println("fill: " + filled);
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println("nCopies: " + copies + " size=" + copies.size());
        List<String> words = Arrays.asList("to", "be", "or", "not", "to", "be", "to");
        System.out.println("frequency(to)=" + Collections.frequency(words, "to") + " frequency(xx)=" + Collections.frequency(words, "xx"));
        System.out.println("disjoint=" + Collections.disjoint(words, Arrays.asList("is", "it")) + "/" + Collections.disjoint(words, Arrays.asList("or")));
        System.out.println("indexOfSubList=" + Collections.indexOfSubList(words, Arrays.asList("to", "be"))
                + " lastIndexOfSubList=" + Collections.lastIndexOfSubList(words, Arrays.asList("to", "be")));
        List<String> target = new ArrayList<String>(Arrays.asList("1", "2", "3", "4", "5"));
        Collections.copy(target, Arrays.asList("a", "b"));
        System.out.println("copy into longer list: " + target);
        Collections.addAll(target, "p", "q");
        System.out.println("addAll varargs: " + target);
        System.out.println("replaceAll(a->A)=" + Collections.replaceAll(target, "a", "A") + " " + target);

        final List<Integer> un = Collections.unmodifiableList(nums);
        System.out.println("unmodifiable view: " + un + " get(2)=" + un.get(2));
        expectUoe("unmodifiableList.add", new Runnable() {
            public void run() {
                un.add(1);
            }
        });
        expectUoe("unmodifiableList.set", new Runnable() {
            public void run() {
                un.set(0, 1);
            }
        });
        nums.set(0, 999);
        System.out.println("view reflects backing change: " + un.get(0));
        final Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<String, Integer>(Collections.singletonMap("k", 1)));
        expectUoe("unmodifiableMap.put", new Runnable() {
            public void run() {
                um.put("j", 2);
            }
        });
        final Set<String> us = Collections.unmodifiableSet(new java.util.HashSet<String>(words));
        expectUoe("unmodifiableSet.remove", new Runnable() {
            public void run() {
                us.remove("to");
            }
        });
        final Collection<String> uc = Collections.unmodifiableCollection(words);
        expectUoe("unmodifiableCollection.clear", new Runnable() {
            public void run() {
                uc.clear();
            }
        });
        final List<String> single = Collections.singletonList("only");
        System.out.println("singletonList=" + single + " singleton=" + Collections.singleton(5) + " singletonMap=" + Collections.singletonMap("a", 1));
        expectUoe("singletonList.add", new Runnable() {
            public void run() {
                single.add("more");
            }
        });
        final List<Object> empty = Collections.emptyList();
        System.out.println("emptyList=" + empty + " emptySet=" + Collections.emptySet() + " emptyMap=" + Collections.emptyMap()
                + " size=" + empty.size() + " equals new ArrayList=" + empty.equals(new ArrayList<Object>()));
        expectUoe("emptyList.add", new Runnable() {
            public void run() {
                empty.add("x");
            }
        });
        expectUoe("nCopies.set", new Runnable() {
            public void run() {
                Collections.nCopies(2, "q").set(0, "r");
            }
        });
        Vector<String> v = new Vector<String>(Arrays.asList("e1", "e2", "e3"));
        Enumeration<String> en = Collections.enumeration(v);
        ArrayList<String> back = Collections.list(en);
        System.out.println("enumeration round trip: " + back);
        try {
            Collections.max(new ArrayList<Integer>());
        } catch (java.util.NoSuchElementException e) {
            System.out.println("max of empty: NoSuchElementException");
        }
    }
}
