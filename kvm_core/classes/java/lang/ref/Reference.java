package java.lang.ref;

/**
 * The base class of reference objects.
 *
 * <p>Kava's VM does not clear references early: the garbage collector never treats a referent
 * as reachable only through a reference, so get() returns the referent until clear() (or
 * enqueue(), which clears too) is called. A reference is added to its queue only by enqueue().
 */
public abstract class Reference<T> {
    private T referent;
    final ReferenceQueue<? super T> queue;
    /** Set once the reference has been enqueued; the next element in its queue. */
    Reference<?> next;
    boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /** The referent, or null once cleared. */
    public T get() {
        return referent;
    }

    /** Whether the referent is obj (by identity); a cleared reference refers to null. */
    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    /** Clears the referent without enqueueing this reference. */
    public void clear() {
        referent = null;
    }

    /** Whether this reference has been added to its queue (and not yet removed). */
    @Deprecated(since = "16")
    public boolean isEnqueued() {
        synchronized (this) {
            return enqueued && next != null;
        }
    }

    /**
     * Clears the referent and adds this reference to its queue; false if it has no queue or
     * was already enqueued.
     */
    public boolean enqueue() {
        referent = null;
        ReferenceQueue<? super T> q = queue;
        return q != null && q.enqueue(this);
    }

    /** References cannot be cloned. */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** Keeps ref reachable until this point; a no-op on Kava. */
    public static void reachabilityFence(Object ref) {
    }
}
