package javax.microedition.lcdui;

/**
 * The elements of a List or ChoiceGroup (text, image, font, selected flag) with the Choice
 * rules: IMPLICIT, EXCLUSIVE and POPUP choices have exactly one selected element whenever
 * they have any; MULTIPLE ones any number. Also paints one element as a row.
 */
final class ChoiceModel {
    private static final int MARK = 11;

    private final int type;
    private final java.util.Vector strings = new java.util.Vector();
    private final java.util.Vector images = new java.util.Vector();
    private final java.util.Vector fonts = new java.util.Vector();
    private final java.util.Vector flags = new java.util.Vector();
    private int fitPolicy = Choice.TEXT_WRAP_DEFAULT;

    ChoiceModel(int type) {
        this.type = type;
    }

    int type() {
        return type;
    }

    private boolean single() {
        return type != Choice.MULTIPLE;
    }

    void appendAll(String[] stringElements, Image[] imageElements) {
        if (stringElements == null) {
            throw new NullPointerException();
        }
        if (imageElements != null && imageElements.length != stringElements.length) {
            throw new IllegalArgumentException("images and strings differ in length");
        }
        for (int i = 0; i < stringElements.length; i++) {
            if (stringElements[i] == null) {
                throw new NullPointerException();
            }
        }
        for (int i = 0; i < stringElements.length; i++) {
            append(stringElements[i], imageElements == null ? null : imageElements[i]);
        }
    }

    // ---- the Choice interface ---------------------------------------------------------------

    int size() {
        return strings.size();
    }

    private void check(int i) {
        if (i < 0 || i >= strings.size()) {
            throw new IndexOutOfBoundsException("element " + i + " of " + strings.size());
        }
    }

    String getString(int i) {
        check(i);
        return (String) strings.elementAt(i);
    }

    Image getImage(int i) {
        check(i);
        return (Image) images.elementAt(i);
    }

    private static Image snapshot(Image img) {
        return img != null && img.isMutable() ? Image.createImage(img) : img;
    }

    int append(String s, Image img) {
        insert(strings.size(), s, img);
        return strings.size() - 1;
    }

    void insert(int i, String s, Image img) {
        if (i < 0 || i > strings.size()) {
            throw new IndexOutOfBoundsException("element " + i + " of " + strings.size());
        }
        if (s == null) {
            throw new NullPointerException();
        }
        boolean first = strings.size() == 0;
        strings.insertElementAt(s, i);
        images.insertElementAt(snapshot(img), i);
        fonts.insertElementAt(Font.getDefaultFont(), i);
        flags.insertElementAt(first && single() ? Boolean.TRUE : Boolean.FALSE, i);
    }

    void delete(int i) {
        check(i);
        boolean wasSelected = isSelected(i);
        strings.removeElementAt(i);
        images.removeElementAt(i);
        fonts.removeElementAt(i);
        flags.removeElementAt(i);
        if (wasSelected && single() && strings.size() > 0) {
            flags.setElementAt(Boolean.TRUE, Math.min(i, strings.size() - 1));
        }
    }

    void deleteAll() {
        strings.removeAllElements();
        images.removeAllElements();
        fonts.removeAllElements();
        flags.removeAllElements();
    }

    void set(int i, String s, Image img) {
        check(i);
        if (s == null) {
            throw new NullPointerException();
        }
        strings.setElementAt(s, i);
        images.setElementAt(snapshot(img), i);
    }

    boolean isSelected(int i) {
        check(i);
        return flags.elementAt(i) == Boolean.TRUE;
    }

    int getSelectedIndex() {
        if (!single()) {
            return -1;
        }
        for (int i = 0; i < flags.size(); i++) {
            if (flags.elementAt(i) == Boolean.TRUE) {
                return i;
            }
        }
        return -1;
    }

    int getSelectedFlags(boolean[] result) {
        if (result == null) {
            throw new NullPointerException();
        }
        if (result.length < strings.size()) {
            throw new IllegalArgumentException("array shorter than the " + strings.size() + " elements");
        }
        int count = 0;
        for (int i = 0; i < result.length; i++) {
            result[i] = i < flags.size() && flags.elementAt(i) == Boolean.TRUE;
            if (result[i]) {
                count++;
            }
        }
        return count;
    }

    void setSelectedIndex(int i, boolean selected) {
        check(i);
        if (single()) {
            if (selected) {
                for (int k = 0; k < flags.size(); k++) {
                    flags.setElementAt(k == i ? Boolean.TRUE : Boolean.FALSE, k);
                }
            }
        } else {
            flags.setElementAt(selected ? Boolean.TRUE : Boolean.FALSE, i);
        }
    }

    void setSelectedFlags(boolean[] selected) {
        if (selected == null) {
            throw new NullPointerException();
        }
        if (selected.length < strings.size()) {
            throw new IllegalArgumentException("array shorter than the " + strings.size() + " elements");
        }
        if (strings.size() == 0) {
            return;
        }
        if (single()) {
            int chosen = 0;
            for (int i = strings.size() - 1; i >= 0; i--) {
                if (selected[i]) {
                    chosen = i;
                }
            }
            setSelectedIndex(chosen, true);
        } else {
            for (int i = 0; i < strings.size(); i++) {
                flags.setElementAt(selected[i] ? Boolean.TRUE : Boolean.FALSE, i);
            }
        }
    }

