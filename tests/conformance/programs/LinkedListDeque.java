import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Queue;

// java.util.LinkedList as List, Queue and Deque: first/last operations, offer/poll/peek on an
// empty list (null) versus element/remove/getFirst (NoSuchElementException), listIterator
// editing in both directions, descendingIterator, first/last occurrence removal, nulls.
public class LinkedListDeque {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<String>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.push("front");
        ll.offer("tail");
        ll.offerFirst("first");
        ll.offerLast("last");
        System.out.println("list=" + ll + " size=" + ll.size());
        System.out.println("getFirst=" + ll.getFirst() + " getLast=" + ll.getLast() + " peek=" + ll.peek()
                + " peekLast=" + ll.peekLast() + " element=" + ll.element() + " get(3)=" + ll.get(3));
        System.out.println("pop=" + ll.pop() + " poll=" + ll.poll() + " pollLast=" + ll.pollLast()
                + " removeFirst=" + ll.removeFirst() + " removeLast=" + ll.removeLast() + " -> " + ll);
        ll.addAll(Arrays.asList("x", "b", "y", "b", "z"));
        System.out.println("removeFirstOccurrence(b)=" + ll.removeFirstOccurrence("b") + " -> " + ll);
        System.out.println("removeLastOccurrence(b)=" + ll.removeLastOccurrence("b") + " -> " + ll);
        System.out.println("removeLastOccurrence(q)=" + ll.removeLastOccurrence("q"));
        StringBuilder desc = new StringBuilder();
        for (Iterator<String> it = ll.descendingIterator(); it.hasNext();) desc.append(it.next());
        System.out.println("descending: " + desc);

        ListIterator<String> li = ll.listIterator(2);
        li.add("inserted");
        li.next();
        li.set("replaced");
        li.previous();
        li.previous();
        li.remove();
        System.out.println("after listIterator edits: " + ll + " nextIndex=" + li.nextIndex());
        ListIterator<String> end = ll.listIterator(ll.size());
        StringBuilder rev = new StringBuilder();
        while (end.hasPrevious()) rev.append(end.previous()).append(',');
        System.out.println("from end backwards: " + rev);

        LinkedList<Integer> empty = new LinkedList<Integer>();
        System.out.println("empty: peek=" + empty.peek() + " poll=" + empty.poll() + " peekFirst=" + empty.peekFirst()
                + " pollLast=" + empty.pollLast());
        String[] ops = {"getFirst", "getLast", "element", "remove", "removeFirst", "removeLast", "pop"};
        for (String op : ops) {
            try {
                if (op.equals("getFirst")) empty.getFirst();
                else if (op.equals("getLast")) empty.getLast();
                else if (op.equals("element")) empty.element();
                else if (op.equals("remove")) empty.remove();
                else if (op.equals("removeFirst")) empty.removeFirst();
                else if (op.equals("removeLast")) empty.removeLast();
                else empty.pop();
            } catch (NoSuchElementException e) {
                System.out.println(op + " on empty: NoSuchElementException message=" + e.getMessage());
            }
        }
        try {
            ll.get(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(99): " + e.getMessage());
        }
        try {
            ll.listIterator(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("listIterator(-1): " + e.getMessage());
        }

        Queue<Integer> q = new LinkedList<Integer>();
        for (int i = 1; i <= 5; i++) q.offer(i * i);
        StringBuilder drained = new StringBuilder();
        while (!q.isEmpty()) drained.append(q.poll()).append(' ');
        System.out.println("queue FIFO: " + drained.toString().trim());
        Deque<Integer> stack = new LinkedList<Integer>();
        for (int i = 1; i <= 5; i++) stack.push(i * i);
        drained.setLength(0);
        while (!stack.isEmpty()) drained.append(stack.pop()).append(' ');
        System.out.println("deque LIFO: " + drained.toString().trim());

        LinkedList<Object> nulls = new LinkedList<Object>();
        nulls.add(null);
        nulls.addFirst(null);
        nulls.add(1, "mid");
        System.out.println("nulls: " + nulls + " indexOf(null)=" + nulls.indexOf(null) + " lastIndexOf(null)=" + nulls.lastIndexOf(null)
                + " contains(null)=" + nulls.contains(null) + " remove(null)=" + nulls.remove(null) + " -> " + nulls);

        LinkedList<Integer> nums = new LinkedList<Integer>();
        for (int i = 0; i < 20; i++) nums.add(i);
        Iterator<Integer> it = nums.iterator();
        while (it.hasNext()) if (it.next() % 3 != 0) it.remove();
        System.out.println("multiples of 3: " + nums + " hashCode=" + nums.hashCode());
        LinkedList<Integer> cl = new LinkedList<Integer>(nums);
        cl.set(0, 100);
        System.out.println("copy independent: " + nums.get(0) + " vs " + cl.get(0) + " equals=" + cl.equals(nums));
        System.out.println("toArray: " + Arrays.toString(nums.toArray(new Integer[0])));
    }
}
