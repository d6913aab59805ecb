package com.kava.midp;

import javax.microedition.lcdui.Canvas;
import javax.microedition.lcdui.Image;

/**
 * What javax.microedition.lcdui.game needs from lcdui beyond MIDP's public API. lcdui's
 * GameSupport registers the one implementation when it is first loaded (by get()).
 */
public abstract class GameBridge {
    private static GameBridge instance;

    /** The first registration wins; later ones are ignored. */
    public static synchronized void register(GameBridge bridge) {
        if (instance == null) {
            instance = bridge;
        }
    }

    public static GameBridge get() {
        if (instance == null) {
            try {
                Class.forName("javax.microedition.lcdui.GameSupport");
            } catch (ClassNotFoundException e) {
                throw new Error("lcdui has no GameSupport");
            }
        }
        return instance;
    }

    /**
     * Copy the region (x, y, w, h) of buffer, in the canvas's coordinates, to the screen
     * and show it, if canvas is shown; returns when that is done.
     */
    public abstract void flush(Canvas canvas, Image buffer, int x, int y, int w, int h);

    /** Give hooks the canvas's key events and show notices before the canvas gets them. */
    public abstract void setHooks(Canvas canvas, CanvasHooks hooks);
}
