package javax.microedition.lcdui;

/** Told when the user invokes a Command of an Item. */
public interface ItemCommandListener {
    void commandAction(Command c, Item item);
}
