package java.lang.reflect;

/** Creating arrays from a Class at run time (the part of java.lang.reflect.Array Kava offers). */
public final class Array {
    private Array() {
    }

    /** A new array of length elements of componentType (a reference or primitive type). */
    public static Object newInstance(Class<?> componentType, int length) {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (componentType == Void.TYPE) {
            throw new IllegalArgumentException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        return newArray(componentType, length);
    }

    private static native Object newArray(Class<?> componentType, int length);

    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return getLength0(array);
    }

    private static native int getLength0(Object array);
}
