package java.util;

/** A marker interface for event listeners. */
public interface EventListener {
}
