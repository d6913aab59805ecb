import java.io.Serializable;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

// Lambda captures and conversions: capturing every primitive type, objects, arrays and
// `this`; lambdas returning primitives with boxing, unboxing and widening; lambdas in static
// and instance initializers; recursion through a field; serializable intersection-cast
// lambdas; and capture of loop variables.
public class LambdaCaptures {
    static final IntUnaryOperator STATIC_SQUARE;
    static Function<Integer, Long> factorial;
    static final StringBuilder initLog = new StringBuilder();

    static {
        int offset = 3;
        STATIC_SQUARE = x -> x * x + offset;
        factorial = n -> n <= 1 ? 1L : n * factorial.apply(n - 1);
        Runnable r = () -> initLog.append("static-init lambda ran; ");
        r.run();
    }

    String name;
    final Supplier<String> greeter;
    int counter;

    {
        greeter = () -> "hello from " + this.name + " (counter " + counter + ")";
        Runnable r = () -> initLog.append("instance-init lambda ran; ");
        r.run();
    }

    LambdaCaptures(String name) {
        this.name = name;
    }

    IntSupplier incrementer() {
        return () -> ++counter;
    }

    interface Tri<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    public static void main(String[] args) {
        byte b = -7;
        short s = 30000;
        char c = 'Q';
        int i = 123456;
        long l = 9876543210L;
        float f = 1.25f;
        double d = -2.5e-3;
        boolean z = true;
        String str = "cap";
        int[] arr = {1, 2, 3};
        Supplier<String> all = () -> b + "|" + s + "|" + c + "|" + i + "|" + l + "|" + f + "|" + d + "|" + z + "|" + str + "|" + arr.length;
        System.out.println("captured: " + all.get());
        arr[0] = 100;
        IntSupplier sumArr = () -> arr[0] + arr[1] + arr[2];
        System.out.println("captured array is shared: " + sumArr.getAsInt());

        IntBinaryOperator mix = (x, y) -> x * c + y * b;
        LongSupplier widened = () -> i;
        DoubleSupplier fromFloat = () -> f;
        BooleanSupplier neg = () -> !z;
        System.out.println("primitive returns: " + mix.applyAsInt(2, 3) + " " + widened.getAsLong() + " " + fromFloat.getAsDouble() + " " + neg.getAsBoolean());
        Supplier<Integer> boxed = () -> i;
        Function<Integer, Integer> unboxAndBox = n -> n + 1;
        ToLongFunction<Integer> unboxWiden = n -> n;
        ToDoubleFunction<Character> charToDouble = ch -> ch;
        Function<Character, Integer> charToInt = ch -> ch + 0;
        System.out.println("boxing: " + boxed.get() + " " + unboxAndBox.apply(41) + " " + unboxWiden.applyAsLong(-5) + " "
                + charToDouble.applyAsDouble('A') + " " + charToInt.apply('a'));
        Supplier<Object> autoboxChar = () -> c;
        Supplier<Number> longAsNumber = () -> l;
        System.out.println("boxed types: " + autoboxChar.get().getClass().getSimpleName() + " " + longAsNumber.get().getClass().getSimpleName());
        Comparator<Integer> cmp = (x, y) -> Integer.compare(y, x);
        System.out.println("comparator lambda: " + cmp.compare(1, 2));

        System.out.println("static initializer lambdas: " + STATIC_SQUARE.applyAsInt(9) + " 20! = " + factorial.apply(20));
        LambdaCaptures obj = new LambdaCaptures("obj");
        IntSupplier inc = obj.incrementer();
        inc.getAsInt();
        inc.getAsInt();
        System.out.println("instance capture of this: " + obj.greeter.get() + " next=" + inc.getAsInt());
        System.out.println("init log: " + initLog.toString().trim());

        Runnable[] tasks = new Runnable[4];
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < tasks.length; k++) {
            final int kk = k * k;
            tasks[k] = () -> out.append(kk).append(',');
        }
        for (String w : new String[] {"x", "y"}) {
            Runnable r = () -> out.append(w).append(',');
            r.run();
        }
        for (Runnable t : tasks) t.run();
        System.out.println("loop captures: " + out);

        Runnable ser = (Runnable & Serializable) () -> out.append("serializable ran");
        ser.run();
        System.out.println("intersection cast: Serializable=" + (ser instanceof Serializable) + " Runnable=" + (ser instanceof Runnable) + " " + out.substring(out.lastIndexOf(",") + 1));
        Comparator<String> serCmp = (Comparator<String> & Serializable) (x, y) -> x.length() - y.length();
        System.out.println("serializable comparator: " + serCmp.compare("aa", "b") + " " + (serCmp instanceof Serializable));
        Runnable plain = () -> { };
        System.out.println("plain lambda Serializable=" + (plain instanceof Serializable));

        Tri<Integer, Long, Double, String> tri = (x, y, w) -> x + "+" + y + "+" + w + "=" + (x + y + w);
        System.out.println("custom functional interface: " + tri.apply(1, 2L, 0.5));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = x -> y -> w -> x * 100 + y * 10 + w;
        System.out.println("curried: " + curried.apply(1).apply(2).apply(3));
        Supplier<Supplier<String>> nested = () -> () -> str + "-nested-" + c;
        System.out.println("nested lambda captures: " + nested.get().get());
        IntUnaryOperator[] fib = new IntUnaryOperator[1];
        fib[0] = n -> n < 2 ? n : fib[0].applyAsInt(n - 1) + fib[0].applyAsInt(n - 2);
        System.out.println("recursive via array holder: fib(20)=" + fib[0].applyAsInt(20));
        Object o = (Runnable) () -> { };
        System.out.println("lambda equals itself: " + o.equals(o) + ", distinct lambdas differ: " + ((Runnable) () -> { }).equals((Runnable) () -> { }));
    }
}
