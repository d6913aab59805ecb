package java.util;

/** A marker: the List supports fast (generally constant time) random access. */
public interface RandomAccess {
}
