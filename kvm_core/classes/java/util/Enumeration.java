package java.util;

/** The older form of Iterator, without removal. */
public interface Enumeration<E> {
    boolean hasMoreElements();

    E nextElement();

    /** An Iterator over the remaining elements; its remove() is unsupported. */
    default Iterator<E> asIterator() {
        return new Iterator<E>() {
            @Override
            public boolean hasNext() {
                return hasMoreElements();
            }

            @Override
            public E next() {
                return nextElement();
            }
        };
    }
}
