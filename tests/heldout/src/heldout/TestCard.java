package heldout;

import javax.microedition.lcdui.Canvas;
import javax.microedition.lcdui.Font;
import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;

/** A test card drawn with the MIDP Graphics primitives. */
public class TestCard extends Canvas {
    private final HeldoutMIDlet midlet;
    private final Image tile86;      // 8x6, every pixel its own colour
    private final Image src64;       // 6x4, every pixel its own colour (drawRegion source)
    private final Image alphaImg;    // 4x4 with alpha, processAlpha = true
    private final Image opaqueImg;   // same data, processAlpha = false
    private final int[] argbRow;     // 12x4 drawRGB data
    private boolean reported;
    private int marker;
    private int paintedMarker;

    public TestCard(HeldoutMIDlet midlet) {
        this.midlet = midlet;
        setFullScreenMode(true);
        int[] px = new int[8 * 6];
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                px[y * 8 + x] = 0xFF000000 | ((x * 30 + 10) << 16) | ((y * 40 + 10) << 8) | 0x55;
            }
        }
        tile86 = Image.createRGBImage(px, 8, 6, false);
        int[] src = new int[6 * 4];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                src[y * 6 + x] = 0xFF000000 | ((x * 40 + 20) << 16) | ((y * 60 + 20) << 8) | 0xA0;
            }
        }
        src64 = Image.createRGBImage(src, 6, 4, false);
        int[] a = new int[16];
        for (int x = 0; x < 4; x++) {
            a[x] = 0x00000000;          // row 0: fully transparent black
            a[4 + x] = 0xFFFF00FF;      // row 1: opaque magenta
            a[8 + x] = 0x800000FF;      // row 2: half blue
            a[12 + x] = 0x40FFFFFF;     // row 3: quarter white
        }
        alphaImg = Image.createRGBImage(a, 4, 4, true);
        opaqueImg = Image.createRGBImage(a, 4, 4, false);
        argbRow = new int[12 * 4];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 12; x++) {
                int v;
                if (x < 4) {
                    v = 0x00FF0000;     // transparent red
                } else if (x < 8) {
                    v = 0xFF0000FF;     // opaque blue
                } else {
                    v = 0x8000FF00;     // half green
                }
                argbRow[y * 12 + x] = v;
            }
        }
        int[] back = new int[16];
        alphaImg.getRGB(back, 0, 4, 0, 0, 4, 4);
        HeldoutMIDlet.log("GETRGB alpha " + hex(back[0]) + " " + hex(back[4]) + " " + hex(back[15]));
        opaqueImg.getRGB(back, 0, 4, 0, 0, 4, 4);
        HeldoutMIDlet.log("GETRGB opaque " + hex(back[0]) + " " + hex(back[4]) + " " + hex(back[8]));
        HeldoutMIDlet.log("IMAGE tile86 " + tile86.getWidth() + "x" + tile86.getHeight()
                + " mutable=" + tile86.isMutable());
        Image m = Image.createImage(5, 3);
        HeldoutMIDlet.log("IMAGE mutable " + m.getWidth() + "x" + m.getHeight() + " mutable=" + m.isMutable());
        int[] w = new int[1];
        m.getRGB(w, 0, 1, 4, 2, 1, 1);
        HeldoutMIDlet.log("GETRGB mutable-new " + hex(w[0]));
    }

    static String hex(int v) {
        String s = Integer.toHexString(v).toUpperCase();
        while (s.length() < 8) {
            s = "0" + s;
        }
        return s;
    }

    protected void paint(Graphics g) {
        int w = getWidth();
        int h = getHeight();
        if (marker > 0) {
            HeldoutMIDlet.log("PAINT marker=" + marker);
            paintedMarker = marker;
        }
        g.setClip(0, 0, w, h);
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, w, h);

        // fillRect covers w x h; drawRect covers (w+1) x (h+1).
        g.setColor(0xFF0000);
        g.fillRect(10, 10, 20, 15);
        g.setColor(0x0000FF);
        g.drawRect(40, 10, 20, 15);

        // lines include both end points
        g.setColor(0x008000);
        g.drawLine(70, 10, 80, 20);
        g.drawLine(70, 30, 90, 30);
        g.drawLine(95, 10, 95, 30);
        g.drawLine(110, 20, 100, 10);
        g.drawLine(120, 10, 120, 10);

        // translate
        g.translate(100, 40);
        g.setColor(0x00FFFF);
        g.fillRect(0, 0, 10, 10);
        int tx = g.getTranslateX();
        int ty = g.getTranslateY();
        g.translate(-100, -40);

        // clip
        g.setClip(10, 40, 15, 15);
        g.setColor(0xFF00FF);
        g.fillRect(0, 30, 100, 100);
        g.setClip(30, 40, 30, 30);
        g.clipRect(45, 50, 30, 30);
        int cx = g.getClipX(), cy = g.getClipY(), cw = g.getClipWidth(), ch = g.getClipHeight();
        g.setColor(0x808000);
        g.fillRect(0, 0, w, h);
        g.setClip(0, 0, w, h);
        g.translate(130, 40);
        g.setClip(0, 0, 5, 5);
        g.setColor(0x000080);
        g.fillRect(-10, -10, 30, 30);
        int cx2 = g.getClipX();
        g.translate(-130, -40);
        int cx3 = g.getClipX();
        g.setClip(0, 0, w, h);

        // drawImage anchors (8x6 image)
        g.drawImage(tile86, 10, 70, Graphics.TOP | Graphics.LEFT);
        g.drawImage(tile86, 40, 80, Graphics.HCENTER | Graphics.VCENTER);
        g.drawImage(tile86, 70, 90, Graphics.BOTTOM | Graphics.RIGHT);
        g.drawImage(tile86, 90, 70, Graphics.TOP | Graphics.HCENTER);
        g.drawImage(tile86, 100, 80, Graphics.BOTTOM | Graphics.LEFT);
        g.drawImage(tile86, 120, 70, 0);

        // drawRegion: region (1,1,4,2) of the 6x4 source under each transform
        int[] tr = {Sprite0.NONE, Sprite0.ROT90, Sprite0.ROT180, Sprite0.ROT270,
                    Sprite0.MIRROR, Sprite0.MIRROR_ROT90, Sprite0.MIRROR_ROT180, Sprite0.MIRROR_ROT270};
        for (int i = 0; i < tr.length; i++) {
            g.drawRegion(src64, 1, 1, 4, 2, tr[i], 10 + i * 8, 100, Graphics.TOP | Graphics.LEFT);
        }
        g.drawRegion(src64, 1, 1, 4, 2, Sprite0.ROT90, 120, 120, Graphics.BOTTOM | Graphics.RIGHT);
        g.drawRegion(src64, 1, 1, 4, 2, Sprite0.MIRROR_ROT270, 140, 110, Graphics.HCENTER | Graphics.VCENTER);
        g.drawRegion(src64, 1, 1, 4, 2, Sprite0.MIRROR, 160, 110, Graphics.HCENTER | Graphics.VCENTER);

        // drawRGB over a dark grey patch, with and without alpha
        g.setColor(0x404040);
        g.fillRect(10, 130, 12, 4);
        g.drawRGB(argbRow, 0, 12, 10, 130, 12, 4, true);
        g.fillRect(30, 130, 6, 2);
        g.drawRGB(argbRow, 1, 12, 30, 130, 6, 2, false);

        // images from createRGBImage over yellow
        g.setColor(0xFFFF00);
        g.fillRect(50, 130, 20, 4);
        g.drawImage(alphaImg, 50, 130, Graphics.TOP | Graphics.LEFT);
        g.drawImage(opaqueImg, 60, 130, Graphics.TOP | Graphics.LEFT);

        // arcs
        g.setColor(0x800080);
        g.fillArc(150, 10, 30, 20, 0, 360);
        g.fillArc(190, 10, 21, 21, 0, 360);
        g.fillArc(150, 40, 40, 40, 0, 90);
        g.fillArc(200, 40, 30, 30, 90, -180);

        // text: only extents are checked
        Font f = Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_MEDIUM);
        g.setFont(f);
        g.setColor(0x000000);
        String text = "Kava 123";
        g.drawString(text, 10, 160, Graphics.TOP | Graphics.LEFT);
        g.drawString(text, 120, 200, Graphics.BASELINE | Graphics.HCENTER);
        g.drawString(text, 230, 240, Graphics.BOTTOM | Graphics.RIGHT);
        Font big = Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_BOLD, Font.SIZE_LARGE);
        g.setFont(big);
        g.drawString("Wg", 10, 260, Graphics.TOP | Graphics.LEFT);

        // a mutable image drawn through its own Graphics (copyArea, translate)
        Image m = Image.createImage(10, 6);
        Graphics mg = m.getGraphics();
        mg.setColor(0xFF0000);
        mg.fillRect(0, 0, 3, 3);
        mg.copyArea(0, 0, 3, 3, 5, 2, Graphics.TOP | Graphics.LEFT);
        mg.setColor(0x0000FF);
        mg.translate(1, 1);
        mg.drawLine(0, 4, 8, 4);
        g.drawImage(m, 150, 280, Graphics.TOP | Graphics.LEFT);
        // an immutable copy of a transformed region
        Image turned = Image.createImage(src64, 1, 1, 4, 2, Sprite0.ROT270);
        g.drawImage(turned, 180, 280, Graphics.TOP | Graphics.LEFT);

        // degenerate rectangles: drawRect covers (w+1) x (h+1), nothing for negative sizes
        g.setColor(0x000000);
        g.drawRect(200, 280, 0, 0);
        g.drawRect(205, 280, 0, 3);
        g.fillRect(210, 280, 0, 5);
        g.fillRect(215, 280, -3, 3);
        g.drawRect(220, 280, -1, 2);
        g.fillRect(225, 280, 1, 1);

        // colour state
        g.setColor(0x12, 0x34, 0x56);
        int col = g.getColor();
        int r = g.getRedComponent(), gr = g.getGreenComponent(), b = g.getBlueComponent();
        g.setGrayScale(0x80);
        int gray = g.getGrayScale();
        int grayCol = g.getColor();

        if (!reported) {
            reported = true;
            HeldoutMIDlet.log("CANVAS " + w + "x" + h);
            HeldoutMIDlet.log("TURNED " + turned.getWidth() + "x" + turned.getHeight() + " mutable=" + turned.isMutable());
            HeldoutMIDlet.log("TRANSLATE " + tx + "," + ty);
            HeldoutMIDlet.log("CLIP " + cx + "," + cy + "," + cw + "," + ch);
            HeldoutMIDlet.log("CLIPTRANS " + cx2 + "," + cx3);
            HeldoutMIDlet.log("COLOR " + hex(col) + " " + r + "," + gr + "," + b);
            HeldoutMIDlet.log("GRAY " + gray + " " + hex(grayCol));
            HeldoutMIDlet.log("FONT medium width=" + f.stringWidth(text) + " height=" + f.getHeight()
                    + " baseline=" + f.getBaselinePosition()
                    + " sub=" + f.substringWidth(text, 2, 3) + " subref=" + f.stringWidth("va ")
                    + " chars=" + f.charsWidth(text.toCharArray(), 5, 3) + " charsref=" + f.stringWidth("123")
                    + " empty=" + f.stringWidth(""));
            HeldoutMIDlet.log("FONT large width=" + big.stringWidth("Wg") + " height=" + big.getHeight()
                    + " baseline=" + big.getBaselinePosition() + " bold=" + big.isBold()
                    + " size=" + big.getSize());
            HeldoutMIDlet.log("KEYCODE UP=" + getGameAction(getKeyCode(UP)) + " DOWN=" + getGameAction(getKeyCode(DOWN))
                    + " LEFT=" + getGameAction(getKeyCode(LEFT)) + " RIGHT=" + getGameAction(getKeyCode(RIGHT))
                    + " FIRE=" + getGameAction(getKeyCode(FIRE)));
        }
    }

    protected void keyPressed(int keyCode) {
        int action = getGameAction(keyCode);
        HeldoutMIDlet.log("KEY pressed " + keyCode + " action=" + action);
        if (keyCode == KEY_STAR) {
            HeldoutMIDlet.log("TIME " + System.currentTimeMillis());
        } else if (keyCode == KEY_POUND) {
            marker++;
            repaint();
            final int m = marker;
            midlet.getDisplay().callSerially(new Runnable() {
                public void run() {
                    HeldoutMIDlet.log("SERIAL 1 painted=" + paintedMarker + " of " + m);
                    midlet.getDisplay().callSerially(new Runnable() {
                        public void run() {
                            HeldoutMIDlet.log("SERIAL 4");
                        }
                    });
                }
            });
            midlet.getDisplay().callSerially(new Runnable() {
                public void run() {
                    HeldoutMIDlet.log("SERIAL 2");
                }
            });
            midlet.getDisplay().callSerially(new Runnable() {
                public void run() {
                    HeldoutMIDlet.log("SERIAL 3");
                }
            });
            HeldoutMIDlet.log("SERIAL queued");
        } else if ((keyCode < KEY_NUM0 || keyCode > KEY_NUM9) && action == FIRE) {
            midlet.startGame();
        }
    }

    protected void keyReleased(int keyCode) {
        HeldoutMIDlet.log("KEY released " + keyCode);
    }
}
