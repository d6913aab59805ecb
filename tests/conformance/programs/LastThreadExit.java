// The VM exits only when the last non-daemon thread ends: main returns first, and worker
// threads that join main (and each other) keep running and printing afterwards.
public class LastThreadExit {
    public static void main(String[] args) throws Exception {
        final Thread main = Thread.currentThread();
        final Thread first = new Thread("after-main-1") {
            @Override
            public void run() {
                try {
                    main.join();
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                    return;
                }
                System.out.println(getName() + ": main has ended, alive=" + main.isAlive());
                long f = 1;
                for (int i = 1; i <= 20; i++) {
                    f *= i;
                    if (i % 5 == 0) System.out.println(getName() + ": " + i + "! = " + f);
                }
            }
        };
        final Thread second = new Thread("after-main-2") {
            @Override
            public void run() {
                try {
                    first.join();
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                    return;
                }
                System.out.println(getName() + ": first worker ended, alive=" + first.isAlive());
                final Thread me = this;
                Thread third = new Thread("after-main-3") {
                    @Override
                    public void run() {
                        try {
                            me.join();
                        } catch (InterruptedException e) {
                            System.out.println("interrupted");
                        }
                        System.out.println(getName() + ": started by a worker, last to finish, " + me.getName() + " alive=" + me.isAlive());
                    }
                };
                third.start();
                System.out.println(getName() + ": returns while " + third.getName() + " is alive=" + third.isAlive());
            }
        };
        first.start();
        second.start();
        System.out.println("main: started " + first.getName() + " and " + second.getName());
        System.out.println("main: returning");
    }
}
