package java.lang.annotation;

/** The annotated annotation interface is inherited by subclasses of an annotated class. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Inherited {
}
