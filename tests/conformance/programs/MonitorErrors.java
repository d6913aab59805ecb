// IllegalMonitorStateException from wait/notify/notifyAll without owning the monitor (message
// "current thread is not owner"), timed waits that expire, wait argument checks, and a waiting
// thread that is interrupted (it re-acquires the monitor before the exception propagates).
public class MonitorErrors {
    static final Object lock = new Object();
    static final Object other = new Object();
    static boolean flag;

    static void expectIMSE(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (IllegalMonitorStateException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        expectIMSE("notify", new Runnable() {
            public void run() {
                lock.notify();
            }
        });
        expectIMSE("notifyAll", new Runnable() {
            public void run() {
                lock.notifyAll();
            }
        });
        expectIMSE("wait()", new Runnable() {
            public void run() {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    System.out.println("unexpected interrupt");
                }
            }
        });
        expectIMSE("wait(10)", new Runnable() {
            public void run() {
                try {
                    lock.wait(10);
                } catch (InterruptedException e) {
                    System.out.println("unexpected interrupt");
                }
            }
        });
        expectIMSE("wait on other while holding lock", new Runnable() {
            public void run() {
                synchronized (lock) {
                    try {
                        other.wait(5);
                    } catch (InterruptedException e) {
                        System.out.println("unexpected interrupt");
                    }
                }
            }
        });
        expectIMSE("notify after leaving synchronized", new Runnable() {
            public void run() {
                synchronized (lock) {
                    lock.notify();
                }
                lock.notify();
            }
        });
        expectIMSE("notify on a string literal", new Runnable() {
            public void run() {
                "literal".notify();
            }
        });
        expectIMSE("notify on an array", new Runnable() {
            public void run() {
                new int[3].notifyAll();
            }
        });

        synchronized (lock) {
            try {
                lock.wait(-1);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(-1): " + e.getMessage());
            }
            try {
                lock.wait(1, -1);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(1, -1): " + e.getMessage());
            }
            try {
                lock.wait(1, 1000000);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(1, 1000000): " + e.getMessage());
            }
            lock.wait(15);
            System.out.println("wait(15) timed out, still owner=" + Thread.holdsLock(lock));
            lock.wait(0, 500);
            System.out.println("wait(0, 500) timed out, still owner=" + Thread.holdsLock(lock));
            synchronized (lock) {
                lock.wait(5);
                System.out.println("nested wait(5) timed out, still owner=" + Thread.holdsLock(lock));
            }
            System.out.println("after nested block, still owner=" + Thread.holdsLock(lock));
        }
        System.out.println("outside, owner=" + Thread.holdsLock(lock));

        // A waiter interrupted while main holds the monitor cannot continue until main releases it.
        final StringBuffer log = new StringBuffer();
        Thread waiter = new Thread("waiter") {
            @Override
            public void run() {
                synchronized (lock) {
                    flag = true;
                    lock.notifyAll();
                    try {
                        while (true) lock.wait();
                    } catch (InterruptedException e) {
                        log.append("waiter interrupted, owner=").append(Thread.holdsLock(lock))
                                .append(", sees marker=").append(marker).append(';');
                    }
                }
            }
        };
        waiter.start();
        synchronized (lock) {
            while (!flag) lock.wait();
            waiter.interrupt();
            Thread.sleep(20);
            marker = "set-before-release";
            log.append("main releases;");
        }
        waiter.join();
        System.out.println(log);

        // Reentrant monitors: wait releases all recursion levels, then restores them.
        final boolean[] gotIt = new boolean[1];
        Thread taker = new Thread("taker") {
            @Override
            public void run() {
                synchronized (other) {
                    gotIt[0] = true;
                    other.notifyAll();
                }
            }
        };
        synchronized (other) {
            synchronized (other) {
                synchronized (other) {
                    taker.start();
                    while (!gotIt[0]) other.wait();
                    System.out.println("taker acquired the 3-times-held monitor during wait: " + gotIt[0]);
                }
                System.out.println("still owner after inner exit: " + Thread.holdsLock(other));
            }
        }
        taker.join();
        System.out.println("done");
    }

    static volatile String marker = "unset";
}
