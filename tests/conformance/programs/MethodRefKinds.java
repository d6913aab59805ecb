import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

// Every kind of method reference: static, bound instance (obj::m, evaluated once), unbound
// (String::length), constructor (ArrayList::new, with arguments), array constructor
// (int[]::new), super::m, this::m, references to overloaded and varargs methods, and to
// private and interface default methods.
public class MethodRefKinds {
    static class Base {
        String greet(String who) {
            return "Base hello " + who;
        }
    }

    static class Derived extends Base {
        @Override
        String greet(String who) {
            return "Derived hi " + who;
        }

        Function<String, String> viaSuper() {
            return super::greet;
        }

        Function<String, String> viaThis() {
            return this::greet;
        }
    }

    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " of area " + area();
        }
    }

    static class Square implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        Square() {
            this(1.0);
        }

        public double area() {
            return side * side;
        }
    }

    static int evaluations;

    static String counted() {
        evaluations++;
        return "receiver";
    }

    private String secret(int n) {
        return "secret#" + n;
    }

    static int sumAll(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String kind(Object o) {
        return "object";
    }

    static String kind(String s) {
        return "string";
    }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        BiFunction<Integer, Integer, Integer> max = Math::max;
        System.out.println("static: " + parse.apply("123") + " " + max.apply(3, 9));

        Supplier<Integer> len = counted()::length;
        System.out.println("bound receiver evaluated once at creation: " + evaluations + " len=" + len.get() + len.get() + " evaluations=" + evaluations);
        String prefix = "pre-";
        Function<String, String> concat = prefix::concat;
        System.out.println("bound concat: " + concat.apply("fix"));

        ToIntFunction<String> length = String::length;
        BiFunction<String, String, Boolean> startsWith = String::startsWith;
        Function<String, String> upper = String::toUpperCase;
        System.out.println("unbound: " + length.applyAsInt("seven") + " " + startsWith.apply("lambda", "lam") + " " + upper.apply("shout"));

        Supplier<List<String>> newList = ArrayList::new;
        Function<Integer, List<String>> sized = ArrayList::new;
        List<String> l = newList.get();
        l.add("x");
        System.out.println("constructor refs: " + l + " " + sized.apply(50).size());
        Function<Double, Square> sq = Square::new;
        Supplier<Square> unit = Square::new;
        System.out.println("overloaded constructors: " + sq.apply(3.0).area() + " " + unit.get().area());
        Function<String, StringBuilder> sbNew = StringBuilder::new;
        System.out.println("StringBuilder::new(String): " + sbNew.apply("seed").reverse());

        IntFunction<int[]> intArr = int[]::new;
        IntFunction<String[][]> strArr = String[][]::new;
        int[] ia = intArr.apply(4);
        String[][] sa = strArr.apply(2);
        System.out.println("array constructors: int[" + ia.length + "] String[" + sa.length + "][] first=" + sa[0]);

        Derived d = new Derived();
        System.out.println("super::greet -> " + d.viaSuper().apply("A") + "; this::greet -> " + d.viaThis().apply("B"));
        Function<Base, String> unboundVirtual = b -> b.greet("C");
        System.out.println("virtual dispatch through unbound lambda: " + unboundVirtual.apply(d) + " / " + unboundVirtual.apply(new Base()));
        BiFunction<Base, String, String> unboundRef = Base::greet;
        System.out.println("Base::greet on Derived dispatches virtually: " + unboundRef.apply(d, "D"));

        Function<Shape, String> desc = Shape::describe;
        System.out.println("interface default via ref: " + desc.apply(new Square(2)));
        Function<Integer, String> priv = new MethodRefKinds()::secret;
        System.out.println("private method ref: " + priv.apply(7));

        Function<int[], Integer> varargs = MethodRefKinds::sumAll;
        System.out.println("varargs as array: " + varargs.apply(new int[] {1, 2, 3, 4}));
        Function<String, String> overloadStr = MethodRefKinds::kind;
        Function<Object, String> overloadObj = MethodRefKinds::kind;
        System.out.println("overload resolution: " + overloadStr.apply("s") + " " + overloadObj.apply("s"));

        UnaryOperator<String> trim = String::trim;
        Function<String, Integer> composed = trim.andThen(String::length);
        System.out.println("composed refs: " + composed.apply("   padded   "));
        List<String> words = new ArrayList<String>(Arrays.asList("delta", "Alpha", "charlie", "Bravo"));
        words.sort(String::compareToIgnoreCase);
        System.out.println("sort with String::compareToIgnoreCase: " + words);
        StringBuilder out = new StringBuilder();
        words.forEach(out::append);
        System.out.println("forEach(out::append): " + out);
        Runnable r = System.out::println;
        r.run();
        Function<Object, String> valueOf = String::valueOf;
        System.out.println("String::valueOf(Object): " + valueOf.apply(null) + " " + valueOf.apply(1.5));
        Function<String, char[]> toChars = String::toCharArray;
        System.out.println("toCharArray length: " + toChars.apply("abcdef").length);
        Supplier<Thread> cur = Thread::currentThread;
        System.out.println("Thread::currentThread name: " + cur.get().getName());
    }
}
