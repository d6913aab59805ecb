public class DeepRecursion {
    static int sumTo(int n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    static long longChain(long acc, int n) {
        if (n == 0) return acc;
        return longChain(acc * 31 + n, n - 1);
    }

    static double harmonic(double acc, int n, long unused) {
        if (n == 0) return acc;
        return harmonic(acc + 1.0 / n, n - 1, unused + n);
    }

    static long mixed(int i, long l, double d, float f, byte b, char c, short s, boolean z) {
        if (i == 0) return l + (long) d + (long) f + b + c + s + (z ? 1 : 0);
        return mixed(i - 1, l + i, d + 0.5, f + 0.25f, (byte) (b + 1), (char) (c + 1), (short) (s - 1), !z);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static class ListNode {
        final int value;
        final ListNode next;

        ListNode(int v, ListNode n) {
            value = v;
            next = n;
        }

        int length() {
            return next == null ? 1 : 1 + next.length();
        }

        long sum() {
            return value + (next == null ? 0 : next.sum());
        }
    }

    static String buildString(int n) {
        if (n == 0) return "";
        String rest = buildString(n - 1);
        return n % 1000 == 0 ? rest + "|" : rest;
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int depthWithException(int n) {
        if (n == 0) throw new IllegalStateException("bottom reached");
        try {
            return depthWithException(n - 1);
        } finally {
            counter++;
        }
    }

    static int counter;

    public static void main(String[] args) {
        System.out.println("sumTo(10000) = " + sumTo(10000));
        System.out.println("longChain(10000) = " + longChain(1, 10000));
        System.out.println("harmonic(10000) = " + harmonic(0, 10000, 0));
        System.out.println("mixed(5000) = " + mixed(5000, 0L, 0.0, 0f, (byte) 0, 'a', (short) 0, false));
        System.out.println("isEven(10001) = " + isEven(10001) + ", isOdd(9999) = " + isOdd(9999));
        System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", ackermann(3, 5) = " + ackermann(3, 5));
        ListNode head = null;
        for (int i = 0; i < 10000; i++) {
            head = new ListNode(i, head);
        }
        System.out.println("list length = " + head.length() + ", sum = " + head.sum());
        System.out.println("buildString(10000) = " + buildString(10000));
        System.out.println("fib(22) = " + fib(22));
        try {
            depthWithException(5000);
        } catch (IllegalStateException e) {
            System.out.println("exception unwound 5000 frames: " + e.getMessage() + ", finally count = " + counter);
        }
    }
}
