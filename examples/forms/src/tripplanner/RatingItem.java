package tripplanner;

import javax.microedition.lcdui.Canvas;
import javax.microedition.lcdui.CustomItem;
import javax.microedition.lcdui.Graphics;

/**
 * A CustomItem: a row of stars. LEFT/RIGHT (internal traversal), the digit keys 0-5 or
 * a tap set how many are lit; every change is reported to the Form's ItemStateListener.
 */
class RatingItem extends CustomItem {
    private static final int STAR = 16;
    private final int max;
    private int value;
    private boolean focused;

    RatingItem(String label, int max, int value) {
        super(label);
        this.max = max;
        this.value = value;
    }

    int getValue() {
        return value;
    }

    void setValue(int v) {
        value = Math.max(0, Math.min(max, v));
        repaint();
    }

    protected int getMinContentWidth() {
        return max * STAR + 4;
    }

    protected int getMinContentHeight() {
        return STAR + 4;
    }

    protected int getPrefContentWidth(int height) {
        return max * (STAR + 2) + 4;
    }

    protected int getPrefContentHeight(int width) {
        return STAR + 4;
    }

    protected void paint(Graphics g, int w, int h) {
        g.setColor(focused ? 0xFFF4D0 : 0xFFFFFF);
        g.fillRect(0, 0, w, h);
        int step = (w - 4) / max;
        for (int i = 0; i < max; i++) {
            star(g, 2 + i * step + step / 2, h / 2, STAR / 2, i < value);
        }
        if (focused) {
            g.setColor(0xC08000);
            g.drawRect(0, 0, w - 1, h - 1);
        }
    }

    /** A five-pointed star centred on (cx, cy) with outer radius r: five points around a pentagon. */
    private static void star(Graphics g, int cx, int cy, int r, boolean lit) {
        int[] ox = new int[5];
        int[] oy = new int[5];
        int[] ix = new int[5];
        int[] iy = new int[5];
        for (int i = 0; i < 5; i++) {
            double outer = Math.toRadians(-90 + 72 * i);
            double inner = Math.toRadians(-90 + 72 * i + 36);
            ox[i] = cx + (int) Math.floor(r * Math.cos(outer) + 0.5);
            oy[i] = cy + (int) Math.floor(r * Math.sin(outer) + 0.5);
            ix[i] = cx + (int) Math.floor(r * 0.45 * Math.cos(inner) + 0.5);
            iy[i] = cy + (int) Math.floor(r * 0.45 * Math.sin(inner) + 0.5);
        }
        g.setColor(lit ? 0xF0B000 : 0xC8C8C8);
        for (int i = 0; i < 5; i++) {
            int before = (i + 4) % 5;             // the inner corners either side of point i
            g.fillTriangle(ox[i], oy[i], ix[before], iy[before], ix[i], iy[i]);
            g.fillTriangle(cx, cy, ix[before], iy[before], ix[i], iy[i]);
        }
    }

    private void change(int v) {
        v = Math.max(0, Math.min(max, v));
        if (v != value) {
            value = v;
            repaint();
            notifyStateChanged();
        }
    }

    protected boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect_inout) {
        visRect_inout[0] = 0;
        visRect_inout[1] = 0;
        visRect_inout[2] = getPrefContentWidth(-1);
        visRect_inout[3] = getPrefContentHeight(-1);
        if (!focused) {
            focused = true;
            repaint();
            return true;
        }
        if (dir == Canvas.LEFT) {
            change(value - 1);
            return true;
        }
        if (dir == Canvas.RIGHT) {
            change(value + 1);
            return true;
        }
        return dir == NONE;
    }

    protected void traverseOut() {
        focused = false;
        repaint();
    }

    protected void keyPressed(int keyCode) {
        if (keyCode >= Canvas.KEY_NUM0 && keyCode <= Canvas.KEY_NUM0 + max) {
            change(keyCode - Canvas.KEY_NUM0);
        }
    }

    protected void pointerPressed(int x, int y) {
        int step = (getPrefContentWidth(-1) - 4) / max;
        change((x - 2) / step + 1);
    }
}
