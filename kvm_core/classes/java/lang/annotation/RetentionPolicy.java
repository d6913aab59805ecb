package java.lang.annotation;

/** Annotation retention policies, used with {@link Retention}. */
public enum RetentionPolicy {
    /** Discarded by the compiler. */
    SOURCE,
    /** Recorded in the class file but not needed at run time. */
    CLASS,
    /** Recorded in the class file and retained at run time. */
    RUNTIME
}
