package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * Drawing on the screen or on a mutable Image, with MIDP's pixel rules: coordinates
 * lie between pixels, fills cover the w x h pixels inside the outline, outlines are
 * traced by a one-pixel pen hanging below and to the right (drawRect covers
 * (w+1) x (h+1) pixels). The pixels are set by packages/graphics/raster.pyx.
 */
public class Graphics {
    public static final int HCENTER = 1;
    public static final int VCENTER = 2;
    public static final int LEFT = 4;
    public static final int RIGHT = 8;
    public static final int TOP = 16;
    public static final int BOTTOM = 32;
    public static final int BASELINE = 64;
    public static final int SOLID = 0;
    public static final int DOTTED = 1;

    final int[] pixels;       // the destination: an Image's pixels or the screen's back buffer
    final int width;
    final int height;
    final Image image;        // the destination image, null for the screen
    private int originX;      // where (0, 0) is before translate(): a Canvas's top-left
    private int originY;
    private int limitX1;      // no clip may reach beyond these (absolute, end exclusive)
    private int limitY1;
    private int limitX2;
    private int limitY2;
    private int translateX;
    private int translateY;
    private int clipX1;       // the clip, absolute, end exclusive
    private int clipY1;
    private int clipX2;
    private int clipY2;
    private int color;
    private int stroke;
    private Font font;

