package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * An item the application draws and drives itself. Kava gives it the content box below
 * its label, the arrow keys through traverse() (both directions), the other keys through
 * keyPressed/keyReleased/keyRepeated while it has the focus, and pointer events inside it.
 */
public abstract class CustomItem extends Item {
    public static final int TRAVERSE_HORIZONTAL = 1;
    public static final int TRAVERSE_VERTICAL = 2;
    public static final int KEY_PRESS = 4;
    public static final int KEY_RELEASE = 8;
    public static final int KEY_REPEAT = 0x10;
    public static final int POINTER_PRESS = 0x20;
    public static final int POINTER_RELEASE = 0x40;
    public static final int POINTER_DRAG = 0x80;
    public static final int NONE = 0;

    private int contentWidth = -1;
    private int contentHeight = -1;
    private boolean visible;

    protected CustomItem(String label) {
        super(label);
    }

    public int getGameAction(int keyCode) {
        return GameKeys.gameAction(keyCode);
    }

    protected final int getInteractionModes() {
        return TRAVERSE_HORIZONTAL | TRAVERSE_VERTICAL | KEY_PRESS | KEY_RELEASE | KEY_REPEAT
                | POINTER_PRESS | POINTER_RELEASE | POINTER_DRAG;
    }

    protected abstract int getMinContentWidth();

    protected abstract int getMinContentHeight();

    protected abstract int getPrefContentWidth(int height);

    protected abstract int getPrefContentHeight(int width);

    protected void sizeChanged(int w, int h) {
    }

    protected final void invalidate() {
        super.invalidate();
    }

    protected abstract void paint(Graphics g, int w, int h);

    protected final void repaint() {
        super.repaint();
    }

    protected final void repaint(int x, int y, int w, int h) {
        if (owner instanceof Form) {
            int cx = Math.max(0, x);
            int cy = Math.max(0, y);
            int right = Math.min(x + w, contentWidth);
            int bottom = Math.min(y + h, contentHeight);
            if (right > cx && bottom > cy) {
                ((Form) owner).repaintItemArea(this, contentX() + cx, contentY() + cy, right - cx, bottom - cy);
            }
        }
    }

    protected boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect_inout) {
        return false;
    }

    protected void traverseOut() {
    }

    protected void keyPressed(int keyCode) {
    }

    protected void keyReleased(int keyCode) {
    }

    protected void keyRepeated(int keyCode) {
    }

    protected void pointerPressed(int x, int y) {
    }

    protected void pointerReleased(int x, int y) {
    }

    protected void pointerDragged(int x, int y) {
    }

    protected void showNotify() {
    }

    protected void hideNotify() {
    }

    // ---- Item's hooks ---------------------------------------------------------------------

    int minContentWidth() {
        return getMinContentWidth();
    }

    int minContentHeight() {
        return getMinContentHeight();
    }

    int prefContentWidth(int height) {
        return getPrefContentWidth(height);
    }

    int prefContentHeight(int width) {
        return getPrefContentHeight(width);
    }

    boolean focusable() {
        return true;
    }

    boolean itemKeyPressed(int keyCode) {
        keyPressed(keyCode);
        return Ui.direction(keyCode) != Canvas.FIRE || defaultCommand() == null;
    }

    void itemKeyReleased(int keyCode) {
        keyReleased(keyCode);
    }

    void itemKeyRepeated(int keyCode) {
        keyRepeated(keyCode);
    }

    void itemPointer(int type, int x, int y) {
        if (type == Host.POINTER_PRESSED) {
            pointerPressed(x, y);
        } else if (type == Host.POINTER_RELEASED) {
            pointerReleased(x, y);
        } else {
            pointerDragged(x, y);
        }
    }

    void sized(int w, int h) {
        if (w != contentWidth || h != contentHeight) {
            contentWidth = w;
            contentHeight = h;
            sizeChanged(w, h);
        }
    }

    void shown() {
        if (!visible) {
            visible = true;
            showNotify();
        }
    }

    void hidden() {
        if (visible) {
            visible = false;
            hideNotify();
        }
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        paint(g, w, h);
    }
}
