package javax.microedition.lcdui;

/** A screen rectangle that grows to cover the repaint requests merged into it. */
final class Rect {
    int x;
    int y;
    int w;
    int h;

    boolean isEmpty() {
        return w <= 0 || h <= 0;
    }

    void clear() {
        w = 0;
        h = 0;
    }

    void set(int x, int y, int w, int h) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
    }

    /** Grow to the bounding box of this and (x, y, w, h). */
    void add(int x, int y, int w, int h) {
        if (isEmpty()) {
            set(x, y, w, h);
            return;
        }
        int x2 = Math.max(this.x + this.w, x + w);
        int y2 = Math.max(this.y + this.h, y + h);
        this.x = Math.min(this.x, x);
        this.y = Math.min(this.y, y);
        this.w = x2 - this.x;
        this.h = y2 - this.y;
    }
}
