package gemraider;

import javax.microedition.lcdui.Display;
import javax.microedition.midlet.MIDlet;

/** The MIDlet: owns the one game screen and tells it when the phone pauses or ends the app. */
public class GemRaider extends MIDlet {
    private GameScreen screen;

    protected void startApp() {
        if (screen == null) {
            screen = new GameScreen(this);
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

    /** The Exit command. */
    void exit() {
        destroyApp(true);
        notifyDestroyed();
    }
}
