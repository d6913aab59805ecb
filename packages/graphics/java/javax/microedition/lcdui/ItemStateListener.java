package javax.microedition.lcdui;

/** Told when the user changes the value of an Item in a Form. */
public interface ItemStateListener {
    void itemStateChanged(Item item);
}
