package java.lang;

/**
 * The run-time representation of classes, interfaces, arrays and primitive types. A Class object
 * has no Java fields: the VM maps it to its own class structure, and most queries are natives.
 */
public final class Class<T> implements java.io.Serializable {
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;

    // Nesting kinds, derived from the InnerClasses inner name (see nestingKind()).
    private static final int TOP_LEVEL = 0;
    private static final int MEMBER = 1;
    private static final int LOCAL = 2;
    private static final int ANONYMOUS = 3;

    /** Only the VM creates Class objects. */
    private Class() {
    }

    private static native Class<?> forName0(String name, boolean initialize)
            throws ClassNotFoundException;

    /** The binary name ("java.lang.String", "Outer$Inner", "[I", "int"). */
    public native String getName();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public native int getModifiers();

    private native Object newInstance0() throws InstantiationException, IllegalAccessException;

    /** The Class object of a primitive type or void, by keyword ("int", "void"...). */
    static native Class<?> getPrimitiveClass(String name);

    /** The enum constants in declaration order (the result of values()), for an enum class. */
    private native Object[] getEnumConstants0();

    /** The InnerClasses inner name: null for a top-level class, "" for an anonymous class. */
    private native String getSimpleBinaryName0();

    /** Loads, links and initializes the named class. */
    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true);
    }

    /** A new instance made with the public no-argument constructor. */
    @SuppressWarnings("unchecked")
    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        return (T) newInstance0();
    }

    /**
     * The named resource from the application's class path (its JAR for a MIDlet
     * suite), or null. A name not starting with '/' is relative to this class's package.
     */
    public java.io.InputStream getResourceAsStream(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        String path;
        if (name.startsWith("/")) {
            path = name.substring(1);
        } else {
            String className = getName();
            int dot = className.lastIndexOf('.');
            path = dot < 0 ? name : className.substring(0, dot).replace('.', '/') + "/" + name;
        }
        byte[] data = getResourceBytes0(path);
        return data == null ? null : new java.io.ByteArrayInputStream(data);
    }

    private static native byte[] getResourceBytes0(String path);

    /** "class X", "interface X", or just the keyword for a primitive type. */
    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    /** Kava does not enable assertions. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    public boolean isAnnotation() {
        return (getModifiers() & ACC_ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & ACC_SYNTHETIC) != 0;
    }

    /** The names of the classes a sealed class permits, or null if it is not sealed. */
    private native String[] getPermittedSubclassNames0();

    public boolean isSealed() {
        return !isArray() && getPermittedSubclassNames0() != null;
    }

    /** The permitted direct subclasses of a sealed class, or null if it is not sealed. */
    public Class<?>[] getPermittedSubclasses() {
        String[] names = isArray() ? null : getPermittedSubclassNames0();
        if (names == null) {
            return null;
        }
        Class<?>[] classes = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            try {
                classes[i] = Class.forName(names[i]);
            } catch (ClassNotFoundException e) {
                throw new NoClassDefFoundError(names[i]);
            }
        }
        return classes;
    }

    /** True for a record class: final, with java.lang.Record as its direct superclass. */
    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & 0x0010) != 0;
    }

    /** True only for a class declared as an enum (not for the bodies of enum constants). */
    public boolean isEnum() {
        return (getModifiers() & ACC_ENUM) != 0 && getSuperclass() == Enum.class;
    }

    /** A fresh array of this enum class's constants, or null if this is not an enum class. */
    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        Object[] values = getEnumConstantsShared();
        return values == null ? null : (T[]) values.clone();
    }

    /** The constants without copying, or null if this is not an enum class (for Enum.valueOf). */
    Object[] getEnumConstantsShared() {
        if (!isEnum()) {
            return null;
        }
        return getEnumConstants0();
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to "
                    + getName());
        }
        return (T) obj;
    }

    /**
     * Classifies this class by its InnerClasses entry. javac names local classes
     * Outer$<digits>Name, so a '$' right before the simple name means a member class.
     */
    private int nestingKind() {
        if (isArray() || isPrimitive()) {
            return TOP_LEVEL;
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            return TOP_LEVEL;
        }
        if (simple.isEmpty()) {
            return ANONYMOUS;
        }
        String name = getName();
        int k = name.length() - simple.length() - 1;
        if (k > 0 && name.charAt(k) == '$' && name.endsWith(simple)) {
            return MEMBER;
        }
        return LOCAL;
    }

    public boolean isAnonymousClass() {
        return nestingKind() == ANONYMOUS;
    }

    public boolean isLocalClass() {
        return nestingKind() == LOCAL;
    }

    public boolean isMemberClass() {
        return nestingKind() == MEMBER;
    }

    /** The name as written in source: "String", "Inner", "int[]", "" for anonymous classes. */
    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            String name = getName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        return simple;
    }

    /**
     * The canonical name ("java.util.Map.Entry", "int[]"), or null for local and anonymous
     * classes, classes nested in them, and arrays of those.
     */
    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        int kind = nestingKind();
        if (kind == TOP_LEVEL) {
            return getName();
        }
        if (kind != MEMBER) {
            return null;
        }
        String name = getName();
        String simple = getSimpleBinaryName0();
        String enclosing = name.substring(0, name.length() - simple.length() - 1);
        String enclosingCanonical = canonicalOfBinaryName(enclosing);
        return enclosingCanonical == null ? null : enclosingCanonical + "." + simple;
    }

    /**
     * Canonical name of an enclosing class known only by its binary name (the Class object is not
     * loaded here, to avoid class-loader questions): a '$' segment that starts with a digit marks
     * a local or anonymous class, which has no canonical name.
     */
    private static String canonicalOfBinaryName(String binaryName) {
        int dollar = binaryName.indexOf('$');
        while (dollar >= 0) {
            if (dollar + 1 < binaryName.length()) {
                char c = binaryName.charAt(dollar + 1);
                if (c >= '0' && c <= '9') {
                    return null;
                }
            }
            dollar = binaryName.indexOf('$', dollar + 1);
        }
        return binaryName.replace('$', '.');
    }

    /** Like getName(), but arrays are written "int[][]" rather than "[[I". */
    public String getTypeName() {
        if (isArray()) {
            Class<?> c = this;
            int dimensions = 0;
            while (c.isArray()) {
                dimensions++;
                c = c.getComponentType();
            }
            StringBuilder sb = new StringBuilder(c.getName());
            for (int i = 0; i < dimensions; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return getName();
    }

    /** The package name ("java.lang" for primitives and their arrays, "" for the unnamed one). */
    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String name = c.getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot).intern();
    }
}
