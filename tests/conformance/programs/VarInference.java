// conformance: min-release 11
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

// Local variable type inference (Java 10/11): var for primitives (with the literal's type),
// generic collections, for and for-each loops, anonymous classes whose extra members stay
// accessible through var, intersection-typed values, var in lambda parameters, and
// try-with-resources on an effectively final variable (Java 9).
public class VarInference {
    static final StringBuilder log = new StringBuilder();

    static final class Res implements AutoCloseable {
        final String name;

        Res(String name) {
            this.name = name;
            log.append("open ").append(name).append("; ");
        }

        @Override
        public void close() {
            log.append("close ").append(name).append("; ");
        }
    }

    static <T extends Comparable<T>> T maxOf(List<T> xs) {
        var best = xs.get(0);
        for (var x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    public static void main(String[] args) throws Exception {
        var i = 10;
        var l = 10L;
        var f = 1.5f;
        var d = 2.5;
        var c = 'c';
        var b = (byte) 7;
        var s = "text";
        System.out.println("int division " + (i / 4) + ", long overflow " + (l * Integer.MAX_VALUE * 4) + ", float " + (f / 3)
                + ", double " + (d / 3) + ", char+1 " + (c + 1) + ", (char)(c+1) " + (char) (c + 1) + ", byte " + (b << 5) + ", " + s.length());
        var ic = i;
        ic += 0.7;
        System.out.println("compound assignment keeps int: " + ic);

        var list = new ArrayList<Map<String, List<Integer>>>();
        var m = new HashMap<String, List<Integer>>();
        m.put("odd", new ArrayList<>(List.of(1, 3, 5)));
        m.put("even", new ArrayList<>(List.of(2, 4)));
        list.add(m);
        for (var entry : new TreeMap<>(list.get(0)).entrySet()) {
            var key = entry.getKey();
            var sum = 0;
            for (var v : entry.getValue()) sum += v;
            System.out.println(key + " sum " + sum);
        }
        for (var k = 0; k < 3; k++) System.out.print(k * k + " ");
        System.out.println();
        var arr = new int[][] {{1, 2}, {3, 4, 5}};
        var total = 0;
        for (var row : arr) for (var v : row) total += v;
        System.out.println("2D total " + total);

        var counter = new Object() {
            int count;

            int next() {
                return ++count;
            }

            String report() {
                return "counted " + count;
            }
        };
        counter.next();
        counter.next();
        counter.count += 10;
        System.out.println("anonymous class members through var: " + counter.next() + " " + counter.report());

        var cmp = maxOf(List.of("pear", "apple", "zucchini", "fig"));
        System.out.println("generic method inference: " + cmp);
        var mixed = List.of(1, 2.5, 3L);
        Number first = mixed.get(0);
        System.out.println("inferred List<Number & Comparable>: " + mixed + " first=" + first.intValue());

        BiFunction<Integer, Integer, Integer> add = (var x, var y) -> x + y;
        BiFunction<String, String, String> join = (final var x, final var y) -> x + "+" + y;
        System.out.println("var lambda params: " + add.apply(20, 22) + " " + join.apply("a", "b"));

        final var r1 = new Res("first");
        var r2 = new Res("second");
        try (r1; r2; var r3 = new Res("third")) {
            log.append("body with ").append(r1.name).append(',').append(r2.name).append(',').append(r3.name).append("; ");
        }
        System.out.println(log.toString().trim());
        var nothing = (String) null;
        System.out.println("var with cast null: " + nothing);
        var sb = new StringBuilder();
        for (var ch : "infer".toCharArray()) sb.insert(0, ch);
        System.out.println("reversed via var char: " + sb);
    }
}
