// conformance: min-release 16
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

// Records beyond the basics: nested and generic records, records implementing interfaces and
// Comparable, local records, float/double components (equals compares like Float.compare /
// Double.compare: NaN equals NaN, 0.0 != -0.0), array components (reference equality), and
// records with varargs canonical constructors.
public class RecordsAdvanced {
    interface Shape {
        double area();

        default String label() {
            return getClass().getSimpleName() + "(" + area() + ")";
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }
    }

    record Rect(double w, double h) implements Shape {
        public double area() {
            return w * h;
        }
    }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }
    }

    record Line(Pair<Integer, Integer> from, Pair<Integer, Integer> to) {
    }

    record Version(int major, int minor, int patch) implements Comparable<Version> {
        static Version parse(String s) {
            String[] p = s.split("\\.");
            return new Version(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }

        public int compareTo(Version o) {
            if (major != o.major) return Integer.compare(major, o.major);
            if (minor != o.minor) return Integer.compare(minor, o.minor);
            return Integer.compare(patch, o.patch);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }

    record Floats(float f, double d) {
    }

    record Data(String name, int[] values) {
    }

    record Tags(String... tags) {
        int count() {
            return tags.length;
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3.5), new Circle(0.5));
        for (Shape s : shapes) System.out.println(s + " -> " + s.label());

        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " swap=" + p.swap() + " withSecond=" + p.withSecond(List.of(1, 2)));
        Line line = new Line(new Pair<>(0, 0), new Pair<>(3, 4));
        System.out.println("nested: " + line + " to.second=" + line.to().second());
        System.out.println("nested equals: " + line.equals(new Line(new Pair<>(0, 0), new Pair<>(3, 4))) + " hash equal: "
                + (line.hashCode() == new Line(new Pair<>(0, 0), new Pair<>(3, 4)).hashCode()));

        List<Version> versions = new ArrayList<>();
        for (String v : new String[] {"1.10.0", "1.2.3", "1.2.10", "0.9.9", "2.0.0", "1.2.3"}) versions.add(Version.parse(v));
        Collections.sort(versions);
        System.out.println("sorted versions: " + versions + " max=" + Collections.max(versions));

        record Local(String k, long v) {
            Local twice() {
                return new Local(k + k, v * 2);
            }
        }
        Local loc = new Local("ab", 21);
        System.out.println("local record: " + loc + " -> " + loc.twice());

        Floats nan1 = new Floats(Float.NaN, Double.NaN);
        Floats nan2 = new Floats(Float.NaN, Double.NaN);
        System.out.println(nan1 + " equals NaN twin: " + nan1.equals(nan2) + " hash equal: " + (nan1.hashCode() == nan2.hashCode()));
        Floats pz = new Floats(0.0f, 0.0);
        Floats nz = new Floats(-0.0f, -0.0);
        System.out.println(pz + " vs " + nz + " equals: " + pz.equals(nz) + " hashCodes " + pz.hashCode() + " " + nz.hashCode());
        Floats v = new Floats(1.1f, 1.1);
        System.out.println(v + " hashCode=" + v.hashCode() + " f()==1.1f: " + (v.f() == 1.1f));

        int[] arr = {1, 2, 3};
        Data a = new Data("a", arr);
        Data b = new Data("a", arr);
        Data c = new Data("a", new int[] {1, 2, 3});
        System.out.println("array component: same array equal=" + a.equals(b) + " equal contents, other array=" + a.equals(c)
                + " values=" + Arrays.toString(a.values()));
        arr[0] = 99;
        System.out.println("record holds the array by reference: " + Arrays.toString(b.values()));

        Tags t = new Tags("x", "y", "z");
        Tags none = new Tags();
        System.out.println("varargs record: count=" + t.count() + " " + none.count() + " tags=" + Arrays.toString(t.tags()));
        Object o = new Rect(1, 1);
        if (o instanceof Rect r && r.w() == r.h()) System.out.println("square rect via pattern: " + r);
    }
}
