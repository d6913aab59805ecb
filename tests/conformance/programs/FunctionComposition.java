import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.Comparator;

// Default and static methods of java.util.function interfaces: Function.andThen/compose/
// identity, Predicate.and/or/negate/isEqual, Consumer.andThen, BiFunction.andThen,
// UnaryOperator.identity, BinaryOperator.minBy/maxBy, and the primitive specializations.
public class FunctionComposition {
    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println("andThen: " + plus2.andThen(times3).apply(4) + " compose: " + plus2.compose(times3).apply(4));
        System.out.println("identity: " + Function.<String>identity().apply("same") + " chained identity: "
                + Function.<Integer>identity().andThen(plus2).compose(times3).apply(1));
        Function<String, Integer> len = String::length;
        Function<String, String> describe = len.andThen(n -> n % 2 == 0 ? "even" : "odd").andThen(String::toUpperCase);
        System.out.println("string pipeline: " + describe.apply("four") + " " + describe.apply("three"));

        Predicate<String> empty = String::isEmpty;
        Predicate<String> longWord = s -> s.length() > 5;
        Predicate<String> startsA = s -> s.startsWith("a");
        String[] words = {"", "apple", "avocado", "kiwi", "banana", "a"};
        for (String w : words) {
            System.out.println("[" + w + "] notEmpty=" + empty.negate().test(w) + " long&a=" + longWord.and(startsA).test(w)
                    + " long|a=" + longWord.or(startsA).test(w) + " !(long|a)=" + longWord.or(startsA).negate().test(w));
        }
        Predicate<String> isKiwi = Predicate.isEqual("kiwi");
        Predicate<Object> isNull = Predicate.isEqual(null);
        System.out.println("isEqual: " + isKiwi.test("kiwi") + " " + isKiwi.test("KIWI") + " " + isNull.test(null) + " " + isNull.test("x"));
        StringBuilder evaluated = new StringBuilder();
        Predicate<Integer> left = x -> {
            evaluated.append('L');
            return x > 0;
        };
        Predicate<Integer> right = x -> {
            evaluated.append('R');
            return x < 10;
        };
        left.and(right).test(-1);
        left.or(right).test(5);
        left.and(right).test(5);
        System.out.println("short-circuit evaluation order: " + evaluated);

        StringBuilder log = new StringBuilder();
        Consumer<String> first = s -> log.append("first:").append(s).append(' ');
        Consumer<String> second = s -> log.append("second:").append(s.length()).append(' ');
        first.andThen(second).andThen(first).accept("xy");
        System.out.println("Consumer.andThen: " + log.toString().trim());

        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println("BiFunction.andThen: " + add.andThen(x -> "sum=" + x).apply(20, 22));
        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println("minBy/maxBy: " + shorter.apply("ccc", "dd") + " " + longer.apply("ccc", "dd") + " tie keeps first: "
                + shorter.apply("ab", "cd") + " " + longer.apply("ab", "cd"));
        UnaryOperator<String> id = UnaryOperator.identity();
        System.out.println("UnaryOperator.identity: " + id.apply("u"));

        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println("IntUnaryOperator: andThen=" + inc.andThen(dbl).applyAsInt(5) + " compose=" + inc.compose(dbl).applyAsInt(5)
                + " identity=" + IntUnaryOperator.identity().applyAsInt(9));
        LongUnaryOperator shift = x -> x << 33;
        System.out.println("LongUnaryOperator: " + shift.andThen(x -> x + 1).applyAsLong(1));
        DoubleUnaryOperator half = x -> x / 2;
        System.out.println("DoubleUnaryOperator: " + half.compose(x -> x + 1).applyAsDouble(2.0) + " " + half.andThen(Math::sqrt).applyAsDouble(8.0));
        IntPredicate even = x -> x % 2 == 0;
        IntPredicate positive = x -> x > 0;
        StringBuilder sb = new StringBuilder();
        for (int x = -3; x <= 3; x++) {
            sb.append(x).append(':').append(even.and(positive).test(x) ? 'A' : '-').append(even.or(positive).test(x) ? 'O' : '-')
                    .append(even.negate().test(x) ? 'N' : '-').append(' ');
        }
        System.out.println("IntPredicate: " + sb.toString().trim());

        Function<Integer, Integer> pipeline = Function.identity();
        for (int k = 1; k <= 5; k++) {
            final int kk = k;
            pipeline = pipeline.andThen(x -> x * 10 + kk);
        }
        System.out.println("built pipeline: " + pipeline.apply(0));
        try {
            plus2.andThen(null);
        } catch (NullPointerException e) {
            System.out.println("andThen(null): NullPointerException");
        }
    }
}
