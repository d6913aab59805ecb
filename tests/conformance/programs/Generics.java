import java.util.Iterator;

public class Generics {
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
        final T value;

        Box(T value) { this.value = value; }

        public int compareTo(Box<T> other) { return value.compareTo(other.value); }

        @Override
        public String toString() { return "Box(" + value + ")"; }
    }

    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A a, B b) { first = a; second = b; }

        <C> Pair<A, C> withSecond(C c) { return new Pair<A, C>(first, c); }

        Pair<B, A> swap() { return new Pair<B, A>(second, first); }

        public String toString() { return "<" + first + ", " + second + ">"; }
    }

    static class Stack<E> implements Iterable<E> {
        private Object[] items = new Object[2];
        private int size;

        void push(E e) {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = e;
        }

        @SuppressWarnings("unchecked")
        E pop() {
            E e = (E) items[--size];
            items[size] = null;
            return e;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int i = size;
                public boolean hasNext() { return i > 0; }
                @SuppressWarnings("unchecked")
                public E next() { return (E) items[--i]; }
                public void remove() { throw new UnsupportedOperationException(); }
            };
        }
    }

    interface Transformer<I, O> {
        O apply(I in);
    }

    static <T extends Comparable<? super T>> T max(T[] arr) {
        T best = arr[0];
        for (T t : arr) {
            if (t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    static <I, O> Object[] map(I[] in, Transformer<? super I, ? extends O> f) {
        Object[] out = new Object[in.length];
        for (int i = 0; i < in.length; i++) out[i] = f.apply(in[i]);
        return out;
    }

    static double sum(Number[] nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    @SuppressWarnings("unchecked")
    static <T> T unsafeCast(Object o) { return (T) o; }

    public static void main(String[] args) {
        Box<Integer> b1 = new Box<Integer>(5), b2 = new Box<Integer>(9);
        System.out.println(b1 + " vs " + b2 + " = " + b1.compareTo(b2));
        Comparable<Box<Integer>> raw = b2;
        System.out.println("through Comparable (bridge method): " + raw.compareTo(b1));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Comparable rawCmp = b1;
        try {
            rawCmp.compareTo("not a box");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: ClassCastException");
        }
        Pair<String, Integer> p = new Pair<String, Integer>("one", 1);
        System.out.println(p + " swap " + p.swap() + " withSecond " + p.withSecond(2.5));
        Stack<String> st = new Stack<String>();
        for (String s : "a b c d e".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        for (String s : st) sb.append(s);
        System.out.println("iterate stack: " + sb + ", pop: " + st.pop() + st.pop());
        Integer[] ints = {3, 17, -4, 8};
        String[] strs = {"pear", "apple", "zucchini", "fig"};
        System.out.println("max ints = " + max(ints) + ", max strs = " + max(strs));
        Object[] lens = map(strs, new Transformer<String, Integer>() {
            public Integer apply(String s) { return s.length(); }
        });
        for (Object o : lens) System.out.print(o + " ");
        System.out.println();
        Number[] nums = {1, 2.5, 3L, 4.0f, (short) 5};
        System.out.println("sum of Numbers = " + sum(nums));
        Object notString = Integer.valueOf(3);
        Object ok = Generics.<Object>unsafeCast(notString);
        System.out.println("unchecked cast to Object fine: " + ok);
        try {
            String s = Generics.<String>unsafeCast(notString);
            System.out.println("unreachable " + s);
        } catch (ClassCastException e) {
            System.out.println("CCE at use site: " + e.getMessage());
        }
        Stack<Integer> polluted = new Stack<Integer>();
        @SuppressWarnings({"rawtypes", "unchecked"})
        Stack rawStack = polluted;
        rawStack.push("sneaky");
        Object top = polluted.pop();
        System.out.println("heap pollution read as Object: " + top);
        Box<?>[] boxes = {new Box<String>("x"), new Box<Integer>(1)};
        System.out.println("wildcard array: " + boxes[0] + " " + boxes[1] + " " + boxes.getClass().getSimpleName());
        Pair<Pair<String, String>, Integer> nested = new Pair<Pair<String, String>, Integer>(new Pair<String, String>("k", "v"), 3);
        System.out.println("nested generics: " + nested + " inner first=" + nested.first.first);
    }
}
