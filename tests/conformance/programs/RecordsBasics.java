// conformance: min-release 16
import java.util.HashMap;
import java.util.Map;

// Records: generated toString/equals/hashCode/accessors for primitive, boxed, String and null
// components, explicit accessor overrides, compact and canonical constructors with
// validation and normalization, static fields/methods/factories, and records as map keys.
public class RecordsBasics {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        static Point of(int v) {
            return new Point(v, v);
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }

        double dist() {
            return Math.sqrt(x * x + y * y);
        }
    }

    record Person(String name, int age, String email) {
        Person {
            if (age < 0) throw new IllegalArgumentException("negative age: " + age);
            name = name.trim();
            if (email == null) email = name.toLowerCase() + "@example.org";
        }

        Person(String name) {
            this(name, 0, null);
        }

        @Override
        public String name() {
            return "Name:" + name;
        }
    }

    record Range(int lo, int hi) {
        Range(int lo, int hi) {
            if (lo > hi) {
                int t = lo;
                lo = hi;
                hi = t;
            }
            this.lo = lo;
            this.hi = hi;
        }

        int length() {
            return hi - lo;
        }
    }

    record Empty() {
    }

    record Mixed(byte b, short s, char c, long l, boolean z, Integer boxed, String str) {
    }

    record Counter(String label) {
        static int created;

        Counter {
            created++;
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.dist());
        System.out.println("equals: " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]"));
        System.out.println("hashCode: " + p.hashCode() + " same for equal: " + (p.hashCode() == new Point(3, 4).hashCode()) + " origin=" + Point.ORIGIN.hashCode());
        System.out.println("plus: " + p.plus(Point.of(10)) + " ORIGIN=" + Point.ORIGIN);

        Person alice = new Person("  Alice ", 30, null);
        System.out.println(alice + " name()=" + alice.name() + " email()=" + alice.email());
        System.out.println("one-arg constructor: " + new Person("Bob"));
        System.out.println("equals uses fields, not overridden accessor: " + alice.equals(new Person("Alice", 30, "alice@example.org")));
        try {
            new Person("Eve", -1, "e@x");
        } catch (IllegalArgumentException e) {
            System.out.println("compact validation: " + e.getMessage());
        }
        try {
            new Person(null, 1, "x");
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }

        Range r = new Range(9, 2);
        System.out.println(r + " length=" + r.length() + " equals normalized=" + r.equals(new Range(2, 9)));
        System.out.println("empty record: " + new Empty() + " equals=" + new Empty().equals(new Empty()) + " hashCode=" + new Empty().hashCode());

        Mixed m = new Mixed((byte) -1, (short) 300, 'x', 1L << 40, true, null, null);
        Mixed m2 = new Mixed((byte) -1, (short) 300, 'x', 1L << 40, true, null, null);
        System.out.println(m);
        System.out.println("nulls equal: " + m.equals(m2) + " hashCode=" + m.hashCode() + " " + (m.hashCode() == m2.hashCode()));
        Mixed m3 = new Mixed((byte) 0, (short) 0, 'A', 0L, false, 7, "s");
        System.out.println(m3 + " hashCode=" + m3.hashCode());

        Map<Point, String> grid = new HashMap<>();
        for (int i = 0; i < 4; i++) grid.put(new Point(i, i * i), "cell" + i);
        System.out.println("record keys lookup: " + grid.get(new Point(2, 4)) + " " + grid.get(new Point(4, 2)) + " size=" + grid.size());
        grid.put(new Point(2, 4), "replaced");
        System.out.println("after re-put: " + grid.get(new Point(2, 4)) + " size=" + grid.size());

        for (int i = 0; i < 3; i++) new Counter("c" + i);
        System.out.println("static counter in compact constructor: " + Counter.created);
        Object o = p;
        System.out.println("record is a java.lang.Record: " + (o instanceof Record) + " superclass=" + Point.class.getSuperclass().getName());
        System.out.println("Point.class.isRecord=" + Point.class.isRecord() + " String.class.isRecord=" + String.class.isRecord());
    }
}
