package javax.microedition.lcdui;

/**
 * Read-only text, wrapped to the item's width. As a HYPERLINK it is drawn underlined in
 * the link color, as a BUTTON inside a raised box; either way it takes the focus only
 * when it has commands.
 */
public class StringItem extends Item {
    private String text;
    private final int appearance;
    private Font font;

    public StringItem(String label, String text) {
        this(label, text, PLAIN);
    }

    public StringItem(String label, String text, int appearanceMode) {
        super(label);
        if (appearanceMode < PLAIN || appearanceMode > BUTTON) {
            throw new IllegalArgumentException("invalid appearance mode " + appearanceMode);
        }
        this.text = text;
        this.appearance = appearanceMode;
        this.font = Font.getDefaultFont();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
        invalidate();
    }

    public int getAppearanceMode() {
        return appearance;
    }

    public Font getFont() {
        return font;
    }

    public void setFont(Font font) {
        this.font = font == null ? Font.getDefaultFont() : font;
        invalidate();
    }

    public void setPreferredSize(int width, int height) {
        super.setPreferredSize(width, height);
    }

    private int inset() {
        return appearance == BUTTON ? 4 : 0;
    }

    private String shownText() {
        return text == null ? "" : text;
    }

    int minContentWidth() {
        return Math.min(font.stringWidth(shownText()), font.stringWidth("MMMM")) + 2 * inset();
    }

    int minContentHeight() {
        return font.getHeight() + 2 * inset();
    }

    int prefContentWidth(int height) {
        int widest = 0;
        java.util.Vector lines = SystemMessage.wrap(shownText(), font, Ui.formWidth() - 2 * Ui.PAD - 2 * inset());
        for (int i = 0; i < lines.size(); i++) {
            widest = Math.max(widest, font.stringWidth((String) lines.elementAt(i)));
        }
        return widest + 2 * inset();
    }

    int prefContentHeight(int width) {
        int lines = SystemMessage.wrap(shownText(), font, Math.max(1, width - 2 * inset())).size();
        return Math.max(1, lines) * font.getHeight() + 2 * inset();
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        int in = inset();
        if (appearance == BUTTON) {
            g.setColor(Ui.BUTTON);
            g.fillRoundRect(0, 0, w, h, 6, 6);
            g.setColor(focused ? Ui.FOCUS : Ui.BORDER);
            g.drawRoundRect(0, 0, w - 1, h - 1, 6, 6);
        }
        g.setFont(font);
        g.setColor(appearance == HYPERLINK ? Ui.LINK : Ui.TEXT);
        java.util.Vector lines = SystemMessage.wrap(shownText(), font, Math.max(1, w - 2 * in));
        int y = in;
        for (int i = 0; i < lines.size(); i++) {
            String line = (String) lines.elementAt(i);
            int x = appearance == BUTTON ? (w - font.stringWidth(line)) / 2 : in;
            g.drawString(line, x, y, Graphics.TOP | Graphics.LEFT);
            if (appearance == HYPERLINK) {
                int base = y + font.getBaselinePosition() + 1;
                g.drawLine(x, base, x + font.stringWidth(line) - 1, base);
            }
            y += font.getHeight();
        }
    }
}
