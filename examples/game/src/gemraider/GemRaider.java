package gemraider;

import javax.microedition.lcdui.Display;
import javax.microedition.midlet.MIDlet;

/** The MIDlet: owns the one game screen and tells it when the phone pauses or ends the app. */
public class GemRaider extends MIDlet {
    private GameScreen screen;

    protected void startApp() {
        if (screen == null) {
            screen = new GameScreen(this, startLevel());
            screen.start();
        }
        Display.getDisplay(this).setCurrent(screen);
    }

    protected void pauseApp() {
        if (screen != null) {
            screen.pause();
        }
    }

    protected void destroyApp(boolean unconditional) {
        if (screen != null) {
            screen.stop();
        }
    }

    /**
     * The level a new game starts at: 1, or the JAD's GemRaider-Start-Level (1-9), for
     * practising a later level.
     */
    private int startLevel() {
        String value = getAppProperty("GemRaider-Start-Level");
        try {
            int n = value == null ? 1 : Integer.parseInt(value.trim());
            return n >= 1 && n <= 9 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The Exit command. */
    void exit() {
        destroyApp(true);
        notifyDestroyed();
    }
}
