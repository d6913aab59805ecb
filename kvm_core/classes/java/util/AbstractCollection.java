package java.util;

/**
 * A skeletal Collection: subclasses provide iterator() and size() (and add() if modifiable);
 * everything else is written in terms of them.
 */
public abstract class AbstractCollection<E> implements Collection<E> {
    protected AbstractCollection() {
    }

    public abstract Iterator<E> iterator();

    public abstract int size();

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Searches with the iterator, comparing by equals (null matches null). */
    public boolean contains(Object o) {
        Iterator<E> it = iterator();
        if (o == null) {
            while (it.hasNext()) {
                if (it.next() == null) {
                    return true;
                }
            }
        } else {
            while (it.hasNext()) {
                if (o.equals(it.next())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The elements in iteration order (tolerating a size() that was only an estimate). */
    public Object[] toArray() {
        Object[] r = new Object[size()];
        int n = 0;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (n == r.length) {
                r = Arrays.copyOf(r, n + (n >> 1) + 1);
            }
            r[n++] = it.next();
        }
        return n == r.length ? r : Arrays.copyOf(r, n);
    }

    /** Fills a (or a new array of its runtime type); a null follows the last element if room. */
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] elems = toArray();
        int n = elems.length;
        T[] r = a.length >= n ? a : (T[]) Arrays.newArray(a.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) {
            r[i] = (T) elems[i];
        }
        if (r.length > n) {
            r[n] = null;
        }
        return r;
    }

    /** Unsupported unless overridden. */
    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    /** Removes the first occurrence with the iterator's remove(). */
    public boolean remove(Object o) {
        Iterator<E> it = iterator();
        if (o == null) {
            while (it.hasNext()) {
                if (it.next() == null) {
                    it.remove();
                    return true;
                }
            }
        } else {
            while (it.hasNext()) {
                if (o.equals(it.next())) {
                    it.remove();
                    return true;
                }
            }
        }
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        for (Object e : c) {
            if (!contains(e)) {
                return false;
            }
        }
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            if (add(e)) {
                modified = true;
            }
        }
        return modified;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        Iterator<?> it = iterator();
        while (it.hasNext()) {
            if (c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (!c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    public void clear() {
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    /** "[e1, e2]"; the collection itself appears as "(this Collection)". */
    public String toString() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        while (true) {
            E e = it.next();
            sb.append(e == this ? "(this Collection)" : e);
            if (!it.hasNext()) {
                return sb.append(']').toString();
            }
            sb.append(',').append(' ');
        }
    }
}
