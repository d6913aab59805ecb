package game;

import javax.microedition.lcdui.Display;
import javax.microedition.lcdui.game.GameCanvas;
import javax.microedition.midlet.MIDlet;

/**
 * Two GameCanvases: A suppresses game-key events, B does not. Each prints every key
 * event it gets; key 0 polls getKeyStates (B's poll also prints A's); key * on A shows B.
 */
public class KeysTest extends MIDlet {
    Pad a;
    Pad b;

    protected void startApp() {
        a = new Pad("A", true);
        b = new Pad("B", false);
        Display.getDisplay(this).setCurrent(a);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    class Pad extends GameCanvas {
        final String name;

        Pad(String name, boolean suppress) {
            super(suppress);
            this.name = name;
        }

        protected void keyPressed(int keyCode) {
            System.out.println(name + " pressed " + keyCode);
            if (keyCode == KEY_NUM0) {
                String line = name + " poll " + getKeyStates();
                if (this == b) {
                    line += " A " + a.getKeyStates();
                }
                System.out.println(line);
            } else if (keyCode == KEY_STAR && this == a) {
                Display.getDisplay(KeysTest.this).setCurrent(b);
            }
        }

        protected void keyReleased(int keyCode) {
            System.out.println(name + " released " + keyCode);
        }

        protected void keyRepeated(int keyCode) {
            System.out.println(name + " repeated " + keyCode);
        }
    }
}
