package java.lang;

/** Superclass of the classes representing numeric values convertible to the primitive types. */
public abstract class Number implements java.io.Serializable {
    public Number() {
    }

    public abstract int intValue();

    public abstract long longValue();

    public abstract float floatValue();

    public abstract double doubleValue();

    /** The value narrowed to byte, via intValue(). */
    public byte byteValue() {
        return (byte) intValue();
    }

    /** The value narrowed to short, via intValue(). */
    public short shortValue() {
        return (short) intValue();
    }
}
