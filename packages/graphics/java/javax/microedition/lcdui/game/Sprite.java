package javax.microedition.lcdui.game;

import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;

/**
 * An animated Layer: equal frames cut from an image (numbered left to right, top to
 * bottom), played in a frame sequence, drawn with one of 8 transforms about its reference
 * pixel, and tested for collisions with a collision rectangle or pixel by pixel.
 *
 * The position (getX, getY) is the top-left of the transformed frame. The reference pixel
 * and the collision rectangle are given in the untransformed frame; a transform moves the
 * Sprite so that the reference pixel stays where it is on the painter's coordinates.
 */
public class Sprite extends Layer {
    public static final int TRANS_NONE = 0;
    public static final int TRANS_ROT90 = 5;
    public static final int TRANS_ROT180 = 3;
    public static final int TRANS_ROT270 = 6;
    public static final int TRANS_MIRROR = 2;
    public static final int TRANS_MIRROR_ROT90 = 7;
    public static final int TRANS_MIRROR_ROT180 = 1;
    public static final int TRANS_MIRROR_ROT270 = 4;

    private ImageCells frames;         // the raw frames
    private int[] sequence;
    private boolean customSequence;
    private int frameIndex;            // into sequence
    private int transform;
    private int refX;                  // in the untransformed frame
    private int refY;
    private int collX;                 // collision rectangle, in the untransformed frame
    private int collY;
    private int collW;
    private int collH;

    public Sprite(Image image) {
        this(image, checked(image).getWidth(), image.getHeight());
    }

    public Sprite(Image image, int frameWidth, int frameHeight) {
        super(0, 0);
        frames = new ImageCells(image, frameWidth, frameHeight, "frame");
        sequence = defaultSequence(frames.count);
        collW = frameWidth;
        collH = frameHeight;
        setSize(frameWidth, frameHeight);
    }

    public Sprite(Sprite s) {
        super(0, 0);
        if (s == null) {
            throw new NullPointerException();
        }
        frames = s.frames;
        sequence = (int[]) s.sequence.clone();
        customSequence = s.customSequence;
        frameIndex = s.frameIndex;
        transform = s.transform;
        refX = s.refX;
        refY = s.refY;
        collX = s.collX;
        collY = s.collY;
        collW = s.collW;
        collH = s.collH;
        x = s.x;
        y = s.y;
        visible = s.visible;
        setSize(s.width, s.height);
    }

    private static Image checked(Image image) {
        if (image == null) {
            throw new NullPointerException();
        }
        return image;
    }

    private static int[] defaultSequence(int frames) {
        int[] s = new int[frames];
        for (int i = 0; i < frames; i++) {
            s[i] = i;
        }
        return s;
    }

    // ---- frames -------------------------------------------------------------------------

    /**
     * New frames from another image. With at least as many frames as before, the current
     * frame and a custom sequence stay (a default sequence grows to the new frames);
     * with fewer, the default sequence returns and the current frame is its first. The
     * reference pixel stays put; a new frame size resets the collision rectangle.
     */
    public void setImage(Image img, int frameWidth, int frameHeight) {
        int oldFrames = frames.count;
        int oldWidth = frames.cellWidth;
        int oldHeight = frames.cellHeight;
        int refPixelX = getRefPixelX();
        int refPixelY = getRefPixelY();
        frames = new ImageCells(img, frameWidth, frameHeight, "frame");
        if (frames.count >= oldFrames) {
            if (!customSequence) {
                sequence = defaultSequence(frames.count);
            }
        } else {
            sequence = defaultSequence(frames.count);
            customSequence = false;
            frameIndex = 0;
        }
        if (frameWidth != oldWidth || frameHeight != oldHeight) {
            collX = 0;
            collY = 0;
            collW = frameWidth;
            collH = frameHeight;
        }
        updateSize();
        setRefPixelPosition(refPixelX, refPixelY);
    }

    public int getRawFrameCount() {
        return frames.count;
    }

    public int getFrameSequenceLength() {
        return sequence.length;
    }

    /** The current position in the frame sequence. */
    public final int getFrame() {
        return frameIndex;
    }

    public void setFrame(int sequenceIndex) {
        if (sequenceIndex < 0 || sequenceIndex >= sequence.length) {
            throw new IndexOutOfBoundsException("frame sequence index " + sequenceIndex
                    + " (the sequence has " + sequence.length + ")");
        }
        frameIndex = sequenceIndex;
    }

    public void nextFrame() {
        frameIndex = (frameIndex + 1) % sequence.length;
    }

    public void prevFrame() {
        frameIndex = (frameIndex + sequence.length - 1) % sequence.length;
    }

