package java.util;

import java.util.function.Consumer;

/** An iterator over a collection. */
public interface Iterator<E> {
    boolean hasNext();

    /** The next element; implementations throw NoSuchElementException when there is none. */
    E next();

    /** Removes the last element returned; unsupported unless overridden. */
    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    /** Performs action on each remaining element. */
    default void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (hasNext()) {
            action.accept(next());
        }
    }
}
