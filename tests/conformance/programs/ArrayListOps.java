import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

// java.util.ArrayList: add/insert/remove by index and by value (the remove(int) vs
// remove(Object) overload), set, indexOf, subList views, bulk operations, toArray,
// listIterator, equals/hashCode, and IndexOutOfBoundsException messages.
public class ArrayListOps {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<Integer>();
        for (int i = 0; i < 10; i++) list.add(i * 10);
        System.out.println("list=" + list + " size=" + list.size());
        list.add(0, -5);
        list.add(list.size(), 999);
        list.add(5, 35);
        System.out.println("after inserts=" + list);
        System.out.println("remove(3) by index -> " + list.remove(3));
        System.out.println("remove(Integer 35) by value -> " + list.remove(Integer.valueOf(35)));
        System.out.println("remove(Integer 12345) -> " + list.remove(Integer.valueOf(12345)));
        System.out.println("set(0, 1) returns " + list.set(0, 1) + " -> " + list);
        list.add(40);
        System.out.println("indexOf(40)=" + list.indexOf(40) + " lastIndexOf(40)=" + list.lastIndexOf(40)
                + " contains(70)=" + list.contains(70) + " indexOf(null)=" + list.indexOf(null));

        List<Integer> sub = list.subList(2, 6);
        System.out.println("subList(2,6)=" + sub);
        sub.set(0, -20);
        sub.remove(1);
        sub.add(77);
        System.out.println("after sub edits: sub=" + sub + " list=" + list);
        sub.clear();
        System.out.println("after sub.clear(): " + list);

        List<String> words = new ArrayList<String>(Arrays.asList("pear", "apple", "fig", "kiwi", "apple", "plum"));
        words.addAll(2, Arrays.asList("x", "y"));
        System.out.println("addAll at 2: " + words);
        System.out.println("removeAll(apple,x): " + words.removeAll(Arrays.asList("apple", "x")) + " -> " + words);
        System.out.println("retainAll(fig,plum,y,zzz): " + words.retainAll(Arrays.asList("fig", "plum", "y", "zzz")) + " -> " + words);
        System.out.println("containsAll(fig,y)=" + words.containsAll(Arrays.asList("fig", "y")));
        Object[] objs = words.toArray();
        String[] small = words.toArray(new String[0]);
        String[] big = words.toArray(new String[] {"a", "b", "c", "d", "e"});
        System.out.println("toArray lengths " + objs.length + " " + small.length + " " + big.length
                + " big=" + Arrays.toString(big));

        ListIterator<String> li = words.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String w = li.next();
            if (w.equals("y")) li.set("Y");
            if (idx == 0) li.add("after-first");
        }
        System.out.println("listIterator edits: " + words);
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previousIndex()).append(':').append(li.previous()).append(' ');
        System.out.println("backwards: " + back.toString().trim());

        List<Integer> a = new ArrayList<Integer>(Arrays.asList(1, 2, 3));
        List<Integer> b = new ArrayList<Integer>();
        b.add(1);
        b.add(2);
        b.add(3);
        System.out.println("equals=" + a.equals(b) + " hashCode=" + a.hashCode() + "/" + b.hashCode()
                + " equals LinkedList=" + a.equals(new java.util.LinkedList<Integer>(b)));
        List<Object> withNull = new ArrayList<Object>();
        withNull.add(null);
        withNull.add("s");
        withNull.add(withNull.size());
        System.out.println("with null: " + withNull + " hashCode=" + withNull.hashCode() + " indexOf(null)=" + withNull.indexOf(null));
        List<Object> self = new ArrayList<Object>();
        self.add(self);
        self.add(1);
        System.out.println("self-containing toString: " + self);

        Iterator<Integer> it = list.iterator();
        int removed = 0;
        while (it.hasNext()) {
            if (it.next() > 50) {
                it.remove();
                removed++;
            }
        }
        System.out.println("removed " + removed + " via iterator: " + list);
        ArrayList<Integer> cap = new ArrayList<Integer>(2);
        for (int i = 0; i < 100; i++) cap.add(i);
        cap.ensureCapacity(500);
        cap.trimToSize();
        System.out.println("grew to " + cap.size() + " last=" + cap.get(99));

        String[] probes = {"get(-1)", "get(size)", "add(size+1)", "remove(size)", "set(7)", "subList(2,1)", "subList(0,99)"};
        for (String p : probes) {
            try {
                if (p.equals("get(-1)")) list.get(-1);
                else if (p.equals("get(size)")) list.get(list.size());
                else if (p.equals("add(size+1)")) list.add(list.size() + 1, 0);
                else if (p.equals("remove(size)")) list.remove(list.size());
                else if (p.equals("set(7)")) list.set(7, 0);
                else if (p.equals("subList(2,1)")) list.subList(2, 1);
                else list.subList(0, 99);
                System.out.println(p + ": no exception");
            } catch (IndexOutOfBoundsException e) {
                System.out.println(p + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println(p + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            new ArrayList<String>(-3);
        } catch (IllegalArgumentException e) {
            System.out.println("negative capacity: " + e.getMessage());
        }
        list.clear();
        System.out.println("cleared: " + list + " isEmpty=" + list.isEmpty());
    }
}
