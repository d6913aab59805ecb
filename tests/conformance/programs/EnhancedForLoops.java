import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

// Enhanced for over arrays of every element type, custom Iterables (a range, a Fibonacci
// generator, a tree walker), nested loops with labels, the array expression evaluated once,
// loop variable modification not affecting the array, and NullPointerException for a null
// array or Iterable.
public class EnhancedForLoops {
    static final class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;

                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static final class Fib implements Iterable<Long> {
        final int count;

        Fib(int count) {
            this.count = count;
        }

        public Iterator<Long> iterator() {
            return new Iterator<Long>() {
                long a = 0, b = 1;
                int produced;

                public boolean hasNext() {
                    return produced < count;
                }

                public Long next() {
                    long r = a;
                    a = b;
                    b = r + b;
                    produced++;
                    return r;
                }
            };
        }
    }

    static final class Node implements Iterable<String> {
        final String name;
        final List<Node> children = new ArrayList<Node>();

        Node(String name, Node... kids) {
            this.name = name;
            children.addAll(Arrays.asList(kids));
        }

        public Iterator<String> iterator() {
            List<String> order = new ArrayList<String>();
            walk(this, 0, order);
            return order.iterator();
        }

        static void walk(Node n, int depth, List<String> out) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) sb.append("  ");
            out.add(sb + n.name);
            for (Node c : n.children) walk(c, depth + 1, out);
        }
    }

    static int evaluations;

    static int[] source() {
        evaluations++;
        return new int[] {4, 5, 6};
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (boolean z : new boolean[] {true, false}) sb.append(z).append(' ');
        for (byte b : new byte[] {-128, 127}) sb.append(b).append(' ');
        for (short s : new short[] {-1, 300}) sb.append(s).append(' ');
        for (char c : "hi".toCharArray()) sb.append(c).append(' ');
        for (long l : new long[] {1L << 40}) sb.append(l).append(' ');
        for (float f : new float[] {0.5f, -0.0f}) sb.append(f).append(' ');
        for (double d : new double[] {1e-5, Double.NaN}) sb.append(d).append(' ');
        for (String s : new String[] {"str", null}) sb.append(s).append(' ');
        System.out.println("all element types: " + sb.toString().trim());
        long widenedSum = 0;
        for (long v : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}) widenedSum += v;
        double asDouble = 0;
        for (double v : new char[] {'a', 'b'}) asDouble += v;
        System.out.println("widening loop variables: " + widenedSum + " " + asDouble);
        int unboxed = 0;
        for (int v : Arrays.asList(1, 2, 3)) unboxed += v;
        System.out.println("unboxing loop variable: " + unboxed);

        for (int v : source()) sb.append(v);
        System.out.println("array expression evaluated " + evaluations + " time(s)");
        int[] data = {1, 2, 3};
        for (int v : data) {
            v *= 10;
        }
        System.out.println("loop variable assignment leaves array: " + Arrays.toString(data));
        for (int i = 0; i < data.length; i++) data[i] *= 10;

        sb.setLength(0);
        for (int v : new Range(0, 20, 3)) sb.append(v).append(' ');
        for (int v : new Range(10, 0, -4)) sb.append(v).append(' ');
        for (int v : new Range(5, 5, 1)) sb.append("never");
        System.out.println("ranges: " + sb.toString().trim());
        sb.setLength(0);
        for (long f : new Fib(15)) sb.append(f).append(' ');
        System.out.println("fibonacci: " + sb.toString().trim());
        Node tree = new Node("root", new Node("a", new Node("a1"), new Node("a2", new Node("a2x"))), new Node("b"), new Node("c", new Node("c1")));
        for (String line : tree) System.out.println("tree " + line);

        int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}};
        int found = 0;
        outer:
        for (int[] row : grid) {
            for (int cell : row) {
                if (cell < 0) break outer;
                if (cell % 2 == 0) continue outer;
                found += cell;
            }
        }
        System.out.println("labeled break/continue: " + found);
        List<List<Integer>> nested = new ArrayList<List<Integer>>();
        for (int i = 1; i <= 3; i++) {
            List<Integer> row = new ArrayList<Integer>();
            for (int j : new Range(0, i, 1)) row.add(i * 10 + j);
            nested.add(row);
        }
        int total = 0;
        for (List<Integer> row : nested) for (Integer v : row) total += v;
        System.out.println("nested lists: " + nested + " total=" + total);

        int[] nullArray = null;
        try {
            for (int v : nullArray) System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("null array: NullPointerException");
        }
        Iterable<String> nullIterable = null;
        try {
            for (String s : nullIterable) System.out.println(s);
        } catch (NullPointerException e) {
            System.out.println("null Iterable: NullPointerException");
        }
        List<Integer> withNull = Arrays.asList(1, null, 3);
        int partial = 0;
        try {
            for (int v : withNull) partial += v;
        } catch (NullPointerException e) {
            System.out.println("unboxing null element: NullPointerException after partial sum " + partial);
        }
        char[][] board = {"x.o".toCharArray(), ".x.".toCharArray(), "o.x".toCharArray()};
        int xs = 0;
        for (char[] row : board) for (char c : row) if (c == 'x') xs++;
        System.out.println("x count on board: " + xs);
    }
}
