package java.util;

/** The EnumSet implementation: one bit per constant, in 64-bit words. */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] elements;
    private int size;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            set(i);
        }
    }

    void addAll() {
        for (int i = 0; i < universe.length; i++) {
            set(i);
        }
    }

    void complement() {
        for (int i = 0; i < universe.length; i++) {
            elements[i >>> 6] ^= 1L << i;
        }
        recount();
    }

    private void recount() {
        int n = 0;
        for (long w : elements) {
            n += Long.bitCount(w);
        }
        size = n;
    }

    private boolean set(int ordinal) {
        long old = elements[ordinal >>> 6];
        elements[ordinal >>> 6] = old | (1L << ordinal);
        if (old != elements[ordinal >>> 6]) {
            size++;
            return true;
        }
        return false;
    }

    private boolean isSet(int ordinal) {
        return (elements[ordinal >>> 6] & (1L << ordinal)) != 0;
    }

    private boolean clearBit(int ordinal) {
        long old = elements[ordinal >>> 6];
        elements[ordinal >>> 6] = old & ~(1L << ordinal);
        if (old != elements[ordinal >>> 6]) {
            size--;
            return true;
        }
        return false;
    }

    /** Iterates over a snapshot of the bits, in ordinal order. */
    public Iterator<E> iterator() {
        final long[] unseen = elements.clone();
        return new Iterator<E>() {
            private int next = advance(0);
            private int lastReturned = -1;

            private int advance(int from) {
                for (int i = from; i < universe.length; i++) {
                    if ((unseen[i >>> 6] & (1L << i)) != 0) {
                        return i;
                    }
                }
                return -1;
            }

            public boolean hasNext() {
                return next >= 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                lastReturned = next;
                next = advance(next + 1);
                return (E) universe[lastReturned];
            }

            public void remove() {
                if (lastReturned < 0) {
                    throw new IllegalStateException();
                }
                clearBit(lastReturned);
                lastReturned = -1;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private boolean isElement(Object e) {
        if (e == null) {
            return false;
        }
        Class<?> eClass = e.getClass();
        return eClass == elementType || eClass.getSuperclass() == elementType;
    }

    public boolean contains(Object e) {
        return isElement(e) && isSet(((Enum<?>) e).ordinal());
    }

    public boolean add(E e) {
        typeCheck(e);
        return set(e.ordinal());
    }

    public boolean remove(Object e) {
        return isElement(e) && clearBit(((Enum<?>) e).ordinal());
    }

    public void clear() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = 0;
        }
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof RegularEnumSet)) {
            return super.equals(o);
        }
        RegularEnumSet<?> es = (RegularEnumSet<?>) o;
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }

    public RegularEnumSet<E> clone() {
        RegularEnumSet<E> result = (RegularEnumSet<E>) super.clone();
        result.elements = result.elements.clone();
        return result;
    }
}
