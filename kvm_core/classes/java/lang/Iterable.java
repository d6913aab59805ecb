package java.lang;

import java.util.Iterator;

/** Objects that can be the target of the enhanced for statement. */
public interface Iterable<T> {
    Iterator<T> iterator();
}
