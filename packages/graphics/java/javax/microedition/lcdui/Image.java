package javax.microedition.lcdui;

import java.io.IOException;
import java.io.InputStream;

/**
 * An image: ARGB pixels in a Java int[] (so the heap limit counts them). Mutable images
 * are opaque and start white; immutable ones come from PNG data, RGB arrays or other
 * images and may have transparent pixels.
 */
public class Image {
    final int[] pixels;
    final int width;
    final int height;
    final boolean mutable;
    final boolean alpha;        // some pixel is not fully opaque

    private Image(int[] pixels, int width, int height, boolean mutable, boolean alpha) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.mutable = mutable;
        this.alpha = alpha;
    }

    public static Image createImage(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive");
        }
        int[] p = new int[pixelCount(width, height)];
        java.util.Arrays.fill(p, 0xFFFFFFFF);
        return new Image(p, width, height, true, false);
    }

    public static Image createImage(Image source) {
        if (source == null) {
            throw new NullPointerException();
        }
        if (!source.mutable) {
            return source;
        }
        return new Image((int[]) source.pixels.clone(), source.width, source.height, false, false);
    }

    public static Image createImage(String name) throws IOException {
        if (name == null) {
            throw new NullPointerException();
        }
        InputStream in = Image.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name);
        if (in == null) {
            throw new IOException("no such resource: " + name);
        }
        byte[] data = readAll(in);
        try {
            return decode(data, 0, data.length);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage());
        }
    }

    public static Image createImage(byte[] data, int offset, int length) {
        if (data == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new ArrayIndexOutOfBoundsException("image data " + offset + "+" + length + " of " + data.length);
        }
        return decode(data, offset, length);
    }

    public static Image createImage(InputStream stream) throws IOException {
        if (stream == null) {
            throw new NullPointerException();
        }
        byte[] data = readAll(stream);
        try {
            return decode(data, 0, data.length);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    /** width * height, or OutOfMemoryError when no int[] can hold that many pixels. */
    static int pixelCount(int width, int height) {
        long n = (long) width * height;
        if (n > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("an image of " + width + " x " + height + " pixels");
        }
        return (int) n;
    }

    /** The region (x, y, w, h) of an image, transformed as Sprite's TRANS_ constants say. */
    public static Image createImage(Image image, int x, int y, int w, int h, int transform) {
        if (image == null) {
            throw new NullPointerException();
        }
        if (transform < 0 || transform > 7) {
            throw new IllegalArgumentException("invalid transform " + transform);
        }
        if (w <= 0 || h <= 0 || x < 0 || y < 0 || x > image.width - w || y > image.height - h) {
            throw new IllegalArgumentException("region outside the image");
        }
        if (!image.mutable && transform == 0 && x == 0 && y == 0 && w == image.width && h == image.height) {
            return image;
        }
        boolean swaps = (transform & 4) != 0;
        int ow = swaps ? h : w;
        int oh = swaps ? w : h;
        int[] out = new int[ow * oh];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int p = image.pixels[(y + j) * image.width + x + i];
                out[transformedIndex(transform, i, j, w, h, ow)] = p;
            }
        }
        return new Image(out, ow, oh, false, image.alpha);
    }

    /** Where source pixel (i, j) of a w x h region lands in the transformed ow-wide result. */
    static int transformedIndex(int transform, int i, int j, int w, int h, int ow) {
        int tx;
        int ty;
        switch (transform) {
            case 0: tx = i; ty = j; break;                          // NONE
            case 1: tx = i; ty = h - 1 - j; break;                  // MIRROR_ROT180
            case 2: tx = w - 1 - i; ty = j; break;                  // MIRROR
            case 3: tx = w - 1 - i; ty = h - 1 - j; break;          // ROT180
            case 4: tx = j; ty = i; break;                          // MIRROR_ROT270
            case 5: tx = h - 1 - j; ty = i; break;                  // ROT90
            case 6: tx = j; ty = w - 1 - i; break;                  // ROT270
            default: tx = h - 1 - j; ty = w - 1 - i; break;         // MIRROR_ROT90
        }
        return ty * ow + tx;
    }

    public static Image createRGBImage(int[] rgb, int width, int height, boolean processAlpha) {
        if (rgb == null) {
            throw new NullPointerException();
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive");
        }
        if ((long) width * height > rgb.length) {
            throw new ArrayIndexOutOfBoundsException("rgb array shorter than width * height");
        }
        int[] p = new int[width * height];
        boolean alpha = false;
        for (int i = 0; i < p.length; i++) {
            int v = processAlpha ? rgb[i] : (rgb[i] | 0xFF000000);
            alpha |= (v >>> 24) != 0xFF;
            p[i] = v;
        }
        return new Image(p, width, height, false, alpha);
    }

    public Graphics getGraphics() {
        if (!mutable) {
            throw new IllegalStateException("only a mutable image has a Graphics");
        }
        return new Graphics(pixels, width, height, this);
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public boolean isMutable() {
        return mutable;
    }

    public void getRGB(int[] rgbData, int offset, int scanlength, int x, int y, int w, int h) {
        if (rgbData == null) {
            throw new NullPointerException();
        }
        if (x < 0 || y < 0 || w < 0 || h < 0 || x > width - w || y > height - h) {
            throw new IllegalArgumentException("region outside the image");
        }
        if (w == 0 || h == 0) {
            return;
        }
        if (Math.abs(scanlength) < w) {
            throw new IllegalArgumentException("|scanlength| is less than width");
        }
        long first = offset + Math.min(0L, (long) scanlength * (h - 1));
        long last = offset + Math.max(0L, (long) scanlength * (h - 1)) + w - 1;
        if (first < 0 || last >= rgbData.length) {
            throw new ArrayIndexOutOfBoundsException("getRGB writes outside the array");
        }
        for (int j = 0; j < h; j++) {
            System.arraycopy(pixels, (y + j) * width + x, rgbData, offset + j * scanlength, w);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Image decode(byte[] data, int offset, int length) {
        int[] info = new int[3];
        int[] p = decodePNG(data, offset, length, info);   // IllegalArgumentException if malformed
        return new Image(p, info[0], info[1], false, info[2] != 0);
    }

    /** The pixels of a PNG; info gets width, height and whether any pixel is translucent. */
    private static native int[] decodePNG(byte[] data, int offset, int length, int[] info);
}
