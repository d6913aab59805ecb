package java.lang;

import java.io.PrintStream;

/**
 * The superclass of all errors and exceptions.
 *
 * <p>The VM creates some throwables itself (NullPointerException, ArithmeticException...) by
 * allocating one and setting detailMessage, cause and backtrace without running a constructor.
 * So {@code stackTrace == null} means "decode from backtrace when first asked" and
 * {@code suppressed == null} means "no suppressed exceptions yet". A throwable built with
 * writableStackTrace false holds the UNWRITABLE_STACK sentinel, and one built with
 * enableSuppression false holds SUPPRESSION_DISABLED. {@code cause == this} means the cause
 * has not been set yet (initCause is still allowed).
 */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private transient Object backtrace;
    private StackTraceElement[] stackTrace;
    private Throwable[] suppressed;

    private static final StackTraceElement[] UNWRITABLE_STACK = new StackTraceElement[0];
    private static final Throwable[] SUPPRESSION_DISABLED = new Throwable[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    /** The detail message becomes cause.toString() (null for a null cause). */
    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = UNWRITABLE_STACK;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressed = SUPPRESSION_DISABLED;
        }
    }

    /** Records the current Java stack into backtrace (VM native). */
    private native void fillInStackTrace0();

    /** Decodes backtrace into elements (VM native). */
    private native StackTraceElement[] getStackTrace0();

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    /** Sets the cause once; not allowed if a constructor already set it (even to null). */
    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with "
                    + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    /** The class name, followed by ": " and the localized message if there is one. */
    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    /** Records the current stack as this throwable's stack trace (unless it is unwritable). */
    public synchronized Throwable fillInStackTrace() {
        if (stackTrace != UNWRITABLE_STACK) {
            fillInStackTrace0();
            stackTrace = null;
        }
        return this;
    }

    /** A copy of the stack trace, most recent call first. */
    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            StackTraceElement[] decoded = backtrace != null ? getStackTrace0() : null;
            stackTrace = decoded != null ? decoded : new StackTraceElement[0];
        }
        return stackTrace;
    }

    /** Replaces the stack trace with a copy of stackTrace (no-op if unwritable). */
    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (this.stackTrace == UNWRITABLE_STACK) {
                return;
            }
            this.stackTrace = defensiveCopy;
        }
    }

    /** Records an exception suppressed to deliver this one (try-with-resources calls this). */
    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressed == SUPPRESSION_DISABLED) {
            return;
        }
        Throwable[] old = suppressed == null ? NO_SUPPRESSED : suppressed;
        Throwable[] grown = new Throwable[old.length + 1];
        System.arraycopy(old, 0, grown, 0, old.length);
        grown[old.length] = exception;
        suppressed = grown;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null || suppressed == SUPPRESSION_DISABLED) {
            return NO_SUPPRESSED;
        }
        return suppressed.clone();
    }

    // ---- printing ----

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /**
     * Prints toString(), one "\tat frame" line per element, then the suppressed exceptions
     * ("\tSuppressed: ", indented one more tab) and the cause chain ("Caused by: "). Frames in
     * common with the enclosing trace are elided as "\t... n more"; a throwable already printed
     * appears as "[CIRCULAR REFERENCE: ...]".
     */
    public void printStackTrace(PrintStream s) {
        synchronized (s) {
            Seen seen = new Seen();
            seen.add(this);
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement element : trace) {
                s.println("\tat " + element);
            }
            for (Throwable se : getSuppressed()) {
                se.printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", seen);
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", seen);
            }
        }
    }

    private void printEnclosedStackTrace(PrintStream s, StackTraceElement[] enclosingTrace,
            String caption, String prefix, Seen seen) {
        if (seen.contains(this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        seen.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, seen);
        }
    }

    /** An identity set of the throwables printed so far. */
    private static final class Seen {
        private Throwable[] items = new Throwable[4];
        private int size;

        boolean contains(Throwable t) {
            for (int i = 0; i < size; i++) {
                if (items[i] == t) {
                    return true;
                }
            }
            return false;
        }

        void add(Throwable t) {
            if (size == items.length) {
                Throwable[] bigger = new Throwable[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = t;
        }
    }
}
