package javax.microedition.lcdui;

/**
 * Choices inside a Form. EXCLUSIVE (radio buttons) and MULTIPLE (check boxes) show every
 * element; UP/DOWN move a cursor through them before the focus leaves the group, FIRE
 * selects (or toggles) the element under it. POPUP shows the selected element with an
 * arrow; FIRE opens the element list in place, UP/DOWN pick, FIRE chooses and closes.
 */
public class ChoiceGroup extends Item implements Choice {
    private final ChoiceModel model;
    private int cursor;
    private boolean entered;
    private boolean open;

    public ChoiceGroup(String label, int choiceType) {
        super(label);
        if (choiceType != EXCLUSIVE && choiceType != MULTIPLE && choiceType != POPUP) {
            throw new IllegalArgumentException("invalid choice type " + choiceType);
        }
        model = new ChoiceModel(choiceType);
    }

    public ChoiceGroup(String label, int choiceType, String[] stringElements, Image[] imageElements) {
        this(label, choiceType);
        model.appendAll(stringElements, imageElements);
    }

    public int size() {
        return model.size();
    }

    public String getString(int elementNum) {
        return model.getString(elementNum);
    }

    public Image getImage(int elementNum) {
        return model.getImage(elementNum);
    }

    public int append(String stringPart, Image imagePart) {
        int i = model.append(stringPart, imagePart);
        invalidate();
        return i;
    }

    public void insert(int elementNum, String stringPart, Image imagePart) {
        model.insert(elementNum, stringPart, imagePart);
        if (cursor >= elementNum && model.size() > 1) {
            cursor++;
        }
        invalidate();
    }

    public void delete(int elementNum) {
        model.delete(elementNum);
        cursor = Math.max(0, Math.min(cursor, model.size() - 1));
        invalidate();
    }

    public void deleteAll() {
        model.deleteAll();
        cursor = 0;
        open = false;
        invalidate();
    }

    public void set(int elementNum, String stringPart, Image imagePart) {
        model.set(elementNum, stringPart, imagePart);
        invalidate();
    }

    public boolean isSelected(int elementNum) {
        return model.isSelected(elementNum);
    }

    public int getSelectedIndex() {
        return model.getSelectedIndex();
    }

    public int getSelectedFlags(boolean[] selectedArray_return) {
        return model.getSelectedFlags(selectedArray_return);
    }

    public void setSelectedIndex(int elementNum, boolean selected) {
        model.setSelectedIndex(elementNum, selected);
        repaint();
    }

    public void setSelectedFlags(boolean[] selectedArray) {
        model.setSelectedFlags(selectedArray);
        repaint();
    }

    public void setFitPolicy(int fitPolicy) {
        model.setFitPolicy(fitPolicy);
        invalidate();
    }

    public int getFitPolicy() {
        return model.getFitPolicy();
    }

    public void setFont(int elementNum, Font font) {
        model.setFont(elementNum, font);
        invalidate();
    }

    public Font getFont(int elementNum) {
        return model.getFont(elementNum);
    }

    // ---- Item -----------------------------------------------------------------------------

    private boolean popup() {
        return model.type() == POPUP;
    }

    /** Whether every element is drawn as a row (not a closed popup). */
    private boolean expanded() {
        return !popup() || open;
    }

    boolean focusable() {
        return model.size() > 0 || super.focusable();
    }

    int minContentWidth() {
        return Ui.textFont().stringWidth("MMMM") + 24;
    }

    int minContentHeight() {
        return Ui.textFont().getHeight() + 4;
    }

    int prefContentWidth(int height) {
        int w = minContentWidth();
        for (int i = 0; i < model.size(); i++) {
            w = Math.max(w, model.rowWidth(i) + (popup() ? 22 : 0));
        }
        return Math.min(w, Ui.formWidth() - 2 * Ui.PAD);
    }

