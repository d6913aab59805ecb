package java.lang;

/**
 * A thread of execution. Kava runs all Java threads as green threads on one host thread; the
 * scheduler lives in the VM. The VM creates the main thread object itself (name "main",
 * priority 5, tid 1) without running a constructor, so the first six fields are fixed.
 *
 * <p>VM contract: when a thread terminates, the VM makes isAlive() false and then calls
 * notifyAll() on the Thread object (join waits on it). sleep and wait clear {@code interrupted}
 * when they throw InterruptedException. An uncaught exception is passed to
 * dispatchUncaughtException.
 */
public class Thread implements Runnable {
    private volatile String name;
    private int priority;
    private boolean daemon;
    private Runnable target;
    private boolean interrupted;
    private long tid;
    private boolean started;

    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    /** For "Thread-N" default names, from 0. */
    private static int threadInitNumber;

    /** Thread ids; the main thread is 1, so new threads start at 2. */
    private static long threadSeqNumber = 1;

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    public Thread() {
        init(null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        init(target, "Thread-" + nextThreadNum());
    }

    public Thread(String name) {
        init(null, name);
    }

    public Thread(Runnable target, String name) {
        init(target, name);
    }

    /** The new thread inherits priority and daemon status from the creating thread. */
    private void init(Runnable target, String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        Thread parent = currentThread();
        this.name = name;
        this.target = target;
        this.priority = parent != null ? parent.getPriority() : NORM_PRIORITY;
        this.daemon = parent != null && parent.isDaemon();
        this.tid = nextThreadID();
    }

    public static native Thread currentThread();

    /** Sleeps for millis milliseconds (negative: IllegalArgumentException). */
    public static native void sleep(long millis) throws InterruptedException;

    /** Sleeps, rounding a nonzero nanosecond part up to a whole millisecond. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep(millis);
    }

    /** Hints that the current thread is willing to give up the processor. */
    public static native void yield();

    /** Hints that the caller is busy-waiting. */
    public static void onSpinWait() {
    }

    public static native boolean holdsLock(Object obj);

    private native void start0();

    public final native boolean isAlive();

    /** Wakes the thread if it is blocked in sleep, wait or join. */
    private native void interrupt0();

    /** Starts the thread: the VM calls run() on it. A thread can be started only once. */
    public synchronized void start() {
        if (started || isAlive()) {
            throw new IllegalThreadStateException();
        }
        started = true;
        start0();
    }

    /**
     * Where a started thread begins when run() is synchronized: the new thread then
     * takes the monitor itself (the starting thread may still hold it). Hidden from
     * stack traces by the VM.
     */
    private void runAfterStart() {
        run();
    }

    /** Runs the target Runnable, if any; subclasses override this. */
    @Override
    public void run() {
        Runnable task = target;
        if (task != null) {
            task.run();
        }
    }

    public void interrupt() {
        if (this != currentThread()) {
            checkAccess();
        }
        interrupted = true;
        interrupt0();
    }

    /** Tests and clears the current thread's interrupt status. */
    public static boolean interrupted() {
        Thread t = currentThread();
        boolean wasInterrupted = t.interrupted;
        if (wasInterrupted) {
            t.interrupted = false;
        }
        return wasInterrupted;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    /** Waits at most millis milliseconds (0: forever) for this thread to die. */
    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (millis == 0) {
            while (isAlive()) {
                wait(0);
            }
            return;
        }
        long deadline = System.nanoTime() + millis * 1000000L;
        while (isAlive()) {
            long remaining = (deadline - System.nanoTime()) / 1000000L;
            if (remaining <= 0) {
                break;
            }
            wait(remaining);
        }
    }

    public final synchronized void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public final void setPriority(int newPriority) {
        checkAccess();
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        checkAccess();
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    /** Must be called before the thread is started. */
    public final void setDaemon(boolean on) {
        checkAccess();
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    /** Kava has no security manager: every thread may modify every other. */
    public final void checkAccess() {
    }

    public long getId() {
        return tid;
    }

    /** Prints a stack trace of the current thread to System.err. */
    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    /**
     * "Thread[name,priority,group]"; Kava has the single thread group "main", which a thread
     * leaves when it terminates (the group part is then empty, as in the JDK).
     */
    public String toString() {
        String group = (started && !isAlive()) ? "" : "main";
        return "Thread[" + getName() + "," + getPriority() + "," + group + "]";
    }

    /** Called by the VM when run() ends with an exception: the JDK's default report. */
    /** Called when a thread ends with an exception nobody caught. */
    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler handler) {
        uncaughtExceptionHandler = handler;
    }

    /** This thread's handler; null when none was set (the JDK answers its ThreadGroup then). */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return uncaughtExceptionHandler;
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler handler) {
        defaultUncaughtExceptionHandler = handler;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    /** A thread's state, as the scheduler sees it. */
    public enum State { NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED }

    private native int getState0();

    public State getState() {
        return State.values()[getState0()];
    }

    /**
     * The VM calls this when run() (or main) ends with an exception: the thread's
     * handler, else the default handler, else the JDK's report on System.err.
     */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler handler = uncaughtExceptionHandler;
        if (handler == null) {
            handler = defaultUncaughtExceptionHandler;
        }
        if (handler != null) {
            handler.uncaughtException(this, e);
            return;
        }
        System.err.print("Exception in thread \"" + getName() + "\" ");
        e.printStackTrace(System.err);
    }
}
