package npe;

/** A linked structure with fields of every interesting shape. */
public class Node {
    public Node next;
    public Node other;
    public String name;
    public int value;
    public long big;
    public int[] ints;
    public Node[] kids;
    public Object[][] grid;
    public static Node ROOT;
    public static String LABEL;
    public static int[] COUNTS;

    public Node() {
    }

    public Node(Node next) {
        this.next = next;
    }

    public Node getNext() {
        return next;
    }

    public String getName() {
        return name;
    }

    public static Node nothing() {
        return null;
    }

    public static Node make(int depth, String label, long[] extra, java.util.List<String> names) {
        return null;
    }

    public Node[] kids() {
        return kids;
    }

    public class Inner {
        public String text;

        public int textLength() {
            return text.length();
        }

        public Node outerNext() {
            return next;
        }
    }

    public static class Nested {
        public static Nested INSTANCE;
        public Object payload;

        public Object payload() {
            return payload;
        }
    }
}