    int prefContentHeight(int width) {
        if (!expanded()) {
            int selected = model.getSelectedIndex();
            return selected < 0 ? minContentHeight() : model.rowHeight(selected, width) + 2;
        }
        int h = 0;
        for (int i = 0; i < model.size(); i++) {
            h += model.rowHeight(i, width);
        }
        return Math.max(h, minContentHeight()) + (popup() ? 2 : 0);
    }

    private int rowTop(int index, int width) {
        int y = popup() ? 1 : 0;
        for (int i = 0; i < index; i++) {
            y += model.rowHeight(i, width);
        }
        return y;
    }

    boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect) {
        int n = model.size();
        if (n == 0) {
            return false;
        }
        if (!entered) {
            entered = true;
            if (!popup()) {
                cursor = dir == Canvas.UP ? n - 1 : 0;
            }
        } else if (dir == Canvas.UP || dir == Canvas.DOWN) {
            if (!expanded()) {
                return false;
            }
            int next = cursor + (dir == Canvas.UP ? -1 : 1);
            if (next < 0 || next >= n) {
                return open;                  // an open popup keeps the focus
            }
            cursor = next;
        } else {
            return false;
        }
        if (expanded()) {
            int width = visRect[2];
            visRect[1] = rowTop(cursor, width);
            visRect[3] = model.rowHeight(cursor, width);
        }
        repaint();
        return true;
    }

    void traverseOut() {
        entered = false;
        if (open) {
            open = false;
            invalidate();
        }
    }

    boolean itemKeyPressed(int keyCode) {
        if (Ui.direction(keyCode) != Canvas.FIRE || model.size() == 0) {
            return false;
        }
        if (popup()) {
            if (!open) {
                open = true;
                cursor = Math.max(0, model.getSelectedIndex());
                invalidate();
                if (owner instanceof Form) {
                    ((Form) owner).reveal(this);
                }
                return true;
            }
            open = false;
            boolean changed = !model.isSelected(cursor);
            model.setSelectedIndex(cursor, true);
            invalidate();
            if (changed) {
                userChanged();
            }
            return true;
        }
        if (model.type() == MULTIPLE) {
            model.setSelectedIndex(cursor, !model.isSelected(cursor));
        } else if (model.isSelected(cursor)) {
            return true;
        } else {
            model.setSelectedIndex(cursor, true);
        }
        repaint();
        userChanged();
        return true;
    }

    void itemPointer(int type, int x, int y) {
        if (type != com.kava.midp.Host.POINTER_RELEASED || !expanded()) {
            return;
        }
        int rowWidth = this.width - 2 * Ui.PAD;
        for (int i = 0; i < model.size(); i++) {
            int top = rowTop(i, rowWidth);
            if (y >= top && y < top + model.rowHeight(i, rowWidth)) {
                cursor = i;
                entered = true;
                itemKeyPressed(com.kava.midp.Host.keyCode(com.kava.midp.Host.KEY_FIRE));
                return;
            }
        }
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        if (!expanded()) {
            g.setColor(Ui.FIELD);
            g.fillRect(0, 0, w, h);
            g.setColor(focused ? Ui.FOCUS : Ui.BORDER);
            g.drawRect(0, 0, w - 1, h - 1);
            int selected = model.getSelectedIndex();
            if (selected >= 0) {
                g.translate(1, 0);
                model.paintRow(g, selected, 1, w - 16, false);
                g.translate(-1, 0);
            }
            g.setColor(focused ? Ui.FOCUS : Ui.DIM);
            Ui.downArrow(g, w - 12, h / 2 - 2, 8);
            return;
        }
        if (popup()) {
            g.setColor(Ui.FIELD);
            g.fillRect(0, 0, w, h);
            g.setColor(Ui.FOCUS);
            g.drawRect(0, 0, w - 1, h - 1);
        }
        int y = popup() ? 1 : 0;
        int inset = popup() ? 1 : 0;
        for (int i = 0; i < model.size(); i++) {
            g.translate(inset, 0);
            model.paintRow(g, i, y, w - 2 * inset, focused && entered && i == cursor);
            g.translate(-inset, 0);
            y += model.rowHeight(i, w);
        }
    }
}
