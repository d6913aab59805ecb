package javax.microedition.lcdui.game;

import javax.microedition.lcdui.Graphics;

/**
 * Something a game draws: a rectangle with a position (its top-left corner in the
 * painter's coordinates), a size and a visibility. Only Sprite and TiledLayer extend it.
 */
public abstract class Layer {
    int x;
    int y;
    int width;
    int height;
    boolean visible = true;

    Layer(int width, int height) {
        setSize(width, height);
    }

    void setSize(int width, int height) {
        checkSize(width, height, "layer");
        this.width = width;
        this.height = height;
    }

    public void setPosition(int x, int y) {
        this.x = x;
        this.y = y;
    }

    public void move(int dx, int dy) {
        x += dx;
        y += dy;
    }

    public final int getX() {
        return x;
    }

    public final int getY() {
        return y;
    }

    public final int getWidth() {
        return width;
    }

    public final int getHeight() {
        return height;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    public final boolean isVisible() {
        return visible;
    }

    public abstract void paint(Graphics g);

    // ---- for collisions ----------------------------------------------------------------

    /** Whether this layer's pixel at painter coordinates (px, py) is opaque (for pixel-level collisions). */
    abstract boolean opaqueAt(int px, int py);

    /** Throws IllegalArgumentException if width or height is negative; what names the rectangle. */
    static void checkSize(int width, int height, String what) {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative " + what + " size");
        }
    }

    /** floor(a / b) for b > 0. */
    static int floorDiv(int a, int b) {
        int q = a / b;
        return (a % b != 0 && a < 0) ? q - 1 : q;
    }
}
