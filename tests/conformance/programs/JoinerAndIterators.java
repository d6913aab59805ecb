import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;

// java.util.StringJoiner (prefix/suffix, empty value, merge, length) and iterator protocol:
// Iterator.remove, IllegalStateException on a second remove, NoSuchElementException past the
// end, and ConcurrentModificationException from for-each loops that modify the collection.
public class JoinerAndIterators {
    public static void main(String[] args) {
        StringJoiner sj = new StringJoiner(", ", "[", "]");
        System.out.println("empty joiner: " + sj + " length=" + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println("with empty value: " + sj + " length=" + sj.length());
        sj.add("one").add("two").add("").add(null);
        System.out.println("joined: " + sj + " length=" + sj.length());
        StringJoiner other = new StringJoiner("-", "{", "}");
        other.add("a").add("b");
        sj.merge(other);
        System.out.println("merged: " + sj);
        StringJoiner emptyOther = new StringJoiner("+");
        sj.merge(emptyOther);
        System.out.println("merge empty leaves it: " + sj);
        StringJoiner plain = new StringJoiner("|");
        plain.setEmptyValue("nothing");
        System.out.println("plain empty: " + plain);
        plain.add("");
        System.out.println("after adding empty string: [" + plain + "] length=" + plain.length());
        StringJoiner csv = new StringJoiner(",");
        for (int i = 1; i <= 10; i++) csv.add(Integer.toString(i * i));
        System.out.println("csv: " + csv);
        System.out.println("String.join: " + String.join("/", "usr", "local", "bin") + " " + String.join(":", new ArrayList<String>()));

        List<Integer> list = new ArrayList<Integer>();
        for (int i = 0; i < 10; i++) list.add(i);
        Iterator<Integer> it = list.iterator();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        it.next();
        it.remove();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: IllegalStateException");
        }
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println("after iterator removes: " + list);
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past end: NoSuchElementException");
        }

        try {
            for (Integer x : list) {
                if (x == 4) list.remove(x);
            }
            System.out.println("no CME?!");
        } catch (ConcurrentModificationException e) {
            System.out.println("for-each remove: ConcurrentModificationException message=" + e.getMessage());
        }
        System.out.println("list after failed loop: " + list);
        // removing the second-to-last element ends the loop silently (hasNext sees size == cursor)
        List<String> tricky = new ArrayList<String>();
        tricky.add("a");
        tricky.add("b");
        tricky.add("c");
        int seen = 0;
        for (String s : tricky) {
            seen++;
            if (s.equals("b")) tricky.remove(s);
        }
        System.out.println("second-to-last removal: seen=" + seen + " list=" + tricky);
        try {
            for (String s : tricky) {
                tricky.add("d");
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("for-each add: ConcurrentModificationException");
        }
        LinkedList<Integer> linked = new LinkedList<Integer>(list);
        try {
            for (Integer x : linked) linked.addFirst(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("LinkedList for-each add: ConcurrentModificationException, size=" + linked.size());
        }
        Map<String, Integer> map = new HashMap<String, Integer>();
        for (int i = 0; i < 5; i++) map.put("k" + i, i);
        try {
            for (String k : map.keySet()) if (k.equals("k2")) map.put("new", 9);
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap keySet loop with put: ConcurrentModificationException");
        }
        for (String k : map.keySet()) if (k.equals("k2")) map.put("k3", 33);
        System.out.println("replacing a value is not structural: " + map);
        Iterator<Map.Entry<String, Integer>> mi = map.entrySet().iterator();
        while (mi.hasNext()) if (mi.next().getValue() % 2 == 0) mi.remove();
        System.out.println("entrySet iterator remove: " + map);
        List<Integer> sub = list.subList(1, 3);
        list.add(100);
        try {
            sub.size();
        } catch (ConcurrentModificationException e) {
            System.out.println("subList after structural change: ConcurrentModificationException");
        }
    }
}
