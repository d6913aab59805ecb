// conformance: min-release 16
import java.util.ArrayList;
import java.util.List;

// Pattern matching for instanceof (Java 16): binding variables in conditions, with && and
// ||-negation scoping, in loops and ternaries, shadowing fields, generic and array types,
// and null never matching.
public class PatternInstanceof {
    static String s = "field";

    static String describe(Object o) {
        if (o instanceof Integer i && i > 100) return "big int " + (i + 1);
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof String str && !str.isEmpty()) return "string of " + str.length() + " starting " + str.charAt(0);
        if (o instanceof String) return "empty string";
        if (o instanceof int[] arr) return "int[" + arr.length + "]";
        if (o instanceof Object[] arr && arr.length > 0 && arr[0] instanceof String first) return "array starting with string " + first;
        if (o instanceof List<?> list) return "list of " + list.size();
        if (o instanceof CharSequence cs) return "char sequence " + cs.length();
        if (o instanceof Number n) return "number " + n.doubleValue();
        return o == null ? "null" : "other " + o.getClass().getSimpleName();
    }

    static int lengthOrZero(Object o) {
        if (!(o instanceof String str)) return 0;
        return str.length();
    }

    static String shadow(Object o) {
        if (o instanceof String s) {
            return "binding " + s + " shadows field";
        }
        return "field is " + s;
    }

    static abstract class Animal {
        abstract String name();
    }

    static final class Dog extends Animal {
        String name() {
            return "dog";
        }

        String bark() {
            return "woof";
        }
    }

    static final class Cat extends Animal {
        String name() {
            return "cat";
        }

        int lives() {
            return 9;
        }
    }

    public static void main(String[] args) {
        Object[] samples = {42, 1000, "hello", "", new int[] {1, 2, 3}, new String[] {"a", "b"}, new Object[] {1, "x"},
            List.of(1, 2), new StringBuilder("abcd"), 2.5, 7L, null, 'c'};
        for (Object o : samples) System.out.println(describe(o));
        System.out.println("lengthOrZero: " + lengthOrZero("four") + " " + lengthOrZero(4) + " " + lengthOrZero(null));
        System.out.println(shadow("param") + "; " + shadow(1));

        List<Animal> zoo = new ArrayList<>();
        zoo.add(new Dog());
        zoo.add(new Cat());
        zoo.add(new Dog());
        int lives = 0;
        StringBuilder sounds = new StringBuilder();
        for (Animal a : zoo) {
            if (a instanceof Dog d) sounds.append(d.bark()).append(' ');
            else if (a instanceof Cat c) lives += c.lives();
        }
        System.out.println("sounds: " + sounds.toString().trim() + " lives: " + lives);

        Object o = "ternary";
        String r = o instanceof String str ? str.toUpperCase() : "not a string";
        System.out.println(r);
        Object n = 12;
        boolean both = n instanceof Integer i && i % 2 == 0 && i > 10;
        System.out.println("condition chain: " + both);
        Object x = "abc";
        while (!(x instanceof Integer len)) {
            x = ((String) x).length();
        }
        System.out.println("after loop, binding in scope: " + (len * 10));
        Object nothing = null;
        System.out.println("null instanceof String: " + (nothing instanceof String str2));
        Object num = 3.75;
        if (num instanceof Double d && d > 3) {
            double frac = d - Math.floor(d);
            System.out.println("fraction " + frac);
        }
        Object nested = List.of(List.of("deep"));
        if (nested instanceof List<?> outer && !outer.isEmpty() && outer.get(0) instanceof List<?> inner && inner.get(0) instanceof String leaf) {
            System.out.println("nested patterns reach: " + leaf);
        }
        Object cs = new StringBuilder("sb");
        if (cs instanceof CharSequence seq && seq instanceof StringBuilder sb) {
            sb.append("!");
            System.out.println("same object through two bindings: " + seq);
        }
    }
}
