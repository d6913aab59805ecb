// conformance: min-release 11
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

// Java 9-11 collection and utility APIs with deterministic output: List.of/List.copyOf
// (immutable, null-hostile), single-entry Map.of and Set.of, Optional.isEmpty/or/
// ifPresentOrElse/orElseThrow(), Objects.requireNonNullElse(Get)/checkIndex.
public class Java11Collections {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<Integer> empty = List.of();
        List<String> one = List.of("solo");
        List<Integer> many = List.of(5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 11);
        System.out.println(empty + " " + one + " " + many + " size=" + many.size());
        System.out.println("get(2)=" + many.get(2) + " indexOf(3)=" + many.indexOf(3) + " lastIndexOf(3)=" + many.lastIndexOf(3)
                + " contains(11)=" + many.contains(11) + " subList=" + many.subList(2, 5));
        System.out.println("equals ArrayList=" + many.equals(new ArrayList<>(many)) + " hashCode=" + many.hashCode() + " " + one.hashCode());
        attempt("List.of add", () -> many.add(1));
        attempt("List.of set", () -> many.set(0, 1));
        attempt("List.of remove", () -> one.remove(0));
        attempt("List.of clear on empty", () -> empty.clear());
        attempt("List.of with null", () -> List.of("a", null));
        attempt("contains(null)", () -> many.contains(null));
        attempt("get(12)", () -> many.get(12));
        List<String> mutable = new ArrayList<>(List.of("x", "y"));
        List<String> copy = List.copyOf(mutable);
        mutable.add("z");
        System.out.println("copyOf is a snapshot: " + copy + " vs " + mutable);
        attempt("copyOf add", () -> copy.add("w"));
        var sorted = new ArrayList<>(many);
        sorted.sort(null);
        System.out.println("sorted copy: " + sorted);

        Map<String, Integer> m = Map.of("key", 42);
        System.out.println("Map.of single: " + m + " get=" + m.get("key") + " getOrDefault=" + m.getOrDefault("nope", -1));
        attempt("Map.of put", () -> m.put("k2", 1));
        attempt("Map.of null value", () -> Map.of("k", (Integer) null));
        System.out.println("Map.entry: " + Map.entry("e", 1) + " Map.of() = " + Map.of());
        Set<String> s = Set.of("only");
        System.out.println("Set.of single: " + s + " contains=" + s.contains("only"));
        attempt("Set.of duplicates", () -> Set.of("a", "a"));

        Optional<String> some = Optional.of("v");
        Optional<String> none = Optional.empty();
        System.out.println("isEmpty: " + some.isEmpty() + " " + none.isEmpty());
        System.out.println("or: " + none.or(() -> Optional.of("alt")) + " " + some.or(() -> Optional.of("alt")));
        StringBuilder sb = new StringBuilder();
        some.ifPresentOrElse(v -> sb.append("had ").append(v), () -> sb.append("had nothing"));
        sb.append("; ");
        none.ifPresentOrElse(v -> sb.append("had ").append(v), () -> sb.append("had nothing"));
        System.out.println("ifPresentOrElse: " + sb);
        System.out.println("orElseThrow(): " + some.orElseThrow());
        attempt("empty orElseThrow()", () -> none.orElseThrow());

        System.out.println("requireNonNullElse: " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElse("first", "else"));
        System.out.println("requireNonNullElseGet: " + Objects.requireNonNullElseGet(null, () -> "supplied"));
        attempt("requireNonNullElse(null, null)", () -> Objects.requireNonNullElse(null, null));
        System.out.println("checkIndex(2, 5)=" + Objects.checkIndex(2, 5));
        try {
            Objects.checkIndex(5, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex(5, 5): " + e.getMessage());
        }
        try {
            Objects.checkFromToIndex(3, 2, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromToIndex(3, 2, 5): " + e.getMessage());
        }
        try {
            Objects.checkFromIndexSize(2, 4, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromIndexSize(2, 4, 5): " + e.getMessage());
        }
        for (var it = many.iterator(); it.hasNext();) {
            int v = it.next();
            if (v > 8) System.out.println("big element " + v);
        }
    }
}
