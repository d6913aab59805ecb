public class SyncBlocks {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    synchronized void increment() {
        count++;
    }

    synchronized int reentrant(int depth) {
        if (depth == 0) return count;
        synchronized (this) {
            return reentrant(depth - 1) + 1;
        }
    }

    static synchronized void staticIncrement() {
        staticCount++;
    }

    void lockedBlock() {
        synchronized (lock) {
            synchronized (lock) {
                count += 10;
            }
        }
    }

    synchronized void throwInside() {
        count += 100;
        throw new IllegalStateException("thrown while holding monitor");
    }

    int returnFromSync() {
        synchronized (lock) {
            return count * 2;
        }
    }

    public static void main(String[] args) throws Exception {
        SyncBlocks s = new SyncBlocks();
        for (int i = 0; i < 1000; i++) s.increment();
        System.out.println("count after synchronized increments: " + s.count);
        System.out.println("reentrant depth 50: " + s.reentrant(50));
        for (int i = 0; i < 5; i++) staticIncrement();
        synchronized (SyncBlocks.class) {
            staticIncrement();
        }
        System.out.println("static count: " + staticCount);
        s.lockedBlock();
        System.out.println("after nested lock block: " + s.count);
        for (int i = 0; i < 3; i++) {
            try {
                s.throwInside();
            } catch (IllegalStateException e) {
                System.out.println("caught: " + e.getMessage());
            }
        }
        s.increment();
        System.out.println("monitor released after exceptions, count=" + s.count);
        System.out.println("return from synchronized block: " + s.returnFromSync());
        String str = "interned lock";
        synchronized (str) {
            synchronized ("interned lock") {
                System.out.println("locked the same interned string twice");
            }
        }
        int[] arrLock = new int[1];
        synchronized (arrLock) {
            arrLock[0] = 5;
        }
        System.out.println("array as lock: " + arrLock[0]);
        Integer boxLock = 1000;
        synchronized (boxLock) {
            System.out.println("boxed integer as lock");
        }
        try {
            s.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without owning monitor -> IllegalMonitorStateException");
        }
        try {
            s.lock.wait(1);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without owning monitor -> IllegalMonitorStateException");
        }
        synchronized (s.lock) {
            s.lock.notify();
            s.lock.notifyAll();
            s.lock.wait(10);
            System.out.println("timed wait returned while owning monitor");
        }
        StringBuffer sb = new StringBuffer();
        synchronized (sb) {
            for (int i = 0; i < 5; i++) sb.append(i);
        }
        System.out.println("StringBuffer under lock: " + sb);
        Object l2 = new Object();
        int loops = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            synchronized (l2) {
                if (i == 3) continue;
                if (i == 7) break outer;
                loops++;
            }
        }
        System.out.println("break/continue out of synchronized: " + loops);
        synchronized (l2) {
            System.out.println("l2 still lockable");
        }
    }
}
