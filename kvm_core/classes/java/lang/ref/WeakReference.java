package java.lang.ref;

/** A weak reference (on Kava it is cleared only explicitly; see Reference). */
public class WeakReference<T> extends Reference<T> {
    public WeakReference(T referent) {
        super(referent);
    }

    public WeakReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
