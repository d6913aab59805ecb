// Daemon threads that are still running (blocked forever, sleeping, spinning) when the last
// non-daemon thread ends do not keep the VM alive; the exit status stays 0.
public class DaemonAtExit {
    static final Object lock = new Object();
    static int ready;

    static void arrived() {
        synchronized (lock) {
            ready++;
            lock.notifyAll();
        }
    }

    public static void main(String[] args) throws Exception {
        Thread waiter = new Thread("daemon-waiter") {
            @Override
            public void run() {
                Object never = new Object();
                synchronized (never) {
                    arrived();
                    try {
                        while (true) never.wait();
                    } catch (InterruptedException e) {
                        System.out.println("never printed");
                    }
                }
            }
        };
        Thread sleeper = new Thread("daemon-sleeper") {
            @Override
            public void run() {
                arrived();
                while (true) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        System.out.println("never printed");
                    }
                }
            }
        };
        Thread spinner = new Thread("daemon-spinner") {
            @Override
            public void run() {
                arrived();
                long x = 0;
                while (true) {
                    x = x * 31 + 7;
                    if (x == 42) System.out.println("never printed");
                }
            }
        };
        // A daemon created by a daemon is a daemon too.
        Thread parent = new Thread("daemon-parent") {
            @Override
            public void run() {
                Thread child = new Thread("daemon-child") {
                    @Override
                    public void run() {
                        arrived();
                        synchronized (this) {
                            try {
                                while (true) wait();
                            } catch (InterruptedException e) {
                                System.out.println("never printed");
                            }
                        }
                    }
                };
                System.out.println("child of daemon is daemon: " + child.isDaemon());
                child.start();
                arrived();
            }
        };
        Thread[] all = {waiter, sleeper, spinner, parent};
        for (Thread t : all) {
            t.setDaemon(true);
            System.out.println(t.getName() + " daemon=" + t.isDaemon());
        }
        for (Thread t : all) t.start();
        synchronized (lock) {
            while (ready < 5) lock.wait();
        }
        System.out.println("all daemons running: " + ready);
        parent.join();
        System.out.println("parent finished: alive=" + parent.isAlive());
        try {
            waiter.setDaemon(false);
            System.out.println("setDaemon on a live thread allowed?!");
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on live thread: " + e.getClass().getName());
        }
        System.out.println("waiter alive=" + waiter.isAlive() + " sleeper alive=" + sleeper.isAlive()
                + " spinner alive=" + spinner.isAlive());
        System.out.println("main returns; daemons are abandoned");
    }
}
