package java.lang;

/** The common base class of all enum classes. javac generates the constructor calls. */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    /** Called only by code javac generates for enum declarations. */
    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() {
        return name;
    }

    public final int ordinal() {
        return ordinal;
    }

    public String toString() {
        return name;
    }

    public final boolean equals(Object other) {
        return this == other;
    }

    public final int hashCode() {
        return super.hashCode();
    }

    /** Enum constants are singletons. */
    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** Orders by ordinal; constants of different enum classes are not comparable. */
    public final int compareTo(E o) {
        Enum<?> other = o;
        Enum<E> self = this;
        if (self.getClass() != other.getClass()
                && self.getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return self.ordinal - other.ordinal;
    }

    /** The enum class, also for constants that have a class body (an anonymous subclass). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> clazz = getClass();
        Class<?> zuper = clazz.getSuperclass();
        return (zuper == Enum.class) ? (Class<E>) clazz : (Class<E>) zuper;
    }

    /** The constant of enumClass with exactly this name (javac's valueOf(String) calls this). */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        Object[] constants = enumClass.getEnumConstantsShared();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (Object constant : constants) {
            Enum<?> e = (Enum<?>) constant;
            if (e.name.equals(name)) {
                return enumClass.cast(e);
            }
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "."
                + name);
    }

    /** Enum classes cannot have finalizers. */
    @SuppressWarnings("deprecation")
    protected final void finalize() {
    }
}
