// System.exit called from a non-main thread ends the VM with that status while main is
// blocked in join(); finally blocks of other threads do not run.
public class ExitFromThread {
    public static void main(String[] args) throws Exception {
        final Object lock = new Object();
        final boolean[] ready = new boolean[1];
        Thread blocked = new Thread("blocked-forever") {
            @Override
            public void run() {
                synchronized (lock) {
                    ready[0] = true;
                    lock.notifyAll();
                    try {
                        while (true) lock.wait();
                    } catch (InterruptedException e) {
                        System.out.println("never printed");
                    } finally {
                        System.out.println("finally in blocked thread must not print");
                    }
                }
            }
        };
        blocked.start();
        synchronized (lock) {
            while (!ready[0]) lock.wait();
        }
        System.out.println("blocked thread is waiting");
        Thread exiter = new Thread("exiter") {
            @Override
            public void run() {
                int sum = 0;
                for (int i = 1; i <= 100; i++) sum += i;
                System.out.println("exiter computed " + sum + ", calling System.exit(7)");
                System.out.flush();
                System.exit(7);
                System.out.println("never printed after exit");
            }
        };
        exiter.start();
        try {
            exiter.join();
            blocked.join();
            System.out.println("main joined: never printed");
        } finally {
            System.out.println("finally in main must not print");
        }
    }
}
