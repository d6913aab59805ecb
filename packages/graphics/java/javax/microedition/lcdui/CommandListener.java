package javax.microedition.lcdui;

/** Receives the commands the user invokes on a Displayable. */
public interface CommandListener {
    void commandAction(Command c, Displayable d);
}