    void setFitPolicy(int policy) {
        if (policy < Choice.TEXT_WRAP_DEFAULT || policy > Choice.TEXT_WRAP_OFF) {
            throw new IllegalArgumentException("invalid fit policy " + policy);
        }
        fitPolicy = policy;
    }

    int getFitPolicy() {
        return fitPolicy;
    }

    void setFont(int i, Font font) {
        check(i);
        fonts.setElementAt(font == null ? Font.getDefaultFont() : font, i);
    }

    Font getFont(int i) {
        check(i);
        return (Font) fonts.elementAt(i);
    }

    // ---- drawing ------------------------------------------------------------------------------

    /** Whether rows show a radio button or a check box. */
    private boolean marked(boolean popupOpen) {
        return type == Choice.EXCLUSIVE || type == Choice.MULTIPLE;
    }

    private int textX(int i, boolean marks) {
        int x = 3 + (marks ? MARK + 4 : 0);
        Image img = (Image) images.elementAt(i);
        return img == null ? x : x + img.getWidth() + 3;
    }

    private java.util.Vector lines(int i, int w, boolean marks) {
        Font f = (Font) fonts.elementAt(i);
        String s = (String) strings.elementAt(i);
        int room = Math.max(1, w - textX(i, marks) - 3);
        if (fitPolicy == Choice.TEXT_WRAP_ON) {
            java.util.Vector v = SystemMessage.wrap(s, f, room);
            if (v.size() == 0) {
                v.addElement("");
            }
            return v;
        }
        java.util.Vector v = new java.util.Vector();
        v.addElement(s);
        return v;
    }

    /** The height of element i drawn as a row w pixels wide. */
    int rowHeight(int i, int w) {
        Font f = (Font) fonts.elementAt(i);
        Image img = (Image) images.elementAt(i);
        int text = lines(i, w, marked(false)).size() * f.getHeight();
        int h = Math.max(text, Math.max(MARK, img == null ? 0 : img.getHeight()));
        return h + 4;
    }

    /** The width element i needs in one line. */
    int rowWidth(int i) {
        Font f = (Font) fonts.elementAt(i);
        return textX(i, marked(false)) + f.stringWidth((String) strings.elementAt(i)) + 3;
    }

    /** Paint element i as a row at (0, y) w wide; highlighted rows are drawn inverted. */
    void paintRow(Graphics g, int i, int y, int w, boolean highlighted) {
        int h = rowHeight(i, w);
        boolean marks = marked(false);
        if (highlighted) {
            g.setColor(Ui.FOCUS);
            g.fillRect(0, y, w, h);
        }
        int fg = highlighted ? Ui.SELECTED_TEXT : Ui.TEXT;
        int x = 3;
        if (marks) {
            int my = y + (h - MARK) / 2;
            g.setColor(highlighted ? Ui.SELECTED_TEXT : Ui.FIELD);
            if (type == Choice.EXCLUSIVE) {
                g.fillArc(x, my, MARK, MARK, 0, 360);
                g.setColor(highlighted ? Ui.FOCUS : Ui.BORDER);
                g.drawArc(x, my, MARK - 1, MARK - 1, 0, 360);
                if (isSelected(i)) {
                    g.setColor(Ui.TEXT);
                    g.fillArc(x + 3, my + 3, MARK - 6, MARK - 6, 0, 360);
                }
            } else {
                g.fillRect(x, my, MARK, MARK);
                g.setColor(highlighted ? Ui.FOCUS : Ui.BORDER);
                g.drawRect(x, my, MARK - 1, MARK - 1);
                if (isSelected(i)) {
                    g.setColor(Ui.TEXT);
                    g.drawLine(x + 2, my + 5, x + 4, my + 8);
                    g.drawLine(x + 4, my + 8, x + 8, my + 2);
                    g.drawLine(x + 2, my + 6, x + 4, my + 9);
                    g.drawLine(x + 4, my + 9, x + 8, my + 3);
                }
            }
            x += MARK + 4;
        }
        Image img = (Image) images.elementAt(i);
        if (img != null) {
            g.drawImage(img, x, y + (h - img.getHeight()) / 2, Graphics.TOP | Graphics.LEFT);
        }
        int tx = textX(i, marks);
        Font f = (Font) fonts.elementAt(i);
        g.setFont(f);
        g.setColor(fg);
        java.util.Vector lines = lines(i, w, marks);
        int ty = y + (h - lines.size() * f.getHeight()) / 2;
        for (int k = 0; k < lines.size(); k++) {
            Ui.clippedText(g, (String) lines.elementAt(k), tx, ty, w - tx - 3);
            ty += f.getHeight();
        }
    }
}
