package javax.microedition.lcdui;

/**
 * Editable text in a Form: one line in a box, scrolled sideways to keep the caret in view.
 * Typed with the phone keys (see TextEditor); LEFT/RIGHT move the caret; the input mode
 * ("abc", "Abc", "ABC", "123") shows at the box's right while it has the focus.
 */
public class TextField extends Item implements TextEditor.Client {
    public static final int ANY = 0;
    public static final int EMAILADDR = 1;
    public static final int NUMERIC = 2;
    public static final int PHONENUMBER = 3;
    public static final int URL = 4;
    public static final int DECIMAL = 5;
    public static final int PASSWORD = 0x10000;
    public static final int UNEDITABLE = 0x20000;
    public static final int SENSITIVE = 0x40000;
    public static final int NON_PREDICTIVE = 0x80000;
    public static final int INITIAL_CAPS_WORD = 0x100000;
    public static final int INITIAL_CAPS_SENTENCE = 0x200000;
    public static final int CONSTRAINT_MASK = 0xFFFF;

    private final TextEditor editor;

    public TextField(String label, String text, int maxSize, int constraints) {
        super(label);
        editor = new TextEditor(this, text, maxSize, constraints);
    }

    public String getString() {
        return editor.getString();
    }

    public int getChars(char[] data) {
        return editor.getChars(data);
    }

    public void setString(String text) {
        editor.setString(text);
    }

    public void setChars(char[] data, int offset, int length) {
        editor.setChars(data, offset, length);
    }

    public void insert(String src, int position) {
        editor.insert(src, position);
    }

    public void insert(char[] data, int offset, int length, int position) {
        editor.insert(data, offset, length, position);
    }

    public void delete(int offset, int length) {
        editor.delete(offset, length);
    }

    public int getMaxSize() {
        return editor.getMaxSize();
    }

    public int setMaxSize(int maxSize) {
        return editor.setMaxSize(maxSize);
    }

    public int size() {
        return editor.size();
    }

    public int getCaretPosition() {
        return editor.getCaretPosition();
    }

    public void setConstraints(int constraints) {
        editor.setConstraints(constraints);
    }

    public int getConstraints() {
        return editor.getConstraints();
    }

    public void setInitialInputMode(String characterSubset) {
        editor.setInitialInputMode(characterSubset);
    }

    // ---- TextEditor.Client --------------------------------------------------------------

    public void edited(boolean committed) {
        if (committed) {
            userChanged();
        }
    }

    public void redraw() {
        repaint();
    }

    // ---- Item ----------------------------------------------------------------------------

    boolean focusable() {
        return true;
    }

    private static int boxHeight() {
        return Ui.textFont().getHeight() + 4;
    }

    int minContentWidth() {
        return Ui.textFont().stringWidth("MMMMMM") + 6;
    }

    int minContentHeight() {
        return boxHeight();
    }

    int prefContentWidth(int height) {
        return Ui.formWidth() - 2 * Ui.PAD;
    }

    int prefContentHeight(int width) {
        return boxHeight();
    }

    boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect) {
        if (dir == Canvas.LEFT || dir == Canvas.RIGHT) {
            return editor.moveCaret(dir == Canvas.LEFT ? -1 : 1);
        }
        return false;
    }

    void traverseOut() {
        editor.commit();
    }

    boolean itemKeyPressed(int keyCode) {
        return editor.key(keyCode);
    }

    void hidden() {
        editor.commit();
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        paintBox(g, editor, 0, 0, w, boxHeight(), focused);
    }

    /** The text box of a TextField (also used for one-line TextBoxes). */
    static void paintBox(Graphics g, TextEditor editor, int x, int y, int w, int h, boolean focused) {
        Font f = Ui.textFont();
        boolean editable = editor.editable();
        g.setColor(editable ? Ui.FIELD : Ui.BACKGROUND);
        g.fillRect(x, y, w, h);
        g.setColor(focused ? Ui.FOCUS : Ui.BORDER);
        g.drawRect(x, y, w - 1, h - 1);
        int textRight = w - 3;
        if (focused && editable) {
            Font small = Ui.smallFont();
            String mode = editor.modeName();
            int mw = small.stringWidth(mode);
            g.setFont(small);
            g.setColor(Ui.DIM);
            g.drawString(mode, x + w - 3 - mw, y + (h - small.getHeight()) / 2, Graphics.TOP | Graphics.LEFT);
            textRight -= mw + 3;
        }
        String s = editor.shown();
        int caretX = f.substringWidth(s, 0, editor.caret());
        int room = textRight - 3;
        int shift = Math.max(0, caretX - room + 1);
        int cx = g.getClipX();
        int cy = g.getClipY();
        int cw = g.getClipWidth();
        int ch = g.getClipHeight();
        g.clipRect(x + 2, y + 1, room + 2, h - 2);
        int tx = x + 3 - shift;
        int ty = y + 2;
        int pending = editor.pendingIndex();
        if (pending >= 0) {
            int px = tx + f.substringWidth(s, 0, pending);
            g.setColor(Ui.FOCUS_FILL);
            g.fillRect(px, ty, f.charWidth(s.charAt(pending)), f.getHeight());
        }
        g.setFont(f);
        g.setColor(editable ? Ui.TEXT : Ui.DIM);
        g.drawString(s, tx, ty, Graphics.TOP | Graphics.LEFT);
        if (focused && editable) {
            g.setColor(Ui.FOCUS);
            g.drawLine(tx + caretX, ty, tx + caretX, ty + f.getHeight() - 1);
        }
        g.setClip(cx, cy, cw, ch);
    }
}
