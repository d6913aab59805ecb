package java.lang.ref;

/** A queue of enqueued references; like the JDK's, it hands out the most recent first. */
public class ReferenceQueue<T> {
    /** Marks the end of the list, so that next != null means "in a queue". */
    private static final Reference<Object> END = new WeakReference<Object>(null);

    private Reference<? extends T> head;

    public ReferenceQueue() {
    }

    @SuppressWarnings("unchecked")
    synchronized boolean enqueue(Reference<? extends T> r) {
        synchronized (r) {
            if (r.enqueued) {
                return false;
            }
            r.enqueued = true;
        }
        r.next = (head == null) ? END : head;
        head = r;
        notifyAll();
        return true;
    }

    @SuppressWarnings("unchecked")
    private Reference<? extends T> take() {
        Reference<? extends T> r = head;
        if (r == null) {
            return null;
        }
        Reference<?> n = r.next;
        head = (n == END) ? null : (Reference<? extends T>) n;
        synchronized (r) {
            r.next = null;
        }
        return r;
    }

    /** The most recently enqueued reference, removed, or null if there is none. */
    public synchronized Reference<? extends T> poll() {
        return take();
    }

    /**
     * Waits at most timeout milliseconds (0: forever) for a reference; null on timeout.
     * A negative timeout is an IllegalArgumentException.
     */
    public synchronized Reference<? extends T> remove(long timeout)
            throws IllegalArgumentException, InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        Reference<? extends T> r = take();
        if (r != null) {
            return r;
        }
        if (timeout == 0) {
            while ((r = take()) == null) {
                wait(0);
            }
            return r;
        }
        long deadline = System.nanoTime() + timeout * 1000000L;
        while (true) {
            wait(timeout);
            r = take();
            if (r != null) {
                return r;
            }
            timeout = (deadline - System.nanoTime()) / 1000000L;
            if (timeout <= 0) {
                return null;
            }
        }
    }

    /** Waits until a reference is available. */
    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
