package java.lang;

/** The root of the class hierarchy. Identity, hashing, monitors and cloning are VM natives. */
public class Object {
    public Object() {
    }

    /** The runtime class of this object. */
    public final native Class<?> getClass();

    /** The identity hash code unless overridden. */
    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    /** A shallow copy; throws CloneNotSupportedException unless the class is Cloneable. */
    protected native Object clone() throws CloneNotSupportedException;

    /** The class name, '@', and the unsigned hexadecimal hash code. */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    public final native void notify();

    public final native void notifyAll();

    /** Waits until notified, interrupted, or (if nonzero) the timeout in milliseconds expires. */
    public final native void wait(long timeoutMillis) throws InterruptedException;

    /** Waits with an extra nanosecond budget, rounded up to a whole millisecond. */
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait(timeoutMillis);
    }

    public final void wait() throws InterruptedException {
        wait(0L);
    }

    /** Kava never runs finalizers; kept for source compatibility. */
    @Deprecated(since = "9")
    protected void finalize() throws Throwable {
    }
}
