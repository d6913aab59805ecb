package javax.microedition.lcdui;

/** Empty space of a minimum size between items; it never takes the focus or commands. */
public class Spacer extends Item {
    private int minWidth;
    private int minHeight;

    public Spacer(int minWidth, int minHeight) {
        super(null);
        setMinimumSize(minWidth, minHeight);
    }

    public void setMinimumSize(int minWidth, int minHeight) {
        if (minWidth < 0 || minHeight < 0) {
            throw new IllegalArgumentException("negative size " + minWidth + "x" + minHeight);
        }
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        invalidate();
    }

    public void addCommand(Command cmd) {
        throw new IllegalStateException("a Spacer has no commands");
    }

    public void setDefaultCommand(Command cmd) {
        throw new IllegalStateException("a Spacer has no commands");
    }

    public void setLabel(String label) {
        throw new IllegalStateException("a Spacer has no label");
    }

    public int getMinimumWidth() {
        return minWidth;
    }

    public int getMinimumHeight() {
        return minHeight;
    }

    int naturalWidth(int height) {
        return minWidth;
    }

    int naturalHeight(int width) {
        return minHeight;
    }

    int minContentWidth() {
        return 0;
    }

    int minContentHeight() {
        return 0;
    }

    int prefContentWidth(int height) {
        return 0;
    }

    int prefContentHeight(int width) {
        return 0;
    }

    void paint(Graphics g, int w, int h, boolean focused) {
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
    }
}
