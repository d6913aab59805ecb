package javax.microedition.lcdui.game;

import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;

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
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative layer size");
        }
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

    /**
     * The ARGB pixels of an image for opacity tests, or null when every pixel is opaque
     * (mutable images are). Immutable images never change, so callers may keep the result.
     */
    static int[] argbOf(Image image) {
        if (image.isMutable()) {
            return null;
        }
        int w = image.getWidth();
        int[] argb = new int[w * image.getHeight()];
        image.getRGB(argb, 0, w, 0, 0, w, image.getHeight());
        return argb;
    }

    /** floor(a / b) for b > 0. */
    static int floorDiv(int a, int b) {
        int q = a / b;
        return (a % b != 0 && a < 0) ? q - 1 : q;
    }
}
