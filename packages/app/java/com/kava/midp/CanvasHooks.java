package com.kava.midp;

/**
 * What a GameCanvas hears from lcdui before its Canvas does: every key event (to keep
 * the key states) and each time it is shown (to clear them). Installed through GameBridge.
 */
public interface CanvasHooks {
    /** A key event for the canvas (type is Host.KEY_PRESSED...); false keeps it from keyPressed & co. */
    boolean key(int type, int keyCode);

    /** The canvas has become the current Displayable. */
    void shown();
}
