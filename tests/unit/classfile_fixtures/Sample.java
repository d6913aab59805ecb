package fixtures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/** Exercises most class-file structures the parser must handle. */
public class Sample<T extends Comparable<T>> implements Runnable, Comparable<Sample<T>> {
    public static final int INT_CONST = 123456;
    public static final long LONG_CONST = -9000000000L;
    public static final float FLOAT_CONST = 1.5f;
    public static final double DOUBLE_CONST = 2.25;
    public static final String STRING_CONST = "h\u00e9llo\u0000w\u20acrld\ud83d\ude00";
    public static final char CHAR_CONST = 'x';
    public static final boolean BOOL_CONST = true;
    public static final byte BYTE_CONST = -7;
    public static final short SHORT_CONST = 300;
    static final float NAN_CONST = Float.NaN;

    private T value;
    protected List<String> names = new ArrayList<>();
    volatile int counter;
    transient long[][] matrix;

    public Sample(T value) {
        this.value = value;
    }

    public T getValue() {
        return value;
    }

    @Override
    public void run() {
        counter++;
    }

    @Override
    public int compareTo(Sample<T> other) {
        return value.compareTo(other.value);
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public String greet(String who, int times) {
        String s = "";
        for (int i = 0; i < times; i++) {
            s = s + "hi " + who + i;
        }
        return s;
    }

    public int safeDivide(int a, int b) throws IOException {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            throw new IOException("div", e);
        } finally {
            counter--;
        }
    }

    public synchronized long mix(long x, double y, float z, byte b, short s, char c, boolean f, Object[] arr) {
        long r = x + (long) y + (long) z + b + s + c + (f ? 1 : 0) + arr.length;
        return r;
    }

    public int lambdas(int seed) {
        IntBinaryOperator op = (a, b) -> a * b + seed;
        Runnable r = new Runnable() {
            public void run() {
                counter += 2;
            }
        };
        r.run();
        return op.applyAsInt(seed, 3);
    }

    public int switchOnString(String key) {
        switch (key) {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            default: return -1;
        }
    }

    public native int nativeHash(Object o);

    public static abstract class Shape {
        public abstract double area();
        public String describe() {
            return getClass().getName() + " area=" + area();
        }
    }

    public static final class Circle extends Shape {
        private final double r;
        public Circle(double r) { this.r = r; }
        public double area() { return Math.PI * r * r; }
    }

    public enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % 3]; } }

    public interface Greeter {
        String PREFIX = "Hello, ";
        String greet(String name);
        default String greetTwice(String name) { return greet(name) + greet(name); }
        static Greeter polite() { return n -> PREFIX + n; }
    }

    class Inner {
        int peek() { return counter; }
    }

    public static void main(String[] args) throws Exception {
        Sample<String> s = new Sample<>("x");
        class Local { int v = 4; }
        System.out.println(s.greet("bob", new Local().v) + add(1, 2));
        System.out.println(new Circle(2.0).describe() + Color.RED.next());
        int[] arr = new int[5];
        long big = 1L << 40;
        double d = 1e300;
        arr[0] = (int) (big >> 3);
        System.out.println(arr[0] + d + Greeter.polite().greetTwice("z"));
    }
}
