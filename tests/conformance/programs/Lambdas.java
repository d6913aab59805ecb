// Lambdas and method references (invokedynamic + LambdaMetafactory) over the program's own
// functional interfaces and java.lang.Runnable / Comparable only.
public class Lambdas {
    interface IntOp {
        int apply(int a, int b);
    }

    interface Supplier<T> {
        T get();
    }

    interface Fn<A, B> {
        B apply(A a);

        default <C> Fn<A, C> andThen(final Fn<B, C> next) {
            return a -> next.apply(apply(a));
        }
    }

    interface Pred {
        boolean test(String s);
    }

    int base = 100;

    int addBase(int x) {
        return x + base;
    }

    static int twice(int x) {
        return 2 * x;
    }

    static String applyAll(String[] items, Pred p) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            if (p.test(s)) sb.append(s).append(' ');
        }
        return sb.toString().trim();
    }

    static int fold(int[] xs, int init, IntOp op) {
        int acc = init;
        for (int x : xs) acc = op.apply(acc, x);
        return acc;
    }

    public static void main(String[] args) {
        IntOp add = (a, b) -> a + b;
        IntOp mul = (a, b) -> a * b;
        IntOp max = Math::max;
        int[] xs = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println("fold add=" + fold(xs, 0, add) + " mul=" + fold(xs, 1, mul) + " max=" + fold(xs, Integer.MIN_VALUE, max));
        final int offset = 7;
        Fn<Integer, Integer> plusOffset = x -> x + offset;
        Fn<Integer, Integer> doubled = Lambdas::twice;
        Fn<Integer, String> describe = x -> "value:" + x;
        System.out.println(plusOffset.andThen(doubled).andThen(describe).apply(5));
        Lambdas inst = new Lambdas();
        Fn<Integer, Integer> bound = inst::addBase;
        inst.base = 1000;
        System.out.println("bound method ref sees field update: " + bound.apply(1));
        Fn<String, Integer> length = String::length;
        Fn<String, String> upper = String::toUpperCase;
        System.out.println("unbound refs: " + length.apply("hello") + " " + upper.apply("shout"));
        Supplier<StringBuilder> ctor = StringBuilder::new;
        StringBuilder sb = ctor.get().append("constructed");
        System.out.println("constructor ref: " + sb);
        Fn<Integer, int[]> arrayCtor = int[]::new;
        System.out.println("array constructor ref length: " + arrayCtor.apply(4).length);
        String[] words = {"apple", "kiwi", "banana", "fig", "cherry"};
        System.out.println("filtered: " + applyAll(words, s -> s.length() > 4));
        System.out.println("filtered: " + applyAll(words, s -> s.indexOf('i') >= 0));
        final int[] counter = {0};
        Runnable r = () -> counter[0]++;
        for (int i = 0; i < 5; i++) r.run();
        System.out.println("runnable lambda ran " + counter[0] + " times");
        Supplier<Supplier<String>> nested = () -> () -> "nested lambda";
        System.out.println(nested.get().get());
        Fn<Integer, Integer> fact = new Fn<Integer, Integer>() {
            public Integer apply(Integer n) {
                return n <= 1 ? 1 : n * this.apply(n - 1);
            }
        };
        System.out.println("recursive anonymous: " + fact.apply(10));
        Comparable<String> cmp = s -> s.length();
        System.out.println("Comparable lambda: " + cmp.compareTo("four"));
        IntOp[] ops = {add, mul, (a, b) -> a - b, (a, b) -> b == 0 ? 0 : a / b};
        StringBuilder out = new StringBuilder();
        for (IntOp op : ops) out.append(op.apply(12, 4)).append(' ');
        System.out.println("ops over (12,4): " + out);
        Runnable same1 = r;
        System.out.println("same lambda object reused via variable: " + (same1 == r));
    }
}
