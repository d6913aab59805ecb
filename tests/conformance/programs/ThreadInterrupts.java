// Interrupt semantics: a sleeping thread, a thread whose flag is already set before sleep,
// a joining thread, Thread.interrupted() clearing vs isInterrupted(), and interrupts of dead
// or unstarted threads. Lines are ordered by join() and a wait/notify handshake.
public class ThreadInterrupts {
    static final Object lock = new Object();
    static boolean ready;

    static void awaitReady() throws InterruptedException {
        synchronized (lock) {
            while (!ready) lock.wait();
            ready = false;
        }
    }

    static void signalReady() {
        synchronized (lock) {
            ready = true;
            lock.notifyAll();
        }
    }

    public static void main(String[] args) throws Exception {
        final StringBuffer log = new StringBuffer();

        // 1. interrupt a thread that sleeps for a long time
        Thread sleeper = new Thread("sleeper") {
            @Override
            public void run() {
                signalReady();
                try {
                    Thread.sleep(60000);
                    log.append("slept fully;");
                } catch (InterruptedException e) {
                    log.append("sleep interrupted: ").append(e.getClass().getName())
                            .append(" flag after catch=").append(isInterrupted()).append(';');
                }
            }
        };
        sleeper.start();
        awaitReady();
        sleeper.interrupt();
        sleeper.join();
        System.out.println("1 " + log);
        log.setLength(0);

        // 2. flag already set: sleep throws immediately and clears it
        Thread selfish = new Thread("self-interrupt") {
            @Override
            public void run() {
                Thread.currentThread().interrupt();
                log.append("isInterrupted=").append(isInterrupted()).append(';');
                log.append("isInterrupted again=").append(isInterrupted()).append(';');
                try {
                    Thread.sleep(60000);
                    log.append("no exception;");
                } catch (InterruptedException e) {
                    log.append("sleep threw at once, flag=").append(isInterrupted()).append(';');
                }
                try {
                    Thread.sleep(1);
                    log.append("second sleep ok;");
                } catch (InterruptedException e) {
                    log.append("second sleep threw;");
                }
            }
        };
        selfish.start();
        selfish.join();
        System.out.println("2 " + log);
        log.setLength(0);

        // 3. Thread.interrupted() clears, isInterrupted() does not
        Thread.currentThread().interrupt();
        System.out.println("3 main isInterrupted=" + Thread.currentThread().isInterrupted());
        System.out.println("3 interrupted()=" + Thread.interrupted());
        System.out.println("3 interrupted() again=" + Thread.interrupted());
        System.out.println("3 isInterrupted=" + Thread.currentThread().isInterrupted());

        // 4. a join is interruptible
        final Thread forever = new Thread("forever") {
            @Override
            public void run() {
                synchronized (lock) {
                    try {
                        while (true) lock.wait();
                    } catch (InterruptedException e) {
                        log.append("forever released;");
                    }
                }
            }
        };
        forever.setDaemon(true);
        forever.start();
        Thread joiner = new Thread("joiner") {
            @Override
            public void run() {
                try {
                    signalReady();
                    forever.join();
                    log.append("join returned normally;");
                } catch (InterruptedException e) {
                    log.append("join interrupted, forever alive=").append(forever.isAlive()).append(';');
                }
            }
        };
        joiner.start();
        awaitReady();
        joiner.interrupt();
        joiner.join();
        System.out.println("4 " + log);
        log.setLength(0);
        forever.interrupt();
        forever.join();
        System.out.println("4 " + log + " alive=" + forever.isAlive());
        log.setLength(0);

        // 5. since JDK 14 interrupting an unstarted or finished thread still sets its flag
        Thread idle = new Thread("idle");
        idle.interrupt();
        System.out.println("5 unstarted isInterrupted=" + idle.isInterrupted());
        sleeper.interrupt();
        System.out.println("5 finished isInterrupted=" + sleeper.isInterrupted() + " alive=" + sleeper.isAlive());

        // 6. a loop that polls the flag until interrupted, then reports how it ended
        final int[] polls = new int[1];
        Thread poller = new Thread("poller") {
            @Override
            public void run() {
                signalReady();
                while (!Thread.currentThread().isInterrupted()) {
                    polls[0]++;
                    Thread.yield();
                }
                log.append("poller saw flag, interrupted()=").append(Thread.interrupted())
                        .append(" then=").append(Thread.interrupted()).append(';');
            }
        };
        poller.start();
        awaitReady();
        poller.interrupt();
        poller.join();
        System.out.println("6 " + log + " polled at least zero times: " + (polls[0] >= 0));
        log.setLength(0);

        // 7. main interrupted while it sleeps itself (flag set beforehand)
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10);
            System.out.println("7 main slept");
        } catch (InterruptedException e) {
            System.out.println("7 main sleep interrupted, message=" + e.getMessage() + " flag=" + Thread.currentThread().isInterrupted());
        }
        // 8. the flag set before wait(): wait throws at once, after the lock is held
        Thread.currentThread().interrupt();
        synchronized (lock) {
            try {
                lock.wait(60000);
                System.out.println("8 wait returned");
            } catch (InterruptedException e) {
                System.out.println("8 wait threw, holds lock=" + Thread.holdsLock(lock) + " flag=" + Thread.currentThread().isInterrupted());
            }
        }
        // 9. join with flag set
        Thread.currentThread().interrupt();
        try {
            forever.join();
            System.out.println("9 join on dead thread with flag set returned, flag=" + Thread.currentThread().isInterrupted());
        } catch (InterruptedException e) {
            System.out.println("9 join threw");
        }
        Thread.interrupted();
        System.out.println("done");
    }
}
