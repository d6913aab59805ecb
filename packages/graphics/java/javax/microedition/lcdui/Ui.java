package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * The look of Kava's high-level screens in one place (colors, fonts, spacing) and small
 * helpers they share: the key tests, the animation timer and a few drawing routines.
 */
final class Ui {
    static final int BACKGROUND = 0xFFFFFF;
    static final int TEXT = 0x000000;
    static final int LABEL = 0x303030;
    static final int DIM = 0x808080;
    static final int BORDER = 0x808080;
    static final int FIELD = 0xFFFFFF;
    static final int FOCUS = Displayable.MENU_SELECTED;
    static final int FOCUS_FILL = 0xDCE6F2;
    static final int SELECTED_TEXT = 0xFFFFFF;
    static final int LINK = 0x1A56B0;
    static final int BUTTON = 0xE4E4E4;
    static final int SCROLL_TRACK = 0xE0E0E0;
    static final int SCROLL_THUMB = 0x909090;

    /** Space around a Form's items and inside an item's focus frame. */
    static final int MARGIN = 2;
    static final int PAD = 2;
    /** The scroll bar at the right edge of scrolling screens (always reserved). */
    static final int SCROLLBAR = 3;

    private static java.util.Timer timer;

    private Ui() {
    }

    static Font labelFont() {
        return Font.getFont(Font.FACE_SYSTEM, Font.STYLE_BOLD, Font.SIZE_SMALL);
    }

    static Font textFont() {
        return Font.getDefaultFont();
    }

    static Font smallFont() {
        return Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_SMALL);
    }

    /** The width an item of a Form can have: the screen less margins and the scroll bar. */
    static int formWidth() {
        return Host.screenWidth() - 2 * MARGIN - SCROLLBAR;
    }

    /** One daemon timer for every animation and timeout (it follows the VM clock). */
    static synchronized java.util.Timer timer() {
        if (timer == null) {
            timer = new java.util.Timer("lcdui", true);
        }
        return timer;
    }

    /** Run r on the event thread (after pending repaints) when delay ms of VM time passed. */
    static java.util.TimerTask later(final Runnable r, long delay) {
        java.util.TimerTask task = new java.util.TimerTask() {
            public void run() {
                Display.instance().callSerially(r);
            }
        };
        timer().schedule(task, delay);
        return task;
    }

    /** Run r on the event thread every period ms of VM time until the task is cancelled. */
    static java.util.TimerTask every(final Runnable r, long period) {
        java.util.TimerTask task = new java.util.TimerTask() {
            public void run() {
                Display.instance().callSerially(r);
            }
        };
        timer().scheduleAtFixedRate(task, period, period);
        return task;
    }

    // ---- keys -------------------------------------------------------------------------

    static boolean is(int keyCode, int logicalKey) {
        return keyCode == Host.keyCode(logicalKey);
    }

    /** Canvas.UP/DOWN/LEFT/RIGHT/FIRE for the arrow and select keys, else 0. */
    static int direction(int keyCode) {
        if (is(keyCode, Host.KEY_UP)) {
            return Canvas.UP;
        }
        if (is(keyCode, Host.KEY_DOWN)) {
            return Canvas.DOWN;
        }
        if (is(keyCode, Host.KEY_LEFT)) {
            return Canvas.LEFT;
        }
        if (is(keyCode, Host.KEY_RIGHT)) {
            return Canvas.RIGHT;
        }
        if (is(keyCode, Host.KEY_FIRE)) {
            return Canvas.FIRE;
        }
        return 0;
    }

    static boolean isDigit(int keyCode) {
        return keyCode >= '0' && keyCode <= '9';
    }

    // ---- drawing ----------------------------------------------------------------------

    /** A vertical scroll bar at the right edge of a w x h view onto total pixels from top. */
    static void scrollBar(Graphics g, int w, int h, int top, int total) {
        if (total <= h) {
            return;
        }
        int x = w - SCROLLBAR;
        g.setColor(SCROLL_TRACK);
        g.fillRect(x, 0, SCROLLBAR, h);
        int thumb = Math.max(6, h * h / total);
        int y = (h - thumb) * top / (total - h);
        g.setColor(SCROLL_THUMB);
        g.fillRect(x, y, SCROLLBAR, thumb);
    }

    /** Draw s in one line at (x, y), cut with "..." if it is wider than w. */
    static void clippedText(Graphics g, String s, int x, int y, int w) {
        Font f = g.getFont();
        if (f.stringWidth(s) <= w) {
            g.drawString(s, x, y, Graphics.TOP | Graphics.LEFT);
            return;
        }
        int dots = f.stringWidth("...");
        int n = s.length();
        while (n > 0 && f.substringWidth(s, 0, n) + dots > w) {
            n--;
        }
        g.drawString(s.substring(0, n) + "...", x, y, Graphics.TOP | Graphics.LEFT);
    }

    /** A small filled triangle pointing down (popups) with its top-left at (x, y). */
    static void downArrow(Graphics g, int x, int y, int size) {
        g.fillTriangle(x, y, x + size, y, x + size / 2, y + size / 2 + 1);
    }
}
