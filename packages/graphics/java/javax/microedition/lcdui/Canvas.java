package javax.microedition.lcdui;

import com.kava.midp.CanvasHooks;
import com.kava.midp.Host;

/**
 * The low-level screen: the app paints every pixel and gets raw key and pointer events.
 * Key codes are the device's (digits, '*' and '#' are their characters; arrows, FIRE and
 * the soft keys are negative codes that the device profile chooses).
 */
public abstract class Canvas extends Displayable {
    public static final int UP = 1;
    public static final int DOWN = 6;
    public static final int LEFT = 2;
    public static final int RIGHT = 5;
    public static final int FIRE = 8;
    public static final int GAME_A = 9;
    public static final int GAME_B = 10;
    public static final int GAME_C = 11;
    public static final int GAME_D = 12;
    public static final int KEY_NUM0 = 48;
    public static final int KEY_NUM1 = 49;
    public static final int KEY_NUM2 = 50;
    public static final int KEY_NUM3 = 51;
    public static final int KEY_NUM4 = 52;
    public static final int KEY_NUM5 = 53;
    public static final int KEY_NUM6 = 54;
    public static final int KEY_NUM7 = 55;
    public static final int KEY_NUM8 = 56;
    public static final int KEY_NUM9 = 57;
    public static final int KEY_STAR = 42;
    public static final int KEY_POUND = 35;

    private boolean fullScreen;
    CanvasHooks hooks;                  // a GameCanvas's key states (see GameSupport)
    private int lastWidth = -1;
    private int lastHeight = -1;

    protected Canvas() {
    }

    public boolean isDoubleBuffered() {
        return true;
    }

    public boolean hasPointerEvents() {
        return true;
    }

    public boolean hasPointerMotionEvents() {
        return true;
    }

    /** True: a held key gives keyRepeated (500 ms after the press, then every 100 ms). */
    public boolean hasRepeatEvents() {
        return true;
    }

    public int getWidth() {
        return Host.screenWidth();
    }

    public int getHeight() {
        return contentHeight();
    }

    public void setFullScreenMode(boolean mode) {
        if (mode != fullScreen) {
            fullScreen = mode;
            if (isShown()) {
                checkSize();
                repaintAll();
            }
        }
    }

    boolean showsChrome() {
        return !fullScreen;
    }

    boolean showsTitle() {
        return false;
    }

    // ---- keys --------------------------------------------------------------------------

    /** The game action of a device key code: arrows and FIRE, and 2/4/6/8/5, 1/3/7/9 as on phones. */
    public int getGameAction(int keyCode) {
        return GameKeys.gameAction(keyCode);
    }

    public int getKeyCode(int gameAction) {
        return GameKeys.keyCode(gameAction);
    }

    public String getKeyName(int keyCode) {
        String name = GameKeys.keyName(keyCode);
        if (name == null) {
            throw new IllegalArgumentException("invalid key code " + keyCode);
        }
        return name;
    }

    protected void keyPressed(int keyCode) {
    }

    protected void keyRepeated(int keyCode) {
    }

    protected void keyReleased(int keyCode) {
    }

    protected void pointerPressed(int x, int y) {
    }

    protected void pointerReleased(int x, int y) {
    }

    protected void pointerDragged(int x, int y) {
    }

    void contentKey(int type, int keyCode) {
        if (hooks != null && !hooks.key(type, keyCode)) {
            return;
        }
        if (type == Host.KEY_PRESSED) {
            keyPressed(keyCode);
        } else if (type == Host.KEY_RELEASED) {
            keyReleased(keyCode);
        } else {
            keyRepeated(keyCode);
        }
    }

    void contentPointer(int type, int x, int y) {
        if (type == Host.POINTER_PRESSED) {
            pointerPressed(x, y);
        } else if (type == Host.POINTER_RELEASED) {
            pointerReleased(x, y);
        } else {
            pointerDragged(x, y);
        }
    }

    // ---- painting -------------------------------------------------------------------------

    public final void repaint() {
        repaintAll();
    }

    private void repaintAll() {
        repaint(0, 0, getWidth(), getHeight());
    }

    public final void repaint(int x, int y, int width, int height) {
        if (width > 0 && height > 0) {
            repaintIfShown(x, y + contentTop(), width, height);
        }
    }

    /** Paint pending repaints now; returns when paint() has returned. */
    public final void serviceRepaints() {
        Display d = display;          // read once: the event thread may hide this meanwhile
        if (d != null && d.getCurrent() == this) {
            d.serviceRepaints();
        }
    }

    protected abstract void paint(Graphics g);

    protected void showNotify() {
    }

    protected void hideNotify() {
    }

    void uiShow() {
        if (hooks != null) {
            hooks.shown();
        }
        checkSize();
        showNotify();
    }

    void uiHide() {
        super.uiHide();
        hideNotify();
    }

    /** sizeChanged when the content area differs from the last time this was shown. */
    void checkSize() {
        int w = getWidth();
        int h = getHeight();
        if (lastWidth >= 0 && (w != lastWidth || h != lastHeight)) {
            sizeChanged(w, h);
        }
        lastWidth = w;
        lastHeight = h;
    }

    void paintContent(Graphics g, int x, int y, int w, int h) {
        g.reset(x, y, w, h);
        Rect dirty = display.paintRegion;
        g.setClip(dirty.x - x, dirty.y - y, dirty.w, dirty.h);
        if (g.getClipWidth() > 0 && g.getClipHeight() > 0) {
            paint(g);             // not when only the chrome (e.g. the ticker line) is repainted
        }
    }
}
