package heldout;

import javax.microedition.lcdui.Display;
import javax.microedition.midlet.MIDlet;

/**
 * A small "phone developer" MIDlet: a test-card Canvas drawn with the
 * Graphics primitives, then (on the FIRE key) a GameCanvas with sprites,
 * a tiled background and key polling. Observations go to stdout, one
 * "OBS ..." line each, so an outside checker can compare them with the
 * MIDP 2.0 specification.
 */
public class HeldoutMIDlet extends MIDlet {
    private Display display;
    private TestCard card;
    private boolean started;

    public HeldoutMIDlet() {
        log("CONSTRUCT");
    }

    static void log(String s) {
        System.out.println("OBS " + s);
    }

    protected void startApp() {
        if (started) {
            log("RESUME");
            return;
        }
        started = true;
        display = Display.getDisplay(this);
        log("START");
        log("APPPROP Heldout-Greeting=" + getAppProperty("Heldout-Greeting"));
        log("APPPROP MIDlet-Name=" + getAppProperty("MIDlet-Name"));
        log("SYSPROP microedition.profiles=" + System.getProperty("microedition.profiles"));
        log("SYSPROP microedition.configuration=" + System.getProperty("microedition.configuration"));
        long now = System.currentTimeMillis();
        log("STARTTIME " + now);
        card = new TestCard(this);
        display.setCurrent(card);
    }

    protected void pauseApp() {
        log("PAUSE");
    }

    protected void destroyApp(boolean unconditional) {
        log("DESTROY " + unconditional);
    }

    Display getDisplay() {
        return display;
    }

    void startGame() {
        log("SWITCH game");
        display.setCurrent(new PlayField());
    }
}
