public class Varargs {
    static String count(Object... args) {
        if (args == null) return "null array";
        StringBuilder sb = new StringBuilder(args.length + ":");
        for (Object a : args) sb.append('[').append(a).append(']');
        return sb.toString();
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String fmt(String prefix, double... ds) {
        StringBuilder sb = new StringBuilder(prefix);
        for (double d : ds) sb.append(' ').append(d);
        return sb.toString();
    }

    static String pick(int a) { return "exact int"; }
    static String pick(int... a) { return "varargs int"; }
    static String pick(long a) { return "widened long"; }
    static String pick2(Integer a) { return "boxed Integer"; }
    static String pick2(int... a) { return "varargs int"; }
    static String pick3(Object o) { return "Object"; }
    static String pick3(Object... o) { return "Object..."; }

    static <T> int generic(T... items) {
        return items.length;
    }

    static String chars(char... cs) {
        return new String(cs);
    }

    static long longs(long first, long... rest) {
        long s = first;
        for (long r : rest) s = s * 10 + r;
        return s;
    }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count("a"));
        System.out.println(count("a", 1, 2.5, 'c', null));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(new Object[] {"x", "y"}));
        System.out.println(count((Object) new Object[] {"x", "y"}).substring(0, 2));
        System.out.println(count(new String[] {"s1", "s2", "s3"}));
        System.out.println(count(new int[] {1, 2}).substring(0, 2));
        System.out.println("sum() = " + sum() + ", sum(1,2,3) = " + sum(1, 2, 3) + ", sum(array) = " + sum(new int[] {10, 20}));
        System.out.println(fmt("doubles:", 1, 2.5f, 3L, 'A'));
        System.out.println("pick(1) -> " + pick(1) + ", pick(1L) -> " + pick(1L) + ", pick() -> " + pick() + ", pick(1,2) -> " + pick(1, 2));
        System.out.println("pick2(1) -> " + pick2(1));
        System.out.println("pick3(\"x\") -> " + pick3("x") + ", pick3() -> " + pick3() + ", pick3(\"a\",\"b\") -> " + pick3("a", "b"));
        System.out.println("pick3(null) -> " + pick3((Object) null));
        System.out.println("generic: " + generic() + " " + generic(1, "two", 3.0) + " " + generic("only"));
        System.out.println("chars: " + chars('h', 'e', 'y') + " [" + chars() + "]");
        System.out.println("longs: " + longs(1) + " " + longs(1, 2, 3) + " " + longs(9, new long[] {8, 7}));
        int[] shared = {1, 2, 3};
        modify(shared);
        System.out.println("array passed to varargs is the same array: " + shared[0]);
        Object[] nested = {new Object[] {1, 2}, "z"};
        System.out.println("nested count: " + count(nested).substring(0, 2));
    }

    static void modify(int... xs) {
        xs[0] = 99;
    }
}
