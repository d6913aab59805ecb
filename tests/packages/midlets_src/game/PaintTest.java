package game;

import javax.microedition.lcdui.Canvas;
import javax.microedition.lcdui.Display;
import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;
import javax.microedition.lcdui.game.LayerManager;
import javax.microedition.lcdui.game.Sprite;
import javax.microedition.lcdui.game.TiledLayer;
import javax.microedition.midlet.MIDlet;

/**
 * Paints game layers on a black full-screen Canvas, each scene in its own area:
 * a LayerManager through a view window, a Sprite under the 8 transforms, frame
 * sequences, and a TiledLayer with animated tiles, whole and under a clip.
 */
public class PaintTest extends MIDlet {
    static final int RED = 0xFF0000;
    static final int GREEN = 0x00FF00;
    static final int BLUE = 0x0000FF;
    static final int YELLOW = 0xFFFF00;
    /** The 3x2 image for the transforms, row by row. */
    static final int[] ARROW = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF};
    static final int[] FRAME_COLORS = {0x800000, 0x008000, 0x000080, 0x808000};
    static final int[] TILE_COLORS = {0xC00000, 0x00C000, 0x0000C0};

    protected void startApp() {
        Canvas c = new Canvas() {
            protected void paint(Graphics g) {
                g.setColor(0);
                g.fillRect(0, 0, getWidth(), getHeight());
                layers(g);
                g.setColor(0xFFFFFF);
                g.fillRect(0, 0, 2, 2);           // drawn only if the clip and origin came back
                transforms(g);
                frames(g);
                tiles(g);
            }
        };
        c.setFullScreenMode(true);
        Display.getDisplay(this).setCurrent(c);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    static Image solid(int w, int h, int rgb) {
        int[] p = new int[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0xFF000000 | rgb;
        }
        return Image.createRGBImage(p, w, h, true);
    }

    static Image strip(int[] colors, int w, int h) {
        int[] p = new int[w * h * colors.length];
        int stride = w * colors.length;
        for (int k = 0; k < colors.length; k++) {
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < w; i++) {
                    p[j * stride + k * w + i] = 0xFF000000 | colors[k];
                }
            }
        }
        return Image.createRGBImage(p, stride, h, true);
    }

    /** World: blue 40x40 tiled layer at (0, 0), green 20x20 at (20, 20), red 20x20 at (10, 10), hidden yellow on top. */
    static void layers(Graphics g) {
        Sprite yellow = new Sprite(solid(40, 40, YELLOW));
        yellow.setVisible(false);
        Sprite red = new Sprite(solid(20, 20, RED));
        red.setPosition(10, 10);
        Sprite green = new Sprite(solid(20, 20, GREEN));
        green.setPosition(20, 20);
        TiledLayer blue = new TiledLayer(4, 4, solid(10, 10, BLUE), 10, 10);
        blue.fillCells(0, 0, 4, 4, 1);
        LayerManager lm = new LayerManager();
        lm.append(yellow);
        lm.append(red);
        lm.append(blue);
        lm.insert(green, 2);              // yellow, red, green, blue
        lm.setViewWindow(5, 5, 30, 25);
        lm.paint(g, 100, 10);
    }

    /** The 3x2 image with reference pixel (0, 0) placed at (10 + 10 t, 100) under transform t. */
    static void transforms(Graphics g) {
        Sprite s = new Sprite(Image.createRGBImage(opaque(ARROW), 3, 2, true));
        for (int t = 0; t < 8; t++) {
            s.setTransform(t);
            s.setRefPixelPosition(10 + 10 * t, 100);
            s.paint(g);
        }
    }

    static int[] opaque(int[] rgb) {
        int[] p = new int[rgb.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0xFF000000 | rgb[i];
        }
        return p;
    }

    /** 2x2 frames 0..3; sequence {3, 1, 2}: after nextFrame raw frame 1, then two prevFrame give raw 2. */
    static void frames(Graphics g) {
        Sprite s = new Sprite(strip(FRAME_COLORS, 2, 2), 2, 2);
        s.setFrameSequence(new int[] {3, 1, 2});
        s.nextFrame();
        s.setPosition(10, 150);
        s.paint(g);
        Sprite copy = new Sprite(s);
        copy.setPosition(20, 150);
        copy.paint(g);
        s.prevFrame();
        s.prevFrame();
        s.setPosition(30, 150);
        s.paint(g);
        s.setVisible(false);
        s.setPosition(40, 150);
        s.paint(g);                       // invisible: nothing
    }

    /** 4x2 cells of 4x4 tiles; row 0: 1 2 3 A, row 1: A 0 A A, where animated tile A shows 3. */
    static void tiles(Graphics g) {
        for (int k = 0; k < 2; k++) {
            TiledLayer t = new TiledLayer(4, 2, strip(TILE_COLORS, 4, 4), 4, 4);
            int a = t.createAnimatedTile(2);
            t.setCell(0, 0, 1);
            t.setCell(1, 0, 2);
            t.setCell(2, 0, 3);
            t.setCell(3, 0, a);
            t.fillCells(0, 1, 4, 1, a);
            t.setCell(1, 1, 0);
            t.setAnimatedTile(a, 3);
            t.setPosition(10 + 50 * k, 200);
            if (k == 1) {
                g.setClip(64, 200, 8, 6);     // columns 1 and 2, most of row 1 cut off
            }
            t.paint(g);
        }
        g.setClip(0, 0, 240, 320);
    }
}
