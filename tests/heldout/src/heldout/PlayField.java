package heldout;

import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;
import javax.microedition.lcdui.game.GameCanvas;
import javax.microedition.lcdui.game.LayerManager;
import javax.microedition.lcdui.game.Sprite;
import javax.microedition.lcdui.game.TiledLayer;

/** The "game" screen: sprites, a tiled layer, a layer manager and key polling. */
public class PlayField extends GameCanvas {
    private int polls;

    public PlayField() {
        super(false);
        setFullScreenMode(true);
        HeldoutMIDlet.log("GAMECANVAS " + getWidth() + "x" + getHeight());
        collisions();
        render();
    }

    private static Image rgb(int w, int h, int[] px, boolean alpha) {
        return Image.createRGBImage(px, w, h, alpha);
    }

    private static void out(String name, boolean v) {
        HeldoutMIDlet.log("COLL " + name + " " + v);
    }

    private void collisions() {
        int[] a = new int[64];
        int[] b = new int[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                a[y * 8 + x] = x < 4 ? 0xFFFF0000 : 0x00000000;
                b[y * 8 + x] = 0xFF0000FF;
            }
        }
        Image imgA = rgb(8, 8, a, true);
        Image imgB = rgb(8, 8, b, true);
        Sprite sa = new Sprite(imgA);
        Sprite sb = new Sprite(imgB);

        sa.setPosition(0, 0);
        sb.setPosition(6, 0);
        out("c1_rect", sa.collidesWith(sb, false));
        out("c1_pixel", sa.collidesWith(sb, true));
        sb.setPosition(3, 0);
        out("c2_pixel", sa.collidesWith(sb, true));

        sa.setTransform(Sprite.TRANS_MIRROR);
        sa.setPosition(0, 0);
        sb.setPosition(6, 0);
        out("c3_mirror_pixel_right", sa.collidesWith(sb, true));
        sb.setPosition(-5, 0);
        out("c3_mirror_pixel_left", sa.collidesWith(sb, true));
        out("c3_mirror_rect_left", sa.collidesWith(sb, false));

        sa.setTransform(Sprite.TRANS_NONE);
        sa.setPosition(0, 0);
        sa.defineCollisionRectangle(0, 0, 2, 2);
        sb.setPosition(3, 0);
        out("c4_small_rect_far", sa.collidesWith(sb, false));
        sb.setPosition(1, 1);
        out("c4_small_rect_near", sa.collidesWith(sb, false));
        sa.defineCollisionRectangle(0, 0, 8, 8);

        sb.setPosition(2, 2);
        sb.setVisible(false);
        out("c5_invisible", sa.collidesWith(sb, false));
        sb.setVisible(true);
        out("c5_visible", sa.collidesWith(sb, false));

        sb.setPosition(8, 0);
        out("c6_adjacent", sa.collidesWith(sb, false));
        sb.setPosition(7, 7);
        out("c6_corner", sa.collidesWith(sb, false));

        out("c7_image_pixel_overlap", sa.collidesWith(imgB, 2, 0, true));
        out("c7_image_pixel_clear", sa.collidesWith(imgB, 4, 0, true));
        out("c7_image_rect", sa.collidesWith(imgB, 4, 0, false));

