package javax.microedition.lcdui;

/** An image (or its alternative text when there is none), optionally a link or a button. */
public class ImageItem extends Item {
    private Image image;
    private String altText;
    private final int appearance;

    public ImageItem(String label, Image img, int layout, String altText) {
        this(label, img, layout, altText, PLAIN);
    }

    public ImageItem(String label, Image image, int layout, String altText, int appearanceMode) {
        super(label);
        if (appearanceMode < PLAIN || appearanceMode > BUTTON) {
            throw new IllegalArgumentException("invalid appearance mode " + appearanceMode);
        }
        setLayout(layout);
        this.image = snapshot(image);
        this.altText = altText;
        this.appearance = appearanceMode;
    }

    private static Image snapshot(Image img) {
        return img != null && img.isMutable() ? Image.createImage(img) : img;
    }

    public Image getImage() {
        return image;
    }

    public void setImage(Image img) {
        image = snapshot(img);
        invalidate();
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String text) {
        altText = text;
        repaint();
    }

    public int getLayout() {
        return super.getLayout();
    }

    public void setLayout(int layout) {
        super.setLayout(layout);
    }

    public int getAppearanceMode() {
        return appearance;
    }

    private int inset() {
        return appearance == BUTTON ? 3 : 0;
    }

    int minContentWidth() {
        return prefContentWidth(-1);
    }

    int minContentHeight() {
        return prefContentHeight(-1);
    }

    int prefContentWidth(int height) {
        int w = image != null ? image.getWidth()
                : altText != null ? Ui.textFont().stringWidth(altText) : 0;
        return w + 2 * inset();
    }

    int prefContentHeight(int width) {
        int h = image != null ? image.getHeight() : altText != null ? Ui.textFont().getHeight() : 0;
        return h + 2 * inset();
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        int in = inset();
        if (appearance == BUTTON) {
            g.setColor(Ui.BUTTON);
            g.fillRect(0, 0, w, h);
            g.setColor(focused ? Ui.FOCUS : Ui.BORDER);
            g.drawRect(0, 0, w - 1, h - 1);
        }
        int align = getLayout() & 3;
        int cw = prefContentWidth(-1) - 2 * in;
        int x = align == LAYOUT_CENTER ? (w - cw) / 2 : align == LAYOUT_RIGHT ? w - cw - in : in;
        if (image != null) {
            g.drawImage(image, x, in, Graphics.TOP | Graphics.LEFT);
        } else if (altText != null) {
            g.setColor(appearance == HYPERLINK ? Ui.LINK : Ui.TEXT);
            g.drawString(altText, x, in, Graphics.TOP | Graphics.LEFT);
        }
        if (appearance == HYPERLINK) {
            g.setColor(Ui.LINK);
            g.drawLine(x, h - 1, x + cw - 1, h - 1);
        }
    }
}
