package javax.microedition.lcdui;

/** The screen Kava shows when an app cannot start or has failed: a title and wrapped text. */
final class SystemMessage extends Canvas {
    private final String heading;
    private final String text;

    SystemMessage(String heading, String text) {
        this.heading = heading;
        this.text = text;
        setFullScreenMode(true);
    }

    protected void paint(Graphics g) {
        int w = getWidth();
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, w, getHeight());
        Font bold = Font.getFont(Font.FACE_SYSTEM, Font.STYLE_BOLD, Font.SIZE_MEDIUM);
        g.setColor(0xB00020);
        g.setFont(bold);
        g.drawString(heading, 4, 4, Graphics.TOP | Graphics.LEFT);
        Font f = Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_SMALL);
        g.setFont(f);
        g.setColor(0);
        int y = 8 + bold.getHeight();
        java.util.Vector lines = wrap(text, f, w - 8);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString((String) lines.elementAt(i), 4, y, Graphics.TOP | Graphics.LEFT);
            y += f.getHeight();
        }
    }

    /** Break text into lines no wider than width, at spaces where possible. */
    static java.util.Vector wrap(String text, Font f, int width) {
        java.util.Vector lines = new java.util.Vector();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int lastSpace = -1;
            while (end < text.length() && text.charAt(end) != '\n'
                    && f.substringWidth(text, start, end + 1 - start) <= width) {
                if (text.charAt(end) == ' ') {
                    lastSpace = end;
                }
                end++;
            }
            if (end < text.length() && text.charAt(end) != '\n' && lastSpace > start) {
                end = lastSpace;
            }
            if (end == start && text.charAt(end) != '\n') {
                end++;                        // a single glyph wider than the line
            }
            lines.addElement(text.substring(start, end));
            start = end;
            if (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\n')) {
                start++;
            }
        }
        return lines;
    }
}
