import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

// java.util.Objects helpers and the Java 8 java.util.Optional API: equals/deepEquals/hash/
// hashCode/toString/requireNonNull (messages, supplier)/isNull/nonNull/compare, and
// Optional of/empty/ofNullable/map/flatMap/filter/orElse*/ifPresent/equals/toString.
public class ObjectsOptional {
    static final class Point {
        final int x, y;
        final String label;

        Point(int x, int y, String label) {
            this.x = x;
            this.y = y;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y && Objects.equals(label, p.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(x, y, label);
        }
    }

    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        System.out.println("equals: " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals(null, "a")
                + " " + Objects.equals("a", "a") + " " + Objects.equals(1, 1L));
        System.out.println("deepEquals: " + Objects.deepEquals(new int[] {1}, new int[] {1}) + " " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{2}}));
        System.out.println("hash: " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, 2, 3) + " " + Objects.hash("a", null, 2.5));
        System.out.println("hashCode(null)=" + Objects.hashCode(null) + " hashCode(\"ab\")=" + Objects.hashCode("ab"));
        Point p1 = new Point(1, 2, "p"), p2 = new Point(1, 2, "p"), p3 = new Point(1, 2, null);
        System.out.println("points equal=" + p1.equals(p2) + " hash=" + p1.hashCode() + "/" + p2.hashCode() + " null label hash=" + p3.hashCode()
                + " p1.equals(p3)=" + p1.equals(p3));
        System.out.println("toString: " + Objects.toString(null) + " " + Objects.toString(null, "default") + " " + Objects.toString(42, "d"));
        System.out.println("isNull/nonNull: " + Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.isNull("x"));
        Comparator<String> byLen = new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        };
        System.out.println("compare: " + Objects.compare("aa", "b", byLen) + " same ref=" + Objects.compare(null, null, byLen));
        System.out.println("requireNonNull passes through: " + Objects.requireNonNull("ok"));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null): message=" + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "widget must not be null");
        } catch (NullPointerException e) {
            System.out.println("with message: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "lazy " + "message");
        } catch (NullPointerException e) {
            System.out.println("with supplier: " + e.getMessage());
        }

        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println("toString: " + some + " " + none + " " + nullable + " " + Optional.of(3.5));
        System.out.println("isPresent: " + some.isPresent() + " " + none.isPresent() + " empty==ofNullable(null): " + none.equals(nullable));
        System.out.println("get=" + some.get() + " orElse=" + none.orElse("fallback") + " orElseGet=" + none.orElseGet(() -> "computed"));
        System.out.println("map: " + some.map(String::length) + " " + none.map(String::length) + " map to null: " + some.map(s -> null));
        System.out.println("flatMap: " + some.flatMap(s -> parse("12")) + " " + some.flatMap(s -> parse("x")));
        System.out.println("filter: " + some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.isEmpty()));
        StringBuilder sb = new StringBuilder();
        some.ifPresent(s -> sb.append("present:").append(s));
        none.ifPresent(s -> sb.append("never"));
        System.out.println("ifPresent: " + sb);
        System.out.println("equals/hashCode: " + some.equals(Optional.of("value")) + " " + (some.hashCode() == "value".hashCode()) + " empty hash=" + none.hashCode());
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("empty.get(): " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom failure"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): NullPointerException");
        }
        String[] inputs = {"10", "-3", "abc", "", "2147483647", "2147483648"};
        int total = 0;
        for (String in : inputs) {
            Optional<Integer> v = parse(in);
            System.out.println("parse(\"" + in + "\") = " + v + " doubled=" + v.map(i -> i * 2).orElse(-1));
            total += v.orElse(0);
        }
        System.out.println("total=" + total);
        Optional<Optional<String>> nested = Optional.of(some);
        System.out.println("nested: " + nested + " flattened: " + nested.flatMap(o -> o));
    }
}