    /** A sequence of raw frame numbers (copied), or null for 0, 1, ... n-1; restarts at its first entry. */
    public void setFrameSequence(int[] sequence) {
        if (sequence == null) {
            this.sequence = defaultSequence(frames.count);
            customSequence = false;
        } else {
            if (sequence.length < 1) {
                throw new IllegalArgumentException("an empty frame sequence");
            }
            for (int i = 0; i < sequence.length; i++) {
                if (sequence[i] < 0 || sequence[i] >= frames.count) {
                    throw new ArrayIndexOutOfBoundsException("frame " + sequence[i]
                            + " (the sprite has " + frames.count + ")");
                }
            }
            this.sequence = (int[]) sequence.clone();
            customSequence = true;
        }
        frameIndex = 0;
    }

    /** The current raw frame. */
    private int rawFrame() {
        return sequence[frameIndex];
    }

    // ---- reference pixel and transforms ----------------------------------------------------

    /** The reference pixel, in the untransformed frame (it may lie outside it); the Sprite does not move. */
    public void defineReferencePixel(int x, int y) {
        refX = x;
        refY = y;
    }

    /** Move the Sprite so that its (transformed) reference pixel is at (x, y). */
    public void setRefPixelPosition(int x, int y) {
        this.x = x - transformedX(transform, refX, refY);
        this.y = y - transformedY(transform, refX, refY);
    }

    public int getRefPixelX() {
        return x + transformedX(transform, refX, refY);
    }

    public int getRefPixelY() {
        return y + transformedY(transform, refX, refY);
    }

    /** Replace the transform (they do not add up); the reference pixel stays put. */
    public void setTransform(int transform) {
        if (transform < 0 || transform > 7) {
            throw new IllegalArgumentException("invalid transform " + transform);
        }
        int refPixelX = getRefPixelX();
        int refPixelY = getRefPixelY();
        this.transform = transform;
        updateSize();
        setRefPixelPosition(refPixelX, refPixelY);
    }

    private void updateSize() {
        if (swapsAxes(transform)) {
            setSize(frames.cellHeight, frames.cellWidth);
        } else {
            setSize(frames.cellWidth, frames.cellHeight);
        }
    }

    /** The 90- and 270-degree transforms (bit 2) exchange width and height. */
    private static boolean swapsAxes(int t) {
        return (t & 4) != 0;
    }

    private int transformedX(int t, int i, int j) {
        return mapX(t, i, j, frames.cellWidth, frames.cellHeight);
    }

    private int transformedY(int t, int i, int j) {
        return mapY(t, i, j, frames.cellWidth, frames.cellHeight);
    }

    /**
     * Where pixel (i, j) of a w x h box lands under transform t: mirroring flips i across
     * the width first, then the rotation turns clockwise. mapX gives x, mapY gives y.
     */
    static int mapX(int t, int i, int j, int w, int h) {
        switch (t) {
            case TRANS_NONE:
            case TRANS_MIRROR_ROT180: return i;
            case TRANS_MIRROR:
            case TRANS_ROT180: return w - 1 - i;
            case TRANS_MIRROR_ROT270:
            case TRANS_ROT270: return j;
            default: return h - 1 - j;                  // ROT90, MIRROR_ROT90
        }
    }

    static int mapY(int t, int i, int j, int w, int h) {
        switch (t) {
            case TRANS_NONE:
            case TRANS_MIRROR: return j;
            case TRANS_MIRROR_ROT180:
            case TRANS_ROT180: return h - 1 - j;
            case TRANS_MIRROR_ROT270:
            case TRANS_ROT90: return i;
            default: return w - 1 - i;                  // ROT270, MIRROR_ROT90
        }
    }

    /** The transform that undoes t: ROT90 and ROT270 undo each other, the others undo themselves. */
    static int inverse(int t) {
        return t == TRANS_ROT90 ? TRANS_ROT270 : t == TRANS_ROT270 ? TRANS_ROT90 : t;
    }

    // ---- painting ---------------------------------------------------------------------

    public final void paint(Graphics g) {
        if (g == null) {
            throw new NullPointerException();
        }
        if (visible) {
            g.drawRegion(frames.image, frames.left(rawFrame()), frames.top(rawFrame()),
                         frames.cellWidth, frames.cellHeight, transform, x, y, Graphics.TOP | Graphics.LEFT);
        }
    }

    // ---- collisions -------------------------------------------------------------------

    /** The collision rectangle in the untransformed frame; it may reach beyond the frame. */
    public void defineCollisionRectangle(int x, int y, int width, int height) {
        checkSize(width, height, "collision rectangle");
        collX = x;
        collY = y;
        collW = width;
        collH = height;
    }

