// An exception escaping run() in a non-main thread is reported on stderr
// ("Exception in thread "NAME" ..."), the thread dies, and the program carries on and
// exits with status 0 once main returns.
public class UncaughtInThread {
    static class Boom extends RuntimeException {
        Boom(String m) {
            super(m);
        }
    }

    static int depth(int n) {
        if (n == 0) throw new Boom("deep failure");
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) throws Exception {
        final StringBuffer log = new StringBuffer();
        Thread t1 = new Thread("crasher") {
            @Override
            public void run() {
                log.append("crasher running;");
                throw new IllegalStateException("crash in " + getName());
            }
        };
        t1.start();
        t1.join();
        System.out.println(log + " alive after crash=" + t1.isAlive());

        Thread t2 = new Thread(new Runnable() {
            public void run() {
                depth(50);
            }
        }, "deep-crasher");
        t2.start();
        t2.join();
        System.out.println("deep-crasher alive=" + t2.isAlive());

        Thread t3 = new Thread("npe") {
            @Override
            public void run() {
                String s = null;
                if (getName().length() > 0) s.length();
            }
        };
        t3.start();
        t3.join();
        System.out.println("npe thread done");

        Thread t4 = new Thread("error") {
            @Override
            public void run() {
                throw new AssertionError("assertion in thread");
            }
        };
        t4.start();
        t4.join();
        System.out.println("error thread done");

        // A crashing thread that held a monitor releases it.
        final Object lock = new Object();
        Thread t5 = new Thread("lock-holder") {
            @Override
            public void run() {
                synchronized (lock) {
                    log.append("holder has lock;");
                    int[] a = new int[2];
                    a[getName().length()] = 1;
                }
            }
        };
        t5.start();
        t5.join();
        synchronized (lock) {
            System.out.println("main acquired lock after crash: " + log);
        }

        // Threads crash concurrently; the survivors' work is intact.
        final int[] work = new int[6];
        Thread[] mixed = new Thread[6];
        for (int i = 0; i < mixed.length; i++) {
            final int k = i;
            mixed[i] = new Thread("mixed-" + i) {
                @Override
                public void run() {
                    work[k] = k * k;
                    if (k % 3 == 1) throw new Boom("mixed " + k);
                    work[k] += 1000;
                }
            };
        }
        for (int i = 0; i < mixed.length; i += 3) {
            mixed[i].start();
            mixed[i].join();
            mixed[i + 1].start();
            mixed[i + 1].join();
            mixed[i + 2].start();
            mixed[i + 2].join();
        }
        StringBuilder sb = new StringBuilder();
        for (int w : work) sb.append(w).append(' ');
        System.out.println("work: " + sb.toString().trim());

        // An exception caught inside the thread is not reported.
        Thread t6 = new Thread("careful") {
            @Override
            public void run() {
                try {
                    throw new Boom("handled");
                } catch (Boom b) {
                    log.setLength(0);
                    log.append("careful caught ").append(b.getMessage());
                }
            }
        };
        t6.start();
        t6.join();
        System.out.println(log);
        System.out.println("main returns normally");
    }
}
