package java.util;

/** A task that a Timer runs once or repeatedly. */
public abstract class TimerTask implements Runnable {
    /** Guards state, nextExecutionTime and period. */
    final Object lock = new Object();

    int state = VIRGIN;
    static final int VIRGIN = 0;
    static final int SCHEDULED = 1;
    static final int EXECUTED = 2;
    static final int CANCELLED = 3;

    /** When the task runs next (for a repeating task), in currentTimeMillis terms. */
    long nextExecutionTime;
    /** 0: once; positive: fixed rate; negative: fixed delay (of -period). */
    long period = 0;

    protected TimerTask() {
    }

    public abstract void run();

    /** Cancels future runs; true if that prevented a scheduled run. */
    public boolean cancel() {
        synchronized (lock) {
            boolean result = (state == SCHEDULED);
            state = CANCELLED;
            return result;
        }
    }

    /** The scheduled time of the most recent (or current) run. */
    public long scheduledExecutionTime() {
        synchronized (lock) {
            return (period < 0 ? nextExecutionTime + period : nextExecutionTime - period);
        }
    }
}
