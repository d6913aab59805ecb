package javax.microedition.midlet;

/** A MIDlet refuses a requested state change (startApp, destroyApp(false)). */
public class MIDletStateChangeException extends Exception {
    public MIDletStateChangeException() {
    }

    public MIDletStateChangeException(String message) {
        super(message);
    }
}
