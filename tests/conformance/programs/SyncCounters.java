// Mutual exclusion under contention: synchronized instance and static methods, blocks on
// separate locks, reentrant calls across methods, a lock held across wait by a helper, and
// lock-ordered transfers between accounts. Final totals are exact regardless of interleaving.
public class SyncCounters {
    private long count;
    private static long staticCount;
    private final Object lockA = new Object();
    private final Object lockB = new Object();
    private long a, b;

    synchronized void inc() {
        count++;
    }

    synchronized void incTwiceReentrant() {
        inc();
        inc();
    }

    static synchronized void staticInc() {
        staticCount++;
    }

    void incA() {
        synchronized (lockA) {
            long v = a;
            Thread.yield();
            a = v + 1;
        }
    }

    void incB() {
        synchronized (lockB) {
            b += 2;
        }
    }

    static final class Account {
        final int id;
        long balance;

        Account(int id, long balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        final SyncCounters s = new SyncCounters();
        final int threads = 6;
        final int iterations = 2000;
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            final int id = i;
            ts[i] = new Thread("counter-" + i) {
                @Override
                public void run() {
                    for (int k = 0; k < iterations; k++) {
                        if (id % 2 == 0) s.inc();
                        else s.incTwiceReentrant();
                        staticInc();
                        if (k % 10 == 0) s.incA();
                        s.incB();
                        synchronized (SyncCounters.class) {
                            staticCount += 10;
                        }
                    }
                }
            };
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("count=" + s.count + " (expected " + (3 * iterations + 3 * 2 * iterations) + ")");
        System.out.println("staticCount=" + staticCount + " (expected " + (threads * iterations * 11) + ")");
        System.out.println("a=" + s.a + " b=" + s.b);

        final Account[] accounts = new Account[5];
        for (int i = 0; i < accounts.length; i++) accounts[i] = new Account(i, 1000 * (i + 1));
        Thread[] movers = new Thread[4];
        for (int m = 0; m < movers.length; m++) {
            final int seed = m;
            movers[m] = new Thread("mover-" + m) {
                @Override
                public void run() {
                    int x = seed * 7 + 1;
                    for (int k = 0; k < 1500; k++) {
                        x = (x * 1103515245 + 12345) & 0x7fffffff;
                        int from = x % accounts.length;
                        int to = (x / 7) % accounts.length;
                        if (from != to) transfer(accounts[from], accounts[to], x % 50);
                    }
                }
            };
        }
        for (Thread t : movers) t.start();
        for (Thread t : movers) t.join();
        long total = 0;
        for (Account acc : accounts) total += acc.balance;
        System.out.println("total after transfers=" + total);

        // Each mover's transfers are deterministic on its own, so replaying them serially gives
        // the same final balances as the concurrent run (transfers commute).
        long[] serial = new long[accounts.length];
        for (int i = 0; i < serial.length; i++) serial[i] = 1000 * (i + 1);
        for (int m = 0; m < movers.length; m++) {
            int x = m * 7 + 1;
            for (int k = 0; k < 1500; k++) {
                x = (x * 1103515245 + 12345) & 0x7fffffff;
                int from = x % accounts.length;
                int to = (x / 7) % accounts.length;
                if (from != to) {
                    serial[from] -= x % 50;
                    serial[to] += x % 50;
                }
            }
        }
        for (int i = 0; i < accounts.length; i++) {
            System.out.println("account " + i + " balance=" + accounts[i].balance + " serial=" + serial[i]);
        }

        // Appends under one lock from several threads: each thread's block stays contiguous.
        final StringBuilder text = new StringBuilder();
        Thread[] writers = new Thread[3];
        for (int w = 0; w < writers.length; w++) {
            final char c = (char) ('x' + w);
            writers[w] = new Thread() {
                @Override
                public void run() {
                    for (int r = 0; r < 4; r++) {
                        synchronized (text) {
                            for (int k = 0; k < 5; k++) {
                                text.append(c);
                                Thread.yield();
                            }
                            text.append('.');
                        }
                    }
                }
            };
        }
        for (Thread t : writers) t.start();
        for (Thread t : writers) t.join();
        String[] blocks = text.toString().split("\\.");
        boolean contiguous = blocks.length == 12;
        int[] perChar = new int[3];
        for (String blk : blocks) {
            if (blk.length() != 5) contiguous = false;
            for (int k = 1; k < blk.length(); k++) if (blk.charAt(k) != blk.charAt(0)) contiguous = false;
            perChar[blk.charAt(0) - 'x']++;
        }
        System.out.println("blocks contiguous=" + contiguous + " per writer=" + perChar[0] + "," + perChar[1] + "," + perChar[2]);
    }
}