    /**
     * The transformed collision rectangle in the painter's coordinates: {x, y, w, h}.
     * Its edges are mapped as lines (a mirror sends [a, b) to [W - b, W - a)).
     */
    private int[] collisionBounds() {
        int left = collX;
        int top = collY;
        int right = collX + collW;
        int bottom = collY + collH;
        int fw = frames.cellWidth;
        int fh = frames.cellHeight;
        int[] r;
        switch (transform) {
            case TRANS_NONE: r = new int[] {left, top, right, bottom}; break;
            case TRANS_MIRROR: r = new int[] {fw - right, top, fw - left, bottom}; break;
            case TRANS_MIRROR_ROT180: r = new int[] {left, fh - bottom, right, fh - top}; break;
            case TRANS_ROT180: r = new int[] {fw - right, fh - bottom, fw - left, fh - top}; break;
            case TRANS_MIRROR_ROT270: r = new int[] {top, left, bottom, right}; break;
            case TRANS_ROT90: r = new int[] {fh - bottom, left, fh - top, right}; break;
            case TRANS_ROT270: r = new int[] {top, fw - right, bottom, fw - left}; break;
            default: r = new int[] {fh - bottom, fw - right, fh - top, fw - left}; break;  // MIRROR_ROT90
        }
        return new int[] {x + r[0], y + r[1], r[2] - r[0], r[3] - r[1]};
    }

    /** The intersection of two {x, y, w, h} rectangles, or null if it is empty. */
    static int[] intersect(int[] a, int[] b) {
        int left = Math.max(a[0], b[0]);
        int top = Math.max(a[1], b[1]);
        long right = Math.min((long) a[0] + a[2], (long) b[0] + b[2]);
        long bottom = Math.min((long) a[1] + a[3], (long) b[1] + b[3]);
        if (right <= left || bottom <= top) {
            return null;
        }
        return new int[] {left, top, (int) (right - left), (int) (bottom - top)};
    }

    /**
     * Whether the collision rectangles of the two (visible) Sprites meet; with pixelLevel,
     * whether some pixel where they meet is opaque in both.
     */
    public final boolean collidesWith(Sprite s, boolean pixelLevel) {
        if (s == null) {
            throw new NullPointerException();
        }
        if (!visible || !s.visible) {
            return false;
        }
        int[] r = intersect(collisionBounds(), s.collisionBounds());
        return r != null && (!pixelLevel || opaqueOverlap(r, s));
    }

    /**
     * Whether the collision rectangle meets a non-empty cell of the (visible) TiledLayer;
     * with pixelLevel, whether some pixel there is opaque in both.
     */
    public final boolean collidesWith(TiledLayer t, boolean pixelLevel) {
        if (t == null) {
            throw new NullPointerException();
        }
        if (!visible || !t.visible) {
            return false;
        }
        int[] r = intersect(collisionBounds(), new int[] {t.x, t.y, t.width, t.height});
        if (r == null) {
            return false;
        }
        return pixelLevel ? opaqueOverlap(r, t) : t.hasTileIn(r);
    }

    /**
     * Whether the collision rectangle meets the image drawn with its top-left at (x, y);
     * with pixelLevel, whether some pixel there is opaque in both.
     */
    public final boolean collidesWith(Image image, int x, int y, boolean pixelLevel) {
        if (image == null) {
            throw new NullPointerException();
        }
        if (!visible) {
            return false;
        }
        int iw = image.getWidth();
        int[] r = intersect(collisionBounds(), new int[] {x, y, iw, image.getHeight()});
        if (r == null) {
            return false;
        }
        if (!pixelLevel) {
            return true;
        }
        int[] pixels = null;
        if (!image.isMutable()) {
            pixels = new int[r[2] * r[3]];
            image.getRGB(pixels, 0, r[2], r[0] - x, r[1] - y, r[2], r[3]);
        }
        for (int j = 0; j < r[3]; j++) {
            for (int i = 0; i < r[2]; i++) {
                boolean imageOpaque = pixels == null || (pixels[j * r[2] + i] >>> 24) != 0;
                if (imageOpaque && opaqueAt(r[0] + i, r[1] + j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some pixel of rectangle r (painter coordinates) is opaque in this and other. */
    private boolean opaqueOverlap(int[] r, Layer other) {
        for (int py = r[1]; py < r[1] + r[3]; py++) {
            for (int px = r[0]; px < r[0] + r[2]; px++) {
                if (opaqueAt(px, py) && other.opaqueAt(px, py)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The frame's pixel there; anything outside the (transformed) frame is transparent. */
    boolean opaqueAt(int px, int py) {
        int tx = px - x;
        int ty = py - y;
        if (tx < 0 || ty < 0 || tx >= width || ty >= height) {
            return false;
        }
        int back = inverse(transform);
        return frames.opaque(rawFrame(), mapX(back, tx, ty, width, height), mapY(back, tx, ty, width, height));
    }
}
