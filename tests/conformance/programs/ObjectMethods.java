public class ObjectMethods {
    static final class Point {
        final int x, y;

        Point(int x, int y) { this.x = x; this.y = y; }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() { return 31 * x + y; }

        @Override
        public String toString() { return "Point(" + x + ", " + y + ")"; }
    }

    static class Named {
        final String name;
        Named(String n) { name = n; }
        @Override
        public String toString() { return "Named[" + name + "]"; }
    }

    static class Cloneable2 implements Cloneable {
        int[] data = {1, 2, 3};
        String tag = "orig";

        @Override
        public Cloneable2 clone() {
            try {
                return (Cloneable2) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    public static void main(String[] args) throws Exception {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println("a.equals(b)=" + a.equals(b) + " a==b " + (a == b) + " a.equals(c)=" + a.equals(c) + " a.equals(null)=" + a.equals(null)
                + " a.equals(\"str\")=" + a.equals("Point(1, 2)"));
        System.out.println("hashCodes: " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        System.out.println("toString: " + a + " | " + String.valueOf(c) + " | " + a.toString());
        Object o = a;
        System.out.println("via Object ref: " + o.equals(b) + " " + o.hashCode() + " " + o);
        System.out.println("getClass: " + o.getClass().getName() + " same class: " + (a.getClass() == c.getClass()));
        Object plain1 = new Object(), plain2 = new Object();
        System.out.println("plain Object equals itself: " + plain1.equals(plain1) + ", other: " + plain1.equals(plain2)
                + ", hashCode stable: " + (plain1.hashCode() == plain1.hashCode()) + ", class: " + plain1.getClass().getName());
        String ts = plain1.toString();
        System.out.println("Object.toString starts with class name and @: " + ts.startsWith("java.lang.Object@")
                + ", hex hash matches: " + ts.equals("java.lang.Object@" + Integer.toHexString(plain1.hashCode())));
        System.out.println("identityHashCode == hashCode for plain Object: " + (System.identityHashCode(plain1) == plain1.hashCode()));
        System.out.println("identityHashCode(null) = " + System.identityHashCode(null));
        Named n = new Named("x");
        System.out.println(n + " concat: " + ("" + n));
        Cloneable2 orig = new Cloneable2();
        Cloneable2 copy = orig.clone();
        copy.data[0] = 99;
        copy.tag = "copy";
        System.out.println("shallow clone: orig.data[0]=" + orig.data[0] + " orig.tag=" + orig.tag + " copy.tag=" + copy.tag
                + " distinct=" + (orig != copy) + " same class=" + (orig.getClass() == copy.getClass()));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        int[] arr = {5, 6, 7};
        int[] arrCopy = arr.clone();
        arrCopy[0] = 0;
        System.out.println("array clone independent: " + arr[0] + " " + arrCopy[0] + " equals: " + arr.equals(arrCopy));
        Point[] pts = {a, c};
        Point[] ptsCopy = pts.clone();
        System.out.println("object array clone is shallow: " + (pts[0] == ptsCopy[0]));
        Object[] bucket = new Object[7];
        Point[] keys = {new Point(0, 0), new Point(1, 2), new Point(3, 4), new Point(2, 1), new Point(1, 2)};
        for (Point p : keys) {
            int idx = (p.hashCode() & 0x7fffffff) % bucket.length;
            String prev = bucket[idx] == null ? "empty" : bucket[idx].equals(p) ? "duplicate" : "collision";
            bucket[idx] = p;
            System.out.println(p + " -> bucket " + idx + " (" + prev + ")");
        }
        Object s1 = "text", s2 = new String("text");
        System.out.println("String equals via Object: " + s1.equals(s2) + " hash equal: " + (s1.hashCode() == s2.hashCode()));
    }
}
