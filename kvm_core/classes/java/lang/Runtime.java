package java.lang;

import java.io.PrintStream;

/** The single Runtime of the VM: exit, memory figures, processors. */
public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /** Flushes System.out and System.err, then stops the VM with the given status. */
    public void exit(int status) {
        flush(System.out);
        flush(System.err);
        halt0(status);
    }

    private static void flush(PrintStream s) {
        if (s != null) {
            s.flush();
        }
    }

    /** Stops the VM immediately, without flushing anything. */
    public void halt(int status) {
        halt0(status);
    }

    private static native void halt0(int status);

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    /** Kava never runs finalizers. */
    public void runFinalization() {
    }
}
