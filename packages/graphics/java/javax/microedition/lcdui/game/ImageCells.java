package javax.microedition.lcdui.game;

import javax.microedition.lcdui.Image;

/**
 * An image cut into equal cells, numbered from 0 left to right, top to bottom: a Sprite's
 * raw frames, a TiledLayer's static tiles (tile n is cell n - 1). Also answers whether a
 * pixel of a cell is opaque, for pixel-level collisions.
 */
final class ImageCells {
    final Image image;
    final int cellWidth;
    final int cellHeight;
    final int count;
    private final int perRow;
    private int[] argb;                 // the image's pixels for opacity tests (null: all opaque)
    private boolean argbLoaded;

    /** Cut image into w x h cells; what ("frame", "tile") names them in the error. */
    ImageCells(Image image, int w, int h, String what) {
        if (image == null) {
            throw new NullPointerException();
        }
        if (w < 1 || h < 1 || image.getWidth() % w != 0 || image.getHeight() % h != 0) {
            throw new IllegalArgumentException("the " + what + " size " + w + "x" + h
                    + " does not divide the image's " + image.getWidth() + "x" + image.getHeight());
        }
        this.image = image;
        cellWidth = w;
        cellHeight = h;
        perRow = image.getWidth() / w;
        count = perRow * (image.getHeight() / h);
    }

    /** Where cell n starts in the image. */
    int left(int n) {
        return (n % perRow) * cellWidth;
    }

    int top(int n) {
        return (n / perRow) * cellHeight;
    }

    /** Whether pixel (i, j) of cell n is opaque; every pixel of a mutable image is. */
    boolean opaque(int n, int i, int j) {
        if (!argbLoaded) {
            argb = argbOf(image);
            argbLoaded = true;
        }
        return argb == null || (argb[(top(n) + j) * image.getWidth() + left(n) + i] >>> 24) != 0;
    }

    /**
     * The ARGB pixels of an image for opacity tests, or null when every pixel is opaque
     * (mutable images are). Immutable images never change, so the result may be kept.
     */
    private static int[] argbOf(Image image) {
        if (image.isMutable()) {
            return null;
        }
        int w = image.getWidth();
        int[] argb = new int[w * image.getHeight()];
        image.getRGB(argb, 0, w, 0, 0, w, image.getHeight());
        return argb;
    }
}
