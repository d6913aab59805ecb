package game;

import javax.microedition.lcdui.Image;
import javax.microedition.lcdui.game.GameCanvas;
import javax.microedition.lcdui.game.Layer;
import javax.microedition.lcdui.game.LayerManager;
import javax.microedition.lcdui.game.Sprite;
import javax.microedition.lcdui.game.TiledLayer;
import javax.microedition.midlet.MIDlet;

/** Prints "name=value" lines about the game API's geometry, frames, tiles and collisions. */
public class LogicTest extends MIDlet {
    static final int OPAQUE = 0xFF2040C0;

    protected void startApp() {
        constants();
        transforms();
        frames();
        setImage();
        collisions();
        tiledCollisions();
        imageCollisions();
        tiles();
        layerManager();
        System.out.println("done");
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    static void out(String name, Object value) {
        System.out.println(name + "=" + value);
    }

    /** Runs a step and names what it threw ("ok" if nothing). */
    abstract static class Try {
        abstract void run();

        String result() {
            try {
                run();
                return "ok";
            } catch (Exception e) {
                return e.getClass().getName();
            }
        }
    }

    static Image solid(int w, int h) {
        int[] p = new int[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = OPAQUE;
        }
        return Image.createRGBImage(p, w, h, true);
    }

    /** A w x h image, transparent but for the pixels (x, y) listed in pairs, which get the alpha given. */
    static Image dots(int w, int h, int alpha, int[] xy) {
        int[] p = new int[w * h];
        for (int k = 0; k < xy.length; k += 2) {
            p[xy[k + 1] * w + xy[k]] = (alpha << 24) | 0x00FF00;
        }
        return Image.createRGBImage(p, w, h, true);
    }

    static String where(Sprite s) {
        return s.getX() + "," + s.getY() + "," + s.getWidth() + "," + s.getHeight() + ","
                + s.getRefPixelX() + "," + s.getRefPixelY();
    }

    void constants() {
        out("TRANS_NONE", Sprite.TRANS_NONE);
        out("TRANS_ROT90", Sprite.TRANS_ROT90);
        out("TRANS_ROT180", Sprite.TRANS_ROT180);
        out("TRANS_ROT270", Sprite.TRANS_ROT270);
        out("TRANS_MIRROR", Sprite.TRANS_MIRROR);
        out("TRANS_MIRROR_ROT90", Sprite.TRANS_MIRROR_ROT90);
        out("TRANS_MIRROR_ROT180", Sprite.TRANS_MIRROR_ROT180);
        out("TRANS_MIRROR_ROT270", Sprite.TRANS_MIRROR_ROT270);
        out("UP_PRESSED", GameCanvas.UP_PRESSED);
        out("DOWN_PRESSED", GameCanvas.DOWN_PRESSED);
        out("LEFT_PRESSED", GameCanvas.LEFT_PRESSED);
        out("RIGHT_PRESSED", GameCanvas.RIGHT_PRESSED);
        out("FIRE_PRESSED", GameCanvas.FIRE_PRESSED);
        out("GAME_A_PRESSED", GameCanvas.GAME_A_PRESSED);
        out("GAME_B_PRESSED", GameCanvas.GAME_B_PRESSED);
        out("GAME_C_PRESSED", GameCanvas.GAME_C_PRESSED);
        out("GAME_D_PRESSED", GameCanvas.GAME_D_PRESSED);
    }

    void transforms() {
        Sprite s = new Sprite(solid(12, 8), 6, 4);
        s.defineReferencePixel(1, 3);
        s.setRefPixelPosition(50, 60);
        for (int t = 0; t < 8; t++) {
            s.setTransform(t);
            out("transform." + t, where(s));
        }
        s.setTransform(Sprite.TRANS_ROT90);
        s.setTransform(Sprite.TRANS_MIRROR);
        out("transform.replaced", where(s));

        Sprite far = new Sprite(solid(6, 4));
        far.defineReferencePixel(-2, 7);
        far.setRefPixelPosition(100, 100);
        far.setTransform(Sprite.TRANS_ROT90);
        out("transform.outside_ref", far.getRefPixelX() + "," + far.getRefPixelY());

        Sprite still = new Sprite(solid(6, 4));
        still.setPosition(10, 10);
        still.defineReferencePixel(2, 3);
        out("define_ref.no_move", where(still));
        still.move(-3, 5);
        out("move", where(still));
        out("setTransform(8)", new Try() { void run() { still.setTransform(8); } }.result());
    }

    void frames() {
        Sprite f = new Sprite(solid(12, 8), 6, 4);
        out("frames.raw", f.getRawFrameCount());
        out("frames.len", f.getFrameSequenceLength());
        for (int i = 0; i < 5; i++) {
            f.nextFrame();
        }
        out("frames.next5", f.getFrame());
        f.prevFrame();
        f.prevFrame();
        out("frames.prev2", f.getFrame());
        f.setFrameSequence(new int[] {3, 1, 2});
        out("frames.custom", f.getFrame() + "," + f.getFrameSequenceLength());
        f.prevFrame();
        out("frames.custom_prev", f.getFrame());
        out("setFrame(3)", new Try() { void run() { f.setFrame(3); } }.result());
        out("setFrame(-1)", new Try() { void run() { f.setFrame(-1); } }.result());
        out("setFrame(2)", new Try() { void run() { f.setFrame(2); } }.result());
        out("setFrameSequence(empty)", new Try() { void run() { f.setFrameSequence(new int[0]); } }.result());
        out("setFrameSequence({4})", new Try() { void run() { f.setFrameSequence(new int[] {0, 4}); } }.result());
        f.setFrameSequence(null);
        out("frames.default_again", f.getFrame() + "," + f.getFrameSequenceLength());
        out("new Sprite(12x8, 5, 4)", new Try() { void run() { new Sprite(solid(12, 8), 5, 4); } }.result());
        out("new Sprite(12x8, 6, 3)", new Try() { void run() { new Sprite(solid(12, 8), 6, 3); } }.result());
        out("new Sprite(12x8, 0, 4)", new Try() { void run() { new Sprite(solid(12, 8), 0, 4); } }.result());
        out("new Sprite(null)", new Try() { void run() { new Sprite((Image) null); } }.result());
        out("defineCollisionRectangle(w<0)", new Try() { void run() { f.defineCollisionRectangle(0, 0, -1, 1); } }.result());
        Sprite copy = new Sprite(f);
        out("copy", copy.getFrameSequenceLength() + "," + copy.getRawFrameCount());
    }

    void setImage() {
        Sprite a = new Sprite(solid(12, 8), 6, 4);             // 4 frames
        a.setFrameSequence(new int[] {3, 2});
        a.setFrame(1);
        a.setImage(solid(18, 8), 6, 4);                         // 6 frames: more
        out("setImage.more", a.getFrame() + "," + a.getFrameSequenceLength() + "," + a.getRawFrameCount());
        a.setImage(solid(6, 4), 6, 4);                          // 1 frame: fewer
        out("setImage.fewer", a.getFrame() + "," + a.getFrameSequenceLength() + "," + a.getRawFrameCount());
        Sprite b = new Sprite(solid(12, 8), 6, 4);
        b.setImage(solid(18, 8), 6, 4);
        out("setImage.default_grows", b.getFrameSequenceLength());

        Sprite c = new Sprite(solid(12, 8), 6, 4);
        c.defineReferencePixel(1, 3);
        c.setTransform(Sprite.TRANS_ROT90);
        c.setRefPixelPosition(40, 40);
        c.setImage(solid(8, 8), 4, 4);
        out("setImage.ref", where(c));

        Sprite d = new Sprite(solid(4, 4));
        Sprite dot = new Sprite(solid(1, 1));
        dot.setPosition(3, 3);
        d.defineCollisionRectangle(0, 0, 1, 1);
        d.setImage(solid(4, 4), 4, 4);                          // same frame size: rectangle kept
        out("setImage.same_size_keeps_rect", d.collidesWith(dot, false));
        d.setImage(solid(8, 8), 8, 8);                          // new frame size: rectangle reset
        out("setImage.new_size_resets_rect", d.collidesWith(dot, false));
    }

    void collisions() {
        Sprite a = new Sprite(solid(4, 4));
        Sprite b = new Sprite(solid(4, 4));
        b.setPosition(3, 3);
        out("rect.overlap", a.collidesWith(b, false) + "," + b.collidesWith(a, false));
        b.setPosition(4, 4);
        out("rect.adjacent", a.collidesWith(b, false));
        b.setPosition(4, 0);
        out("rect.side_by_side", a.collidesWith(b, false));
        b.setPosition(3, 3);
        b.setVisible(false);
        out("rect.invisible", a.collidesWith(b, false) + "," + b.collidesWith(a, false)
                + "," + a.collidesWith(b, true));
        b.setVisible(true);

        Sprite dot = new Sprite(dots(4, 4, 0xFF, new int[] {0, 0}));     // opaque only at (0, 0)
        out("pixel.transparent_corner", dot.collidesWith(b, false) + "," + dot.collidesWith(b, true));
        b.setPosition(-3, -3);
        out("pixel.opaque_corner", dot.collidesWith(b, true));
        b.setPosition(3, -3);                                 // covers column 3, row 0 of dot
        out("pixel.unmirrored", dot.collidesWith(b, true));
        dot.setTransform(Sprite.TRANS_MIRROR);
        dot.setPosition(0, 0);                                // the opaque pixel is now at (3, 0)
        out("pixel.mirrored", dot.collidesWith(b, true));

        Sprite faint = new Sprite(dots(1, 1, 0x01, new int[] {0, 0}));    // alpha 1: not transparent
        Sprite one = new Sprite(solid(1, 1));
        out("pixel.alpha1", faint.collidesWith(one, true));
        Sprite clear = new Sprite(dots(1, 1, 0x00, new int[] {0, 0}));
        out("pixel.alpha0", clear.collidesWith(one, true) + "," + clear.collidesWith(one, false));

        // a collision rectangle, also after a transform
        Sprite r = new Sprite(solid(4, 4));
        r.defineCollisionRectangle(1, 1, 2, 2);
        Sprite probe = new Sprite(solid(4, 4));
        probe.setPosition(3, 3);
        out("collrect.outside", r.collidesWith(probe, false));
        probe.setPosition(2, 2);
        out("collrect.inside", r.collidesWith(probe, false));

        Sprite wide = new Sprite(solid(6, 4));
        wide.defineCollisionRectangle(0, 0, 2, 4);            // the two left columns
        Sprite px = new Sprite(solid(1, 1));
        int[][] probes = {{0, 2}, {3, 1}, {1, 3}, {3, 0}, {5, 0}, {0, 5}, {4, 4}};
        for (int t = 0; t < 8; t++) {
            wide.setTransform(t);
            wide.setPosition(0, 0);
            StringBuffer sb = new StringBuffer();
            for (int k = 0; k < probes.length; k++) {
                px.setPosition(probes[k][0], probes[k][1]);
                sb.append(wide.collidesWith(px, false) ? '1' : '0');
            }
            out("collrect.transform." + t, sb);
        }

        Sprite pixelRect = new Sprite(solid(4, 4));
        pixelRect.defineCollisionRectangle(0, 0, 1, 1);
        probe.setPosition(2, 2);
        out("collrect.pixel_outside", pixelRect.collidesWith(probe, true));
        probe.setPosition(-3, -3);
        out("collrect.pixel_inside", pixelRect.collidesWith(probe, true));

        Sprite big = new Sprite(solid(4, 4));
        big.defineCollisionRectangle(-2, -2, 8, 8);           // reaches beyond the frame
        px.setPosition(-1, -1);
        out("collrect.beyond_frame", big.collidesWith(px, false) + "," + big.collidesWith(px, true));

        Sprite empty = new Sprite(solid(4, 4));
        empty.defineCollisionRectangle(0, 0, 0, 4);
        px.setPosition(0, 0);
        out("collrect.empty", empty.collidesWith(px, false));
    }

    void tiledCollisions() {
        // tile 1 opaque; tile 2 opaque only at its (0, 0)
        int[] p = new int[8 * 4];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                p[j * 8 + i] = OPAQUE;
            }
        }
        p[4] = OPAQUE;
        TiledLayer t = new TiledLayer(3, 3, Image.createRGBImage(p, 8, 4, true), 4, 4);
        t.setPosition(10, 10);
        t.setCell(0, 0, 1);
        t.setCell(1, 1, 2);
        int anim = t.createAnimatedTile(0);
        t.setCell(2, 2, anim);
        Sprite s = new Sprite(solid(2, 2));
        s.setPosition(14, 10);
        out("tiled.empty_cell", s.collidesWith(t, false));
        s.setPosition(13, 10);
        out("tiled.full_cell", s.collidesWith(t, false) + "," + s.collidesWith(t, true));
        s.setPosition(15, 15);
        out("tiled.sparse_cell_miss", s.collidesWith(t, false) + "," + s.collidesWith(t, true));
        s.setPosition(14, 14);
        out("tiled.sparse_cell_hit", s.collidesWith(t, true));
        s.setPosition(18, 18);
        out("tiled.animated_empty_pixel", s.collidesWith(t, true));
        t.setAnimatedTile(anim, 1);
        out("tiled.animated_full", s.collidesWith(t, false) + "," + s.collidesWith(t, true));
        s.setPosition(30, 30);
        out("tiled.outside", s.collidesWith(t, false));
        s.setPosition(13, 10);
        t.setVisible(false);
        out("tiled.invisible", s.collidesWith(t, false) + "," + s.collidesWith(t, true));
        t.setVisible(true);
        s.setVisible(false);
        out("tiled.sprite_invisible", s.collidesWith(t, false));
    }

    void imageCollisions() {
        Image img = dots(4, 4, 0xFF, new int[] {3, 3});
        Sprite s = new Sprite(solid(2, 2));
        s.setPosition(22, 22);
        out("image.hit", s.collidesWith(img, 20, 20, false) + "," + s.collidesWith(img, 20, 20, true));
        s.setPosition(21, 21);
        out("image.transparent", s.collidesWith(img, 20, 20, false) + "," + s.collidesWith(img, 20, 20, true));
        s.setPosition(24, 24);
        out("image.outside", s.collidesWith(img, 20, 20, false));
        s.setPosition(22, 22);
        s.setVisible(false);
        out("image.invisible", s.collidesWith(img, 20, 20, false));
        Image mutable = Image.createImage(3, 3);               // mutable images are opaque
        s.setVisible(true);
        out("image.mutable", s.collidesWith(mutable, 23, 23, true));
    }

    void tiles() {
        TiledLayer t = new TiledLayer(4, 3, solid(8, 4), 4, 4);   // 2 static tiles
        out("tiles.size", t.getWidth() + "," + t.getHeight() + "," + t.getColumns() + "," + t.getRows()
                + "," + t.getCellWidth() + "," + t.getCellHeight());
        int a1 = t.createAnimatedTile(2);
        int a2 = t.createAnimatedTile(0);
        out("tiles.animated_indices", a1 + "," + a2);
        t.setAnimatedTile(a2, 1);
        out("tiles.animated_values", t.getAnimatedTile(a1) + "," + t.getAnimatedTile(a2));
        out("getAnimatedTile(-3)", new Try() { void run() { t.getAnimatedTile(-3); } }.result());
        out("getAnimatedTile(0)", new Try() { void run() { t.getAnimatedTile(0); } }.result());
        out("createAnimatedTile(3)", new Try() { void run() { t.createAnimatedTile(3); } }.result());
        out("createAnimatedTile(-1)", new Try() { void run() { t.createAnimatedTile(-1); } }.result());
        out("setAnimatedTile(-1,3)", new Try() { void run() { t.setAnimatedTile(-1, 3); } }.result());
        out("setCell(-2)", new Try() { void run() { t.setCell(0, 0, -2); } }.result());
        out("setCell(-3)", new Try() { void run() { t.setCell(0, 0, -3); } }.result());
        out("setCell(3)", new Try() { void run() { t.setCell(0, 0, 3); } }.result());
        out("setCell(col 4)", new Try() { void run() { t.setCell(4, 0, 1); } }.result());
        out("getCell(row 3)", new Try() { void run() { t.getCell(0, 3); } }.result());
        t.fillCells(1, 1, 3, 2, 1);
        out("tiles.filled", t.getCell(0, 0) + "," + t.getCell(1, 1) + "," + t.getCell(3, 2) + ","
                + t.getCell(0, 2) + "," + t.getCell(1, 0));
        out("fillCells(outside)", new Try() { void run() { t.fillCells(2, 2, 3, 1, 1); } }.result());
        out("fillCells(w<0)", new Try() { void run() { t.fillCells(0, 0, -1, 1, 1); } }.result());
        out("fillCells(empty)", new Try() { void run() { t.fillCells(4, 3, 0, 0, 1); } }.result());
        out("new TiledLayer(5 wide tiles)", new Try() { void run() { new TiledLayer(1, 1, solid(8, 4), 5, 4); } }.result());
        out("new TiledLayer(0 columns)", new Try() { void run() { new TiledLayer(0, 1, solid(8, 4), 4, 4); } }.result());

        t.setStaticTileSet(solid(12, 4), 4, 4);                  // 3 tiles: cells and animated tiles stay
        out("tiles.more", t.getCell(1, 1) + "," + t.getAnimatedTile(a1) + "," + t.getAnimatedTile(a2));
        t.setStaticTileSet(solid(6, 6), 6, 6);                   // 1 tile: all cleared
        out("tiles.fewer", t.getCell(1, 1) + "," + t.getCell(3, 2) + "," + t.getWidth() + "," + t.getHeight());
        out("tiles.fewer_animated", new Try() { void run() { t.getAnimatedTile(-1); } }.result());
        out("tiles.fewer_new_animated", t.createAnimatedTile(1));
    }

    void layerManager() {
        final LayerManager lm = new LayerManager();
        final Sprite a = new Sprite(solid(1, 1));
        final Sprite b = new Sprite(solid(1, 1));
        final Sprite c = new Sprite(solid(1, 1));
        final Sprite d = new Sprite(solid(1, 1));
        Layer[] all = {a, b, c, d};
        lm.append(a);
        lm.append(b);
        lm.append(c);
        out("lm.append", order(lm, all));
        lm.append(a);
        out("lm.append_again", order(lm, all));
        lm.insert(a, 0);
        out("lm.insert_front", order(lm, all));
        out("lm.insert(d,4)", new Try() { void run() { lm.insert(d, 4); } }.result());
        out("lm.insert(a,3)", new Try() { void run() { lm.insert(a, 3); } }.result());
        out("lm.insert(d,-1)", new Try() { void run() { lm.insert(d, -1); } }.result());
        lm.insert(a, 2);
        out("lm.insert_last", order(lm, all));
        lm.insert(d, 3);
        out("lm.insert_new", order(lm, all));
        lm.remove(b);
        lm.remove(b);
        out("lm.remove", order(lm, all) + ";" + lm.getSize());
        out("lm.getLayerAt(3)", new Try() { void run() { lm.getLayerAt(3); } }.result());
        out("lm.append(null)", new Try() { void run() { lm.append(null); } }.result());
        out("lm.setViewWindow(h<0)", new Try() { void run() { lm.setViewWindow(0, 0, 1, -1); } }.result());
    }

    static String order(LayerManager lm, Layer[] all) {
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < lm.getSize(); i++) {
            Layer l = lm.getLayerAt(i);
            for (int k = 0; k < all.length; k++) {
                if (all[k] == l) {
                    sb.append((char) ('a' + k));
                }
            }
        }
        return sb.toString();
    }
}
