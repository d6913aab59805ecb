// Deep recursion (10,000+ frames) inside non-main threads, several at once, and a
// StackOverflowError caught inside a thread, which then keeps working normally.
public class ThreadDeepRecursion {
    static long sumTo(int n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    static int ackermannish(int depth, int acc) {
        if (depth == 0) return acc;
        return ackermannish(depth - 1, (acc * 31 + depth) % 1000003);
    }

    static String nested(int n) {
        if (n == 0) return "";
        String inner = nested(n - 1);
        return n % 2500 == 0 ? inner + "[" + n + "]" : inner;
    }

    static int unbounded(int n) {
        return unbounded(n + 1) + 1;
    }

    static int depthReached;

    static void measure(int n) {
        depthReached = n;
        measure(n + 1);
    }

    static class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }

        int sum() {
            return value + (next == null ? 0 : next.sum());
        }
    }

    public static void main(String[] args) throws Exception {
        final long[] results = new long[4];
        final String[] text = new String[1];
        Thread t1 = new Thread("deep-sum") {
            @Override
            public void run() {
                results[0] = sumTo(12000);
            }
        };
        Thread t2 = new Thread("deep-mix") {
            @Override
            public void run() {
                results[1] = ackermannish(15000, 1);
            }
        };
        Thread t3 = new Thread("deep-string") {
            @Override
            public void run() {
                text[0] = nested(10000);
            }
        };
        Thread t4 = new Thread("deep-list") {
            @Override
            public void run() {
                Node head = null;
                for (int i = 1; i <= 11000; i++) head = new Node(i % 97, head);
                results[3] = head.sum();
            }
        };
        t1.start();
        t2.start();
        t3.start();
        t4.start();
        t1.join();
        t2.join();
        t3.join();
        t4.join();
        System.out.println("sumTo(12000) in thread = " + results[0]);
        System.out.println("ackermannish(15000) in thread = " + results[1]);
        System.out.println("nested(10000) in thread = " + text[0]);
        System.out.println("linked list sum over 11000 frames = " + results[3]);

        final StringBuffer log = new StringBuffer();
        Thread overflow = new Thread("overflow") {
            @Override
            public void run() {
                try {
                    unbounded(0);
                    log.append("returned?!;");
                } catch (StackOverflowError e) {
                    log.append("caught ").append(e.getClass().getName()).append(';');
                }
                // after unwinding, deep recursion works again
                log.append("after overflow sumTo(10000)=").append(sumTo(10000)).append(';');
                try {
                    measure(0);
                } catch (StackOverflowError e) {
                    log.append("second overflow caught, depth > 10000: ").append(depthReached > 10000).append(';');
                }
                try {
                    synchronized (log) {
                        unbounded(0);
                    }
                } catch (StackOverflowError e) {
                    log.append("overflow inside synchronized released the lock: ").append(!Thread.holdsLock(log)).append(';');
                }
            }
        };
        overflow.start();
        overflow.join();
        for (String part : log.toString().split(";")) System.out.println(part);

        // the main thread's own stack is unaffected
        System.out.println("main sumTo(10000) = " + sumTo(10000));
        final Throwable[] escaped = new Throwable[1];
        Thread uncaught = new Thread("uncaught-overflow") {
            @Override
            public void run() {
                unbounded(0);
            }
        };
        uncaught.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            public void uncaughtException(Thread t, Throwable e) {
                escaped[0] = e;
            }
        });
        uncaught.start();
        uncaught.join();
        System.out.println("uncaught overflow delivered to handler: " + escaped[0].getClass().getName());
    }
}
