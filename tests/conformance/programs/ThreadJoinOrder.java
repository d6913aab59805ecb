// join() ordering: a chain of threads each joining its predecessor, join(timeout) on a thread
// that is blocked (returns with the thread still alive), join(millis, nanos) argument checks.
public class ThreadJoinOrder {
    static final StringBuffer order = new StringBuffer();
    static final Object gate = new Object();
    static boolean open;

    static class Chained extends Thread {
        final Thread predecessor;
        final int n;

        Chained(Thread predecessor, int n) {
            super("chain-" + n);
            this.predecessor = predecessor;
            this.n = n;
        }

        @Override
        public void run() {
            try {
                if (predecessor != null) {
                    predecessor.join();
                } else {
                    synchronized (gate) {
                        while (!open) gate.wait();
                    }
                }
            } catch (InterruptedException e) {
                order.append("interrupted ");
            }
            order.append(getName()).append(predecessor == null ? "" : " (after " + predecessor.getName() + ")").append(';');
        }
    }

    public static void main(String[] args) throws Exception {
        // chain-0 waits for the gate; every other thread joins the one created before it.
        Chained[] chain = new Chained[6];
        for (int i = 0; i < chain.length; i++) chain[i] = new Chained(i == 0 ? null : chain[i - 1], i);
        for (int i = 0; i < chain.length; i++) chain[i].start();
        chain[3].join(20);
        System.out.println("chain-3 alive before the gate opens: " + chain[3].isAlive());
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        chain[chain.length - 1].join();
        for (Chained c : chain) {
            System.out.println(c.getName() + " alive=" + c.isAlive());
        }
        String[] parts = order.toString().split(";");
        for (String p : parts) System.out.println("finished " + p);

        // A thread blocked on a gate: join with a timeout gives up while it is still alive.
        Thread blocked = new Thread("blocked") {
            @Override
            public void run() {
                synchronized (gate) {
                    while (!open) {
                        try {
                            gate.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                order.append("blocked-done");
            }
        };
        order.setLength(0);
        open = false;
        blocked.start();
        blocked.join(50);
        System.out.println("after join(50): alive=" + blocked.isAlive());
        blocked.join(20, 500);
        System.out.println("after join(20, 500): alive=" + blocked.isAlive());
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        blocked.join();
        System.out.println("after open + join(): alive=" + blocked.isAlive() + " log=" + order);

        try {
            blocked.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1): " + e.getMessage());
        }
        try {
            blocked.join(1, -1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(1, -1): " + e.getMessage());
        }
        try {
            blocked.join(1, 1000000);
        } catch (IllegalArgumentException e) {
            System.out.println("join(1, 1000000): " + e.getMessage());
        }
        try {
            Thread.sleep(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-5): " + e.getMessage());
        }
        try {
            Thread.sleep(1, 1000000);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, 1000000): " + e.getMessage());
        }

        // Joining a thread that has already finished returns immediately, repeatedly.
        for (int i = 0; i < 3; i++) chain[0].join();
        chain[0].join(1000);
        System.out.println("repeated joins on a dead thread ok");

        // Fan-out / fan-in: results written before join are visible after it.
        final long[] squares = new long[8];
        Thread[] fan = new Thread[squares.length];
        for (int i = 0; i < fan.length; i++) {
            final int k = i;
            fan[i] = new Thread(new Runnable() {
                public void run() {
                    long s = 0;
                    for (int j = 0; j <= k * 1000; j++) s += (long) j * j;
                    squares[k] = s;
                }
            });
        }
        for (Thread t : fan) t.start();
        for (int i = fan.length - 1; i >= 0; i--) fan[i].join();
        for (int i = 0; i < squares.length; i++) System.out.println("sum of squares to " + (i * 1000) + " = " + squares[i]);

        // A thread joining main cannot finish until main ends; here we only check it is waiting.
        final Thread mainThread = Thread.currentThread();
        final boolean[] sawMainAlive = new boolean[1];
        Thread watcher = new Thread("watcher") {
            @Override
            public void run() {
                try {
                    mainThread.join(30);
                } catch (InterruptedException e) {
                    return;
                }
                sawMainAlive[0] = mainThread.isAlive();
            }
        };
        watcher.start();
        watcher.join();
        System.out.println("watcher saw main alive after join(30): " + sawMainAlive[0]);
    }
}
