package javax.microedition.lcdui.game;

import javax.microedition.lcdui.Graphics;

/**
 * An ordered list of Layers drawn through a view window. Index 0 is nearest the user:
 * paint draws the last layer first and the first one last.
 */
public class LayerManager {
    private final java.util.Vector layers = new java.util.Vector();
    private int viewX;
    private int viewY;
    private int viewWidth = Integer.MAX_VALUE;
    private int viewHeight = Integer.MAX_VALUE;

    public LayerManager() {
    }

    /** Add l as the farthest layer (taking it out first if it is already here). */
    public void append(Layer l) {
        if (l == null) {
            throw new NullPointerException();
        }
        layers.removeElement(l);
        layers.addElement(l);
    }

    /** Put l at index (taking it out first if it is already here); index may be the count after that. */
    public void insert(Layer l, int index) {
        if (l == null) {
            throw new NullPointerException();
        }
        int others = layers.contains(l) ? layers.size() - 1 : layers.size();
        if (index < 0 || index > others) {
            throw new IndexOutOfBoundsException("layer index " + index + " (" + others + " other layers)");
        }
        layers.removeElement(l);
        layers.insertElementAt(l, index);
    }

    public Layer getLayerAt(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IndexOutOfBoundsException("layer index " + index + " of " + layers.size());
        }
        return (Layer) layers.elementAt(index);
    }

    public int getSize() {
        return layers.size();
    }

    public void remove(Layer l) {
        if (l == null) {
            throw new NullPointerException();
        }
        layers.removeElement(l);
    }

    /** The part of the layers' coordinate space that paint shows. */
    public void setViewWindow(int x, int y, int width, int height) {
        Layer.checkSize(width, height, "view window");
        viewX = x;
        viewY = y;
        viewWidth = width;
        viewHeight = height;
    }

    /**
     * Draw the view window with its top-left at (x, y) of g, clipped to it, farthest layer
     * first; invisible layers are skipped. g's clip and translation are as before afterwards.
     */
    public void paint(Graphics g, int x, int y) {
        if (g == null) {
            throw new NullPointerException();
        }
        int clipX = g.getClipX();
        int clipY = g.getClipY();
        int clipW = g.getClipWidth();
        int clipH = g.getClipHeight();
        g.clipRect(x, y, viewWidth, viewHeight);
        int dx = x - viewX;
        int dy = y - viewY;
        g.translate(dx, dy);
        try {
            for (int i = layers.size() - 1; i >= 0; i--) {
                Layer l = (Layer) layers.elementAt(i);
                if (l.visible) {
                    l.paint(g);
                }
            }
        } finally {
            g.translate(-dx, -dy);
            g.setClip(clipX, clipY, clipW, clipH);
        }
    }
}
