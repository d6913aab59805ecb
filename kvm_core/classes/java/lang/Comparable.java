package java.lang;

/** A total ordering on the objects of each class that implements it (their natural ordering). */
public interface Comparable<T> {
    /** Negative, zero or positive as this object is less than, equal to or greater than o. */
    int compareTo(T o);
}
