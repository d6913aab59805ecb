package java.lang;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/** Objects that can be the target of the enhanced for statement. */
public interface Iterable<T> {
    Iterator<T> iterator();

    /** Performs action on each element, in iteration order. */
    default void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        for (T t : this) {
            action.accept(t);
        }
    }
}