    Graphics(int[] pixels, int width, int height, Image image) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.image = image;
        reset(0, 0, width, height);
    }

    /** Fresh state for painting the area (x, y, w, h): origin there, clip to it. */
    void reset(int x, int y, int w, int h) {
        originX = x;
        originY = y;
        limitX1 = Math.max(0, x);
        limitY1 = Math.max(0, y);
        limitX2 = Math.min(width, x + w);
        limitY2 = Math.min(height, y + h);
        translateX = 0;
        translateY = 0;
        clipX1 = limitX1;
        clipY1 = limitY1;
        clipX2 = limitX2;
        clipY2 = limitY2;
        color = 0;
        stroke = SOLID;
        font = Font.getDefaultFont();
    }

    // ---- translation, clip, state ---------------------------------------------------

    public void translate(int x, int y) {
        translateX += x;
        translateY += y;
    }

    public int getTranslateX() {
        return translateX;
    }

    public int getTranslateY() {
        return translateY;
    }

    private int absX(int x) {
        return x + translateX + originX;
    }

    private int absY(int y) {
        return y + translateY + originY;
    }

    public int getClipX() {
        return clipX1 - originX - translateX;
    }

    public int getClipY() {
        return clipY1 - originY - translateY;
    }

    public int getClipWidth() {
        return clipX2 - clipX1;
    }

    public int getClipHeight() {
        return clipY2 - clipY1;
    }

    public void clipRect(int x, int y, int w, int h) {
        intersectClip(absX(x), absY(y), w, h, clipX1, clipY1, clipX2, clipY2);
    }

    public void setClip(int x, int y, int w, int h) {
        intersectClip(absX(x), absY(y), w, h, limitX1, limitY1, limitX2, limitY2);
    }

    private void intersectClip(int x, int y, int w, int h, int x1, int y1, int x2, int y2) {
        long right = (long) x + Math.max(w, 0);
        long bottom = (long) y + Math.max(h, 0);
        clipX1 = Math.max(x1, x);
        clipY1 = Math.max(y1, y);
        clipX2 = (int) Math.min(x2, right);
        clipY2 = (int) Math.min(y2, bottom);
        if (clipX2 < clipX1) {
            clipX2 = clipX1;
        }
        if (clipY2 < clipY1) {
            clipY2 = clipY1;
        }
    }

    private boolean clipEmpty() {
        return clipX1 >= clipX2 || clipY1 >= clipY2;
    }

    public int getColor() {
        return color;
    }

    public int getRedComponent() {
        return (color >> 16) & 0xFF;
    }

    public int getGreenComponent() {
        return (color >> 8) & 0xFF;
    }

    public int getBlueComponent() {
        return color & 0xFF;
    }

    /** The gray level a gray-scale device would show: the luminance of the color. */
    public int getGrayScale() {
        // weights summing to 256, so white is 255 and every gray v is v
        return (getRedComponent() * 77 + getGreenComponent() * 150 + getBlueComponent() * 29 + 128) >> 8;
    }

    public void setColor(int red, int green, int blue) {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("color component out of range");
        }
        color = (red << 16) | (green << 8) | blue;
    }

    public void setColor(int rgb) {
        color = rgb & 0xFFFFFF;
    }

    public void setGrayScale(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("gray scale out of range");
        }
        color = (value << 16) | (value << 8) | value;
    }

    public Font getFont() {
        return font;
    }

    public void setFont(Font f) {
        font = f == null ? Font.getDefaultFont() : f;
    }

    public void setStrokeStyle(int style) {
        if (style != SOLID && style != DOTTED) {
            throw new IllegalArgumentException("stroke style must be SOLID or DOTTED");
        }
        stroke = style;
    }

    public int getStrokeStyle() {
        return stroke;
    }

    public int getDisplayColor(int rgb) {
        return Host.displayColor(rgb & 0xFFFFFF);
    }

    // ---- shapes ---------------------------------------------------------------------

    public void drawLine(int x1, int y1, int x2, int y2) {
        if (!clipEmpty()) {
            nDrawLine(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                      absX(x1), absY(y1), absX(x2), absY(y2), color, stroke == DOTTED);
        }
    }

    public void fillRect(int x, int y, int w, int h) {
        if (!clipEmpty()) {
            nFillRect(pixels, width, height, clipX1, clipY1, clipX2, clipY2, absX(x), absY(y), w, h, color);
        }
    }

    public void drawRect(int x, int y, int w, int h) {
        if (!clipEmpty()) {
            nDrawRect(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                      absX(x), absY(y), w, h, color, stroke == DOTTED);
        }
    }

    public void drawRoundRect(int x, int y, int w, int h, int arcWidth, int arcHeight) {
        if (!clipEmpty()) {
            nDrawRoundRect(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                           absX(x), absY(y), w, h, arcWidth, arcHeight, color, stroke == DOTTED);
        }
    }

    public void fillRoundRect(int x, int y, int w, int h, int arcWidth, int arcHeight) {
        if (!clipEmpty()) {
            nFillRoundRect(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                           absX(x), absY(y), w, h, arcWidth, arcHeight, color);
        }
    }

    public void fillArc(int x, int y, int w, int h, int startAngle, int arcAngle) {
        if (!clipEmpty()) {
            nFillArc(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                     absX(x), absY(y), w, h, startAngle, arcAngle, color);
        }
    }

    public void drawArc(int x, int y, int w, int h, int startAngle, int arcAngle) {
        if (!clipEmpty()) {
            nDrawArc(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                     absX(x), absY(y), w, h, startAngle, arcAngle, color, stroke == DOTTED);
        }
    }

    public void fillTriangle(int x1, int y1, int x2, int y2, int x3, int y3) {
        if (!clipEmpty()) {
            nFillTriangle(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                          absX(x1), absY(y1), absX(x2), absY(y2), absX(x3), absY(y3), color);
        }
    }

    // ---- text -----------------------------------------------------------------------

    private static void checkTextAnchor(int anchor) {
        if (anchor == 0) {
            return;
        }
        int h = anchor & (LEFT | HCENTER | RIGHT);
        int v = anchor & (TOP | BASELINE | BOTTOM);
        if ((anchor & ~(LEFT | HCENTER | RIGHT | TOP | BASELINE | BOTTOM)) != 0
                || Integer.bitCount(h) != 1 || Integer.bitCount(v) != 1) {
            throw new IllegalArgumentException("invalid text anchor " + anchor);
        }
    }

    public void drawString(String str, int x, int y, int anchor) {
        if (str == null) {
            throw new NullPointerException();
        }
        checkTextAnchor(anchor);
        drawText(str, x, y, anchor);
    }

    public void drawSubstring(String str, int offset, int len, int x, int y, int anchor) {
        if (str == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || len < 0 || offset > str.length() - len) {
            throw new StringIndexOutOfBoundsException("substring " + offset + "+" + len + " of " + str.length());
        }
        checkTextAnchor(anchor);
        drawText(str.substring(offset, offset + len), x, y, anchor);
    }

    public void drawChar(char character, int x, int y, int anchor) {
        checkTextAnchor(anchor);
        drawText(String.valueOf(character), x, y, anchor);
    }

    public void drawChars(char[] data, int offset, int length, int x, int y, int anchor) {
        if (data == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new ArrayIndexOutOfBoundsException("chars " + offset + "+" + length + " of " + data.length);
        }
        checkTextAnchor(anchor);
        drawText(new String(data, offset, length), x, y, anchor);
    }

    private void drawText(String s, int x, int y, int anchor) {
        if (clipEmpty() || s.length() == 0) {
            return;
        }
        int w = font.stringWidth(s);
        if ((anchor & HCENTER) != 0) {
            x -= w / 2;
        } else if ((anchor & RIGHT) != 0) {
            x -= w;
        }
        if ((anchor & BASELINE) != 0) {
            y -= font.getBaselinePosition();
        } else if ((anchor & BOTTOM) != 0) {
            y -= font.getHeight();
        }
        nDrawString(pixels, width, height, clipX1, clipY1, clipX2, clipY2, s, absX(x), absY(y), color,
                    font.getFace(), font.getStyle(), font.getSize());
    }

    // ---- images -----------------------------------------------------------------------

    private static int[] anchorImage(int anchor, int x, int y, int w, int h) {
        if (anchor != 0) {
            int hz = anchor & (LEFT | HCENTER | RIGHT);
            int v = anchor & (TOP | VCENTER | BOTTOM);
            if ((anchor & ~(LEFT | HCENTER | RIGHT | TOP | VCENTER | BOTTOM)) != 0
                    || Integer.bitCount(hz) != 1 || Integer.bitCount(v) != 1) {
                throw new IllegalArgumentException("invalid image anchor " + anchor);
            }
            if ((anchor & HCENTER) != 0) {
                x -= w / 2;
            } else if ((anchor & RIGHT) != 0) {
                x -= w;
            }
            if ((anchor & VCENTER) != 0) {
                y -= h / 2;
            } else if ((anchor & BOTTOM) != 0) {
                y -= h;
            }
        }
        return new int[] {x, y};
    }

    public void drawImage(Image img, int x, int y, int anchor) {
        if (img == null) {
            throw new NullPointerException();
        }
        drawRegion(img, 0, 0, img.width, img.height, 0, x, y, anchor);
    }

    public void drawRegion(Image src, int xSrc, int ySrc, int w, int h, int transform,
                           int xDest, int yDest, int anchor) {
        if (src == null) {
            throw new NullPointerException();
        }
        if (src == image) {
            throw new IllegalArgumentException("an image cannot be drawn onto itself");
        }
        if (transform < 0 || transform > 7) {
            throw new IllegalArgumentException("invalid transform " + transform);
        }
        if (xSrc < 0 || ySrc < 0 || w < 0 || h < 0 || xSrc > src.width - w || ySrc > src.height - h) {
            throw new IllegalArgumentException("region outside the source image");
        }
        boolean swaps = (transform & 4) != 0;   // the 90- and 270-degree transforms swap w and h
        int[] at = anchorImage(anchor, xDest, yDest, swaps ? h : w, swaps ? w : h);
        if (!clipEmpty() && w > 0 && h > 0) {
            nDrawRegion(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                        src.pixels, src.width, src.height, xSrc, ySrc, w, h, transform,
                        absX(at[0]), absY(at[1]), src.alpha);
        }
    }

    public void drawRGB(int[] rgbData, int offset, int scanlength, int x, int y, int w, int h,
                        boolean processAlpha) {
        if (rgbData == null) {
            throw new NullPointerException();
        }
        if (w <= 0 || h <= 0) {
            return;
        }
        long first = offset + Math.min(0L, (long) scanlength * (h - 1));
        long last = offset + Math.max(0L, (long) scanlength * (h - 1)) + w - 1;
        if (first < 0 || last >= rgbData.length) {
            throw new ArrayIndexOutOfBoundsException("drawRGB reads outside the array");
        }
        if (!clipEmpty()) {
            nDrawRGB(pixels, width, height, clipX1, clipY1, clipX2, clipY2,
                     rgbData, offset, scanlength, absX(x), absY(y), w, h, processAlpha);
        }
    }

    public void copyArea(int xSrc, int ySrc, int w, int h, int xDest, int yDest, int anchor) {
        if (image == null) {
            throw new IllegalStateException("copyArea on the display");
        }
        int sx = absX(xSrc);
        int sy = absY(ySrc);
        if (w < 0 || h < 0 || sx < 0 || sy < 0 || sx > width - w || sy > height - h) {
            throw new IllegalArgumentException("copyArea region outside the image");
        }
        int[] at = anchorImage(anchor, xDest, yDest, w, h);
        if (!clipEmpty()) {
            nCopyArea(pixels, width, height, clipX1, clipY1, clipX2, clipY2, sx, sy, w, h,
                      absX(at[0]), absY(at[1]));
        }
    }

    // ---- natives (packages/graphics/natives.py -> raster.pyx) ---------------------------

    private static native void nDrawLine(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                         int x1, int y1, int x2, int y2, int rgb, boolean dotted);

    private static native void nFillRect(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                         int x, int y, int rw, int rh, int rgb);

    private static native void nDrawRect(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                         int x, int y, int rw, int rh, int rgb, boolean dotted);

    private static native void nDrawRoundRect(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                              int x, int y, int rw, int rh, int aw, int ah, int rgb,
                                              boolean dotted);

    private static native void nFillRoundRect(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                              int x, int y, int rw, int rh, int aw, int ah, int rgb);

    private static native void nFillArc(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                        int x, int y, int rw, int rh, int start, int arc, int rgb);

    private static native void nDrawArc(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                        int x, int y, int rw, int rh, int start, int arc, int rgb,
                                        boolean dotted);

    private static native void nFillTriangle(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                             int x1, int y1, int x2, int y2, int x3, int y3, int rgb);

    private static native void nDrawString(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                           String s, int x, int y, int rgb, int face, int style, int size);

    private static native void nDrawRegion(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                           int[] src, int sw, int sh, int xSrc, int ySrc, int rw, int rh,
                                           int transform, int x, int y, boolean alpha);

    private static native void nDrawRGB(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                        int[] rgb, int offset, int scan, int x, int y, int rw, int rh,
                                        boolean alpha);

    private static native void nCopyArea(int[] p, int w, int h, int cx1, int cy1, int cx2, int cy2,
                                         int xSrc, int ySrc, int rw, int rh, int x, int y);
}