        int[] c = new int[32];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 8; x++) {
                c[y * 8 + x] = x == 0 ? 0xFF00FF00 : 0x00000000;
            }
        }
        Sprite sc = new Sprite(rgb(8, 4, c, true));
        sc.setTransform(Sprite.TRANS_ROT90);
        HeldoutMIDlet.log("SPRITE rot90 size " + sc.getWidth() + "x" + sc.getHeight());
        sc.setPosition(20, 20);
        sb.setPosition(20, 21);
        out("c8_rot90_below", sc.collidesWith(sb, true));
        sb.setPosition(20, 13);
        out("c8_rot90_above", sc.collidesWith(sb, true));

        int[] t = new int[16 * 8];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                t[y * 16 + x] = x < 8 ? 0xFF00A000 : 0x00000000;
            }
        }
        TiledLayer tl = new TiledLayer(4, 2, rgb(16, 8, t, true), 8, 8);
        tl.setCell(0, 0, 1);
        tl.setCell(2, 0, 2);
        tl.setPosition(40, 40);
        sb.setPosition(48, 40);
        out("c9_empty_cell", sb.collidesWith(tl, false));
        sb.setPosition(44, 40);
        out("c9_tile_cell", sb.collidesWith(tl, false));
        sb.setPosition(56, 40);
        out("c9_clear_tile_rect", sb.collidesWith(tl, false));
        out("c9_clear_tile_pixel", sb.collidesWith(tl, true));
    }

    private void render() {
        Graphics g = getGraphics();
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, getWidth(), getHeight());

        // a 6x4 sheet of four 3x2 frames, every pixel its own colour, one hole
        int[] d = new int[24];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                d[y * 6 + x] = 0xFF000000 | ((x * 40 + 15) << 16) | ((y * 50 + 15) << 8) | 0x77;
            }
        }
        d[3 * 6 + 5] = 0x00000000; // bottom-right pixel of frame 3 is transparent
        Image sheet = Image.createRGBImage(d, 6, 4, true);

        g.setColor(0xFF0000);
        g.fillRect(18, 98, 8, 8);
        Sprite s = new Sprite(sheet, 3, 2);
        HeldoutMIDlet.log("SPRITE frames raw=" + s.getRawFrameCount() + " seq=" + s.getFrameSequenceLength());
        s.setFrame(3);
        s.setTransform(Sprite.TRANS_ROT90);
        s.setPosition(20, 100);
        s.paint(g);

        Sprite s2 = new Sprite(sheet, 3, 2);
        s2.setFrameSequence(new int[] {2, 0});
        s2.nextFrame();
        HeldoutMIDlet.log("SPRITE seq frame=" + s2.getFrame() + " len=" + s2.getFrameSequenceLength());
        s2.setTransform(Sprite.TRANS_MIRROR_ROT90);
        s2.setPosition(40, 100);
        s2.paint(g);

        // a layer manager: a blue 8x8 sprite over a 4x2 tiled layer of 8x8 tiles
        int[] t = new int[16 * 8];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                t[y * 16 + x] = x < 8 ? 0xFF00C000 : 0xFFFF8000;
            }
        }
        TiledLayer tl = new TiledLayer(4, 2, Image.createRGBImage(t, 16, 8, false), 8, 8);
        int[][] cells = {{1, 2, 0, 1}, {2, 1, 1, 0}};
        for (int r = 0; r < 2; r++) {
            for (int col = 0; col < 4; col++) {
                tl.setCell(col, r, cells[r][col]);
            }
        }
        int[] b = new int[64];
        for (int i = 0; i < 64; i++) {
            b[i] = 0xFF0000FF;
        }
        Sprite blue = new Sprite(Image.createRGBImage(b, 8, 8, false));
        blue.setPosition(10, 4);
        LayerManager lm = new LayerManager();
        lm.append(blue);
        lm.append(tl);
        lm.paint(g, 100, 100);
        lm.setViewWindow(4, 4, 20, 10);
        lm.paint(g, 150, 100);
        // an animated tile: cell 0 shows whatever the animated tile points at
        TiledLayer anim = new TiledLayer(2, 1, Image.createRGBImage(t, 16, 8, false), 8, 8);
        int a = anim.createAnimatedTile(1);
        anim.setCell(0, 0, a);
        anim.setCell(1, 0, 1);
        anim.setAnimatedTile(a, 2);
        anim.setPosition(60, 130);
        anim.paint(g);
        HeldoutMIDlet.log("ANIMTILE index=" + a + " shows=" + anim.getAnimatedTile(a)
                + " cell=" + anim.getCell(0, 0) + " size=" + anim.getWidth() + "x" + anim.getHeight());
        HeldoutMIDlet.log("LAYERS size=" + lm.getSize() + " top=" + (lm.getLayerAt(0) == blue));
    }

    protected void keyPressed(int keyCode) {
        HeldoutMIDlet.log("GKEY pressed " + keyCode + " action=" + getGameAction(keyCode));
        if (keyCode == KEY_NUM0) {
            HeldoutMIDlet.log("STATES " + polls + " " + getKeyStates());
            polls++;
        } else if (keyCode == KEY_STAR) {
            Graphics g = getGraphics();
            g.setColor(0x00AA00);
            g.fillRect(100, 200, 40, 20);
            flushGraphics(100, 200, 20, 20);
            HeldoutMIDlet.log("FLUSHED partial");
        }
    }

    protected void keyReleased(int keyCode) {
        HeldoutMIDlet.log("GKEY released " + keyCode);
    }
}
