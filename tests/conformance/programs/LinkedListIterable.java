import java.util.Iterator;

public class LinkedListIterable {
    static class MyList<T> implements Iterable<T> {
        private static class Node<T> {
            T value;
            Node<T> next;

            Node(T v, Node<T> n) {
                value = v;
                next = n;
            }
        }

        private Node<T> head, tail;
        private int size;
        private int modCount;

        void add(T v) {
            Node<T> n = new Node<T>(v, null);
            if (tail == null) head = tail = n;
            else {
                tail.next = n;
                tail = n;
            }
            size++;
            modCount++;
        }

        void addFirst(T v) {
            head = new Node<T>(v, head);
            if (tail == null) tail = head;
            size++;
            modCount++;
        }

        T get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index: " + i + ", Size: " + size);
            Node<T> n = head;
            while (i-- > 0) n = n.next;
            return n.value;
        }

        boolean remove(T v) {
            Node<T> prev = null;
            for (Node<T> n = head; n != null; prev = n, n = n.next) {
                if (v == null ? n.value == null : v.equals(n.value)) {
                    if (prev == null) head = n.next;
                    else prev.next = n.next;
                    if (n == tail) tail = prev;
                    size--;
                    modCount++;
                    return true;
                }
            }
            return false;
        }

        void reverse() {
            Node<T> prev = null, cur = head;
            tail = head;
            while (cur != null) {
                Node<T> next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            head = prev;
            modCount++;
        }

        public Iterator<T> iterator() {
            final int expected = modCount;
            return new Iterator<T>() {
                Node<T> cur = head;

                public boolean hasNext() {
                    return cur != null;
                }

                public T next() {
                    if (modCount != expected) throw new IllegalStateException("concurrent modification");
                    if (cur == null) throw new IllegalStateException("no more elements");
                    T v = cur.value;
                    cur = cur.next;
                    return v;
                }

                public void remove() {
                    throw new UnsupportedOperationException("remove");
                }
            };
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (T t : this) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(t);
            }
            return sb.append("]").toString();
        }
    }

    static class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;
                public boolean hasNext() { return step > 0 ? next < to : next > to; }
                public Integer next() { int v = next; next += step; return v; }
                public void remove() { throw new UnsupportedOperationException(); }
            };
        }
    }

    public static void main(String[] args) {
        MyList<String> list = new MyList<String>();
        for (String s : "delta alpha charlie bravo".split(" ")) list.add(s);
        list.addFirst("zulu");
        list.add(null);
        System.out.println(list + " size=" + list.size);
        System.out.println("get(2)=" + list.get(2) + " remove(alpha)=" + list.remove("alpha") + " remove(nope)=" + list.remove("nope")
                + " remove(null)=" + list.remove(null));
        System.out.println(list + " size=" + list.size);
        list.reverse();
        System.out.println("reversed: " + list);
        list.add("tail-after-reverse");
        System.out.println("append after reverse: " + list);
        try {
            list.get(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(99): " + e.getMessage());
        }
        try {
            for (String s : list) {
                if (s.equals("charlie")) list.add("boom");
            }
        } catch (IllegalStateException e) {
            System.out.println("modification during iteration: " + e.getMessage());
        }
        Iterator<String> it = list.iterator();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator.remove: UnsupportedOperationException " + e.getMessage());
        }
        int sum = 0;
        for (int v : new Range(0, 20, 3)) sum += v;
        StringBuilder down = new StringBuilder();
        for (Integer v : new Range(10, 0, -4)) down.append(v).append(' ');
        System.out.println("range sum=" + sum + " down=" + down);
        MyList<Integer> nums = new MyList<Integer>();
        for (int i = 0; i < 1000; i++) nums.add(i * i % 97);
        long total = 0;
        int max = -1;
        for (Integer n : nums) {
            total += n;
            max = Math.max(max, n);
        }
        System.out.println("1000 boxed: total=" + total + " max=" + max);
    }
}
