package java.lang;

/** Marker: Object.clone may make a field-for-field copy of instances of this class. */
public interface Cloneable {
}
