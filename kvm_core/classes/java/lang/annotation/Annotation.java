package java.lang.annotation;

/** The common interface extended by all annotation interfaces. */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    /** The annotation interface of this annotation. */
    Class<? extends Annotation> annotationType();
}
