package javax.microedition.lcdui.game;

import com.kava.midp.CanvasHooks;
import com.kava.midp.GameBridge;
import com.kava.midp.Host;
import javax.microedition.lcdui.Canvas;
import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;

/**
 * A Canvas for games: an off-screen buffer (the full screen's size, white at first) that
 * getGraphics() draws into and flushGraphics() shows, and getKeyStates() to poll the game
 * keys. A key that goes down between two polls shows once even if it is already up again.
 */
public abstract class GameCanvas extends Canvas {
    public static final int UP_PRESSED = 1 << Canvas.UP;
    public static final int DOWN_PRESSED = 1 << Canvas.DOWN;
    public static final int LEFT_PRESSED = 1 << Canvas.LEFT;
    public static final int RIGHT_PRESSED = 1 << Canvas.RIGHT;
    public static final int FIRE_PRESSED = 1 << Canvas.FIRE;
    public static final int GAME_A_PRESSED = 1 << Canvas.GAME_A;
    public static final int GAME_B_PRESSED = 1 << Canvas.GAME_B;
    public static final int GAME_C_PRESSED = 1 << Canvas.GAME_C;
    public static final int GAME_D_PRESSED = 1 << Canvas.GAME_D;

    private final Image buffer;
    private final Keys keys;

    protected GameCanvas(boolean suppressKeyEvents) {
        // as large as the canvas can get (full screen), so a mode change never outgrows it
        buffer = Image.createImage(Host.screenWidth(), Host.screenHeight());
        keys = new Keys(this, suppressKeyEvents);
        GameBridge.get().setHooks(this, keys);
    }

    /** A new Graphics for the off-screen buffer, in its default state, clipped to the buffer. */
    protected Graphics getGraphics() {
        return buffer.getGraphics();
    }

    /** Show the whole buffer (as much of it as the canvas covers); paint() is not called. */
    public void flushGraphics() {
        GameBridge.get().flush(this, buffer, 0, 0, getWidth(), getHeight());
    }

    /** Show the buffer's region (x, y, width, height), cut to the canvas; nothing if it is empty. */
    public void flushGraphics(int x, int y, int width, int height) {
        if (width >= 1 && height >= 1) {
            GameBridge.get().flush(this, buffer, x, y, width, height);
        }
    }

    /**
     * The game keys that are down now or went down since the last call, one *_PRESSED bit
     * each; clears that memory. Always 0 while the canvas is not shown.
     */
    public int getKeyStates() {
        if (!isShown()) {
            return 0;
        }
        return keys.poll();
    }

    /** Draws the off-screen buffer at (0, 0), within g's clip and translation. */
    public void paint(Graphics g) {
        g.drawImage(buffer, 0, 0, Graphics.TOP | Graphics.LEFT);
    }

    /** The game action of a key code by Canvas's own mapping (0 when none or unknown). */
    private int actionOf(int keyCode) {
        try {
            return super.getGameAction(keyCode);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** The key states, fed by lcdui on the event thread and polled by the game's thread. */
    private static final class Keys implements CanvasHooks {
        private final GameCanvas canvas;
        private final boolean suppress;
        private int down;       // game keys held now
        private int latched;    // game keys pressed since the last poll

        Keys(GameCanvas canvas, boolean suppress) {
            this.canvas = canvas;
            this.suppress = suppress;
        }

        public boolean key(int type, int keyCode) {
            int action = canvas.actionOf(keyCode);
            if (action == 0) {
                return true;
            }
            int bit = 1 << action;
            synchronized (this) {
                if (type == Host.KEY_PRESSED) {
                    down |= bit;
                    latched |= bit;
                } else if (type == Host.KEY_RELEASED) {
                    down &= ~bit;
                }
            }
            return !suppress;
        }

        public synchronized void shown() {
            down = 0;
            latched = 0;
        }

        synchronized int poll() {
            int states = down | latched;
            latched = 0;
            return states;
        }
    }
}
