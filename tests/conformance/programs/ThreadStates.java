// Thread.getState() through a thread's life: NEW, RUNNABLE, BLOCKED (entering a held
// monitor), WAITING (wait, join), TIMED_WAITING (sleep, timed wait), TERMINATED. Main polls
// until the expected state appears, so only the states reached are printed.
public class ThreadStates {
    static final Object lock = new Object();

    static boolean awaitState(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 20000; i++) {
            if (t.getState() == s) return true;
            Thread.sleep(1);
        }
        return false;
    }

    static void report(String what, Thread t, Thread.State s) throws InterruptedException {
        boolean reached = awaitState(t, s);
        System.out.println(what + ": " + (reached ? t.getState() : "never reached " + s));
    }

    public static void main(String[] args) throws Exception {
        System.out.println("main: " + Thread.currentThread().getState());
        Thread.State[] all = Thread.State.values();
        StringBuilder names = new StringBuilder();
        for (Thread.State s : all) names.append(s.name()).append('/').append(s.ordinal()).append(' ');
        System.out.println("states: " + names.toString().trim());
        System.out.println("valueOf: " + Thread.State.valueOf("BLOCKED"));

        Thread blocker = new Thread("blocker") {
            @Override
            public void run() {
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
        };
        System.out.println("before start: " + blocker.getState());
        synchronized (lock) {
            blocker.start();
            report("entering held monitor", blocker, Thread.State.BLOCKED);
        }
        blocker.join();
        System.out.println("after join: " + blocker.getState());

        final boolean[] go = new boolean[1];
        Thread waiter = new Thread("waiter") {
            @Override
            public void run() {
                synchronized (lock) {
                    while (!go[0]) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }
        };
        waiter.start();
        report("in wait()", waiter, Thread.State.WAITING);

        Thread joiner = new Thread("joiner") {
            @Override
            public void run() {
                try {
                    waiter.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
        };
        joiner.start();
        report("in join()", joiner, Thread.State.WAITING);
        synchronized (lock) {
            go[0] = true;
            lock.notifyAll();
        }
        joiner.join();
        System.out.println("waiter after release: " + waiter.getState() + ", joiner: " + joiner.getState());

        Thread sleeper = new Thread("sleeper") {
            @Override
            public void run() {
                try {
                    Thread.sleep(60000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        };
        sleeper.start();
        report("in sleep()", sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper after interrupt: " + sleeper.getState());

        Thread timed = new Thread("timed") {
            @Override
            public void run() {
                synchronized (lock) {
                    try {
                        lock.wait(60000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        };
        timed.start();
        report("in wait(60000)", timed, Thread.State.TIMED_WAITING);
        timed.interrupt();
        timed.join();
        System.out.println("timed after interrupt: " + timed.getState());

        final boolean[] stop = new boolean[1];
        Thread busy = new Thread("busy") {
            @Override
            public void run() {
                long x = 0;
                while (!stopRequested()) x++;
            }

            boolean stopRequested() {
                synchronized (stop) {
                    return stop[0];
                }
            }
        };
        busy.start();
        report("busy loop", busy, Thread.State.RUNNABLE);
        synchronized (stop) {
            stop[0] = true;
        }
        busy.join();
        System.out.println("busy after stop: " + busy.getState());
        System.out.println("switch on state: " + describe(busy.getState()) + ", " + describe(Thread.currentThread().getState()));
    }

    static String describe(Thread.State s) {
        switch (s) {
            case NEW:
                return "not started";
            case TERMINATED:
                return "finished";
            case RUNNABLE:
                return "running";
            default:
                return "blocked somehow";
        }
    }
}
