// Thread creation, names, priorities, daemon flag, start/run/join, isAlive, toString,
// currentThread and IllegalThreadStateException; every line is ordered by join().
public class ThreadBasics {
    static final StringBuffer log = new StringBuffer();

    static class Worker extends Thread {
        final int id;
        int result;

        Worker(int id) {
            this.id = id;
        }

        Worker(int id, String name) {
            super(name);
            this.id = id;
        }

        @Override
        public void run() {
            Thread me = Thread.currentThread();
            int sum = 0;
            for (int i = 1; i <= id * 100; i++) sum += i;
            result = sum;
            log.append(me == this ? "self" : "other");
        }
    }

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println("main name=" + main.getName() + " priority=" + main.getPriority()
                + " daemon=" + main.isDaemon() + " alive=" + main.isAlive());
        System.out.println("main toString=" + main);
        System.out.println("constants " + Thread.MIN_PRIORITY + " " + Thread.NORM_PRIORITY + " " + Thread.MAX_PRIORITY);

        Worker a = new Worker(1);
        Worker b = new Worker(2);
        Worker c = new Worker(3, "custom-worker");
        System.out.println("default names: " + a.getName() + ", " + b.getName() + ", " + c.getName());
        System.out.println("before start alive=" + a.isAlive() + " toString=" + a);
        a.start();
        b.start();
        c.start();
        a.join();
        b.join();
        c.join();
        System.out.println("after join alive=" + a.isAlive() + b.isAlive() + c.isAlive());
        System.out.println("results " + a.result + " " + b.result + " " + c.result);
        System.out.println("log " + log);
        System.out.println("terminated toString=" + c);

        try {
            a.start();
            System.out.println("restart allowed?!");
        } catch (IllegalThreadStateException e) {
            System.out.println("restart: " + e.getClass().getName() + " message=" + e.getMessage());
        }

        final Thread[] seen = new Thread[1];
        final String[] seenName = new String[1];
        Runnable r = new Runnable() {
            public void run() {
                seen[0] = Thread.currentThread();
                seenName[0] = Thread.currentThread().getName();
            }
        };
        Thread t = new Thread(r, "runnable-thread");
        t.setPriority(Thread.MAX_PRIORITY);
        t.setDaemon(true);
        System.out.println("configured " + t.getName() + " p=" + t.getPriority() + " daemon=" + t.isDaemon());
        System.out.println("configured toString=" + t);
        t.start();
        t.join();
        System.out.println("runnable saw itself: " + (seen[0] == t) + " name=" + seenName[0]);

        // run() called directly executes in the caller
        Thread direct = new Thread(r, "never-started");
        direct.run();
        System.out.println("direct run: same as main=" + (seen[0] == main) + " name=" + seenName[0]
                + " alive=" + direct.isAlive());

        Thread plain = new Thread();
        plain.start();
        plain.join();
        System.out.println("plain thread without target ran; name=" + plain.getName());

        try {
            t.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("setPriority(11): " + e.getClass().getName());
        }
        try {
            t.setPriority(0);
        } catch (IllegalArgumentException e) {
            System.out.println("setPriority(0): " + e.getClass().getName());
        }
        try {
            new Thread((String) null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getMessage());
        }
        Thread renamed = new Thread("old");
        renamed.setName("new-name");
        System.out.println("renamed: " + renamed.getName() + " " + renamed);

        // inheritance of priority and daemon status from the creating thread
        final Thread[] child = new Thread[1];
        Thread parent = new Thread(new Runnable() {
            public void run() {
                child[0] = new Thread("child");
            }
        });
        parent.setPriority(3);
        parent.setDaemon(true);
        parent.start();
        parent.join();
        System.out.println("child inherits priority=" + child[0].getPriority() + " daemon=" + child[0].isDaemon());

        Thread joinNever = new Thread("not-started");
        joinNever.join();
        joinNever.join(10);
        System.out.println("join on unstarted thread returns at once; alive=" + joinNever.isAlive());

        Thread.yield();
        System.out.println("holdsLock outside=" + Thread.holdsLock(log));
        synchronized (log) {
            System.out.println("holdsLock inside=" + Thread.holdsLock(log));
        }
        System.out.println("done");
    }
}
