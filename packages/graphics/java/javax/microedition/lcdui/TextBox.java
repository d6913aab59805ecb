package javax.microedition.lcdui;

/**
 * A screen for entering text: the whole content area is a box of wrapped lines. Keys as in
 * a TextField (see TextEditor); LEFT/RIGHT move the caret by a character, UP/DOWN by a line.
 */
public class TextBox extends Screen implements TextEditor.Client {
    private final TextEditor editor;
    private int scrollLine;

    public TextBox(String title, String text, int maxSize, int constraints) {
        editor = new TextEditor(this, text, maxSize, constraints);
        setTitle(title);
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
    }

    public void redraw() {
        repaintContent();
    }

    // ---- the screen -----------------------------------------------------------------------

    private static final int INSET = 3;

    private int textWidth() {
        return getWidth() - 2 * INSET - 2;
    }

    private int lineOf(int[] starts, int offset) {
        int line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset) {
            line++;
        }
        return line;
    }

    void screenKey(int keyCode, boolean repeated) {
        int dir = Ui.direction(keyCode);
        if (dir == Canvas.LEFT || dir == Canvas.RIGHT) {
            editor.moveCaret(dir == Canvas.LEFT ? -1 : 1);
        } else if (dir == Canvas.UP || dir == Canvas.DOWN) {
            editor.commit();
            Font f = Ui.textFont();
            String s = editor.shown();
            int[] starts = TextEditor.lineStarts(s, f, textWidth());
            int line = lineOf(starts, editor.caret());
            int target = line + (dir == Canvas.UP ? -1 : 1);
            if (target >= 0 && target < starts.length) {
                int column = editor.caret() - starts[line];
                int end = target + 1 < starts.length ? starts[target + 1] : s.length();
                editor.setCaret(Math.min(starts[target] + column, Math.max(starts[target], end
                        - (target + 1 < starts.length ? 1 : 0))));
            }
        } else {
            editor.key(keyCode);
        }
    }

    void uiHide() {
        super.uiHide();
        editor.commit();
    }

    void paintScreen(Graphics g, int w, int h) {
        Font f = Ui.textFont();
        boolean editable = editor.editable();
        g.setColor(Ui.FOCUS);
        g.drawRect(0, 0, w - 1, h - 1);
        String s = editor.shown();
        int[] starts = TextEditor.lineStarts(s, f, textWidth());
        int lineHeight = f.getHeight();
        int visible = Math.max(1, (h - 2 * INSET - lineHeight) / lineHeight);
        int caretLine = lineOf(starts, editor.caret());
        if (caretLine < scrollLine) {
            scrollLine = caretLine;
        } else if (caretLine >= scrollLine + visible) {
            scrollLine = caretLine - visible + 1;
        }
        int pending = editor.pendingIndex();
        g.setFont(f);
        for (int line = scrollLine; line < starts.length && line < scrollLine + visible; line++) {
            int start = starts[line];
            int end = line + 1 < starts.length ? starts[line + 1] : s.length();
            int y = INSET + (line - scrollLine) * lineHeight;
            if (pending >= start && pending < end) {
                g.setColor(Ui.FOCUS_FILL);
                g.fillRect(INSET + f.substringWidth(s, start, pending - start), y,
                        f.charWidth(s.charAt(pending)), lineHeight);
            }
            g.setColor(editable ? Ui.TEXT : Ui.DIM);
            String text = s.substring(start, end);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            g.drawString(text, INSET, y, Graphics.TOP | Graphics.LEFT);
            if (editable && line == caretLine) {
                int cx = INSET + f.substringWidth(s, start, editor.caret() - start);
                g.setColor(Ui.FOCUS);
                g.drawLine(cx, y, cx, y + lineHeight - 1);
            }
        }
        Font small = Ui.smallFont();
        g.setFont(small);
        g.setColor(Ui.DIM);
        String status = (editable ? editor.modeName() + "  " : "") + editor.size() + "/" + editor.getMaxSize();
        g.drawString(status, w - INSET, h - 2, Graphics.BOTTOM | Graphics.RIGHT);
    }
}
