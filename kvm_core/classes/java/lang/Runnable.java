package java.lang;

/** Code to be run, typically by a thread. */
@FunctionalInterface
public interface Runnable {
    void run();
}
