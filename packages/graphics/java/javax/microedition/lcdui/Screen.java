package javax.microedition.lcdui;

/**
 * A high-level Displayable (Form, List, TextBox, Alert): Kava draws its content under the
 * title and ticker. Subclasses paint through paintScreen with the origin at the content
 * area's top-left and the background already cleared.
 */
public abstract class Screen extends Displayable {
    Screen() {
    }

    final void paintContent(Graphics g, int x, int y, int w, int h) {
        Rect dirty = display.paintRegion;
        if (dirty.x >= x + w || dirty.x + dirty.w <= x || dirty.y >= y + h || dirty.y + dirty.h <= y) {
            return;                           // only the chrome (e.g. the ticker) changed
        }
        g.reset(x, y, w, h);
        g.setClip(dirty.x - x, dirty.y - y, dirty.w, dirty.h);
        g.setColor(Ui.BACKGROUND);
        g.fillRect(0, 0, w, h);
        paintScreen(g, w, h);
    }

    /** Paint the content: (0, 0) is the content area's top-left, w x h its size. */
    abstract void paintScreen(Graphics g, int w, int h);

    /** Ask for the whole content area to be painted again, if shown. */
    void repaintContent() {
        repaintIfShown(0, contentTop(), getWidth(), contentHeight());
    }

    /** Ask for a part of the content area (content coordinates) to be painted again. */
    void repaintContent(int x, int y, int w, int h) {
        repaintIfShown(x, contentTop() + y, w, h);
    }

    /** Keys for the content: presses and repeats go to screenKey, releases are dropped. */
    void contentKey(int type, int keyCode) {
        if (type != com.kava.midp.Host.KEY_RELEASED) {
            screenKey(keyCode, type == com.kava.midp.Host.KEY_REPEATED);
        }
    }

    void screenKey(int keyCode, boolean repeated) {
    }
}
