package javax.microedition.lcdui;

/**
 * Text that scrolls right to left across a line at the top of a Displayable: STEP pixels
 * every PERIOD ms of VM time, repainting only the ticker line, and only while a
 * Displayable showing it is on the screen. The text starts at the left edge; once it has
 * left the line it comes back in from the right.
 */
public class Ticker {
    static final int PERIOD = 50;
    static final int STEP = 2;
    private static final int START = 2;

    private String text;
    private int offset;               // pixels scrolled since the text was at START
    private java.util.TimerTask animation;
    private Displayable shownOn;

    public Ticker(String str) {
        if (str == null) {
            throw new NullPointerException();
        }
        text = str;
    }

    public void setString(String str) {
        if (str == null) {
            throw new NullPointerException();
        }
        text = str;
        offset = 0;
        repaint();
    }

    public String getString() {
        return text;
    }

    /** Called by the Displayable's chrome painter (g's color and font are set). */
    void paint(Graphics g, Displayable d, int y, int w, int h) {
        Font f = g.getFont();
        int textWidth = f.stringWidth(text);
        int cycle = w + textWidth;
        int x = START - offset;
        if (x + textWidth <= 0) {
            x = w - ((offset - START - textWidth) % cycle);
        }
        g.setClip(0, y, w, h);
        g.drawString(text, x, y + 2, Graphics.TOP | Graphics.LEFT);
        shownOn = d;
        if (animation == null) {
            animation = Ui.every(new Runnable() {
                public void run() {
                    step();
                }
            }, PERIOD);
        }
    }

    private void step() {
        Displayable d = shownOn;
        if (d == null || !d.isShown() || d.getTicker() != this || d.tickerHeight() == 0) {
            if (animation != null) {
                animation.cancel();
                animation = null;
            }
            return;
        }
        offset += STEP;
        repaint();
    }

    private void repaint() {
        Displayable d = shownOn;
        if (d != null && d.tickerHeight() > 0) {
            d.repaintIfShown(0, d.titleHeight(), d.getWidth(), d.tickerHeight());
        }
    }
}
