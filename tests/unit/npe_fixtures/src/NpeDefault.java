/** Scenarios in the unnamed package (class names print without a package). */
@SuppressWarnings("unused")
public class NpeDefault {
    static NpeDefault INSTANCE;
    String label;
    NpeDefault peer;

    static NpeDefault get() {
        return null;
    }

    String label() {
        return label;
    }

    static void npe001_staticFieldDefaultPackage() {
        INSTANCE.label.length();
    }

    static void npe002_returnDefaultPackage() {
        get().label();
    }

    static void npe003_invokeDefaultPackage() {
        NpeDefault d = get();
        d.label();
    }

    void npe004_thisPeer() {
        peer.label = "x";
    }
}
