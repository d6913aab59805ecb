package java.lang;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Standard streams, properties, time, and array copying. The streams are plain (not final)
 * static fields so that setIn/setOut/setErr can be written in Java.
 */
public final class System {
    /** Standard input (file descriptor 0). */
    public static InputStream in;
    /** Standard output: an auto-flushing UTF-8 PrintStream on file descriptor 1. */
    public static PrintStream out;
    /** Standard error: an auto-flushing UTF-8 PrintStream on file descriptor 2. */
    public static PrintStream err;

    private static String lineSeparator;

    static {
        in = new FileInputStream(FileDescriptor.in);
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    }

    private System() {
    }

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    /** Copies length elements; the VM checks types and bounds and handles overlap. */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos,
            int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    /** The hash code Object.hashCode would return, even if the class overrides it. */
    public static native int identityHashCode(Object x);

    /** The property's value from the VM's table, or null. */
    private static native String getProperty0(String key);

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    public static String getProperty(String key) {
        checkKey(key);
        return getProperty0(key);
    }

    public static String getProperty(String key, String def) {
        checkKey(key);
        String value = getProperty0(key);
        return value == null ? def : value;
    }

    /** The line.separator property, read once. */
    public static String lineSeparator() {
        String ls = lineSeparator;
        if (ls == null) {
            ls = getProperty0("line.separator");
            if (ls == null) {
                ls = "\n";
            }
            lineSeparator = ls;
        }
        return ls;
    }

    /** Terminates the VM with the given status (see Runtime.exit). */
    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    /** Kava never runs finalizers. */
    public static void runFinalization() {
    }
}
