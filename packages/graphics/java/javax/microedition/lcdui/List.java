package javax.microedition.lcdui;

/**
 * A screen of choices, one element a row. UP/DOWN move the highlight (scrolling as
 * needed); FIRE in an IMPLICIT list invokes its select command (SELECT_COMMAND unless the
 * app chose another or none), in an EXCLUSIVE list selects, in a MULTIPLE list toggles.
 */
public class List extends Screen implements Choice {
    public static final Command SELECT_COMMAND = new Command("", Command.SCREEN, 0);

    private final ChoiceModel model;
    private Command selectCommand = SELECT_COMMAND;
    private int cursor;
    private int scrollY;

    public List(String title, int listType) {
        if (listType != IMPLICIT && listType != EXCLUSIVE && listType != MULTIPLE) {
            throw new IllegalArgumentException("invalid list type " + listType);
        }
        model = new ChoiceModel(listType);
        setTitle(title);
    }

    public List(String title, int listType, String[] stringElements, Image[] imageElements) {
        this(title, listType);
        model.appendAll(stringElements, imageElements);
        syncCursor();
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
        repaintContent();
        return i;
    }

    public void insert(int elementNum, String stringPart, Image imagePart) {
        model.insert(elementNum, stringPart, imagePart);
        if (cursor >= elementNum && model.size() > 1) {
            cursor++;
        }
        repaintContent();
    }

    public void delete(int elementNum) {
        model.delete(elementNum);
        if (cursor > elementNum || cursor >= model.size()) {
            cursor = Math.max(0, cursor - 1);
        }
        syncCursor();
        repaintContent();
    }

    public void deleteAll() {
        model.deleteAll();
        cursor = 0;
        scrollY = 0;
        repaintContent();
    }

    public void set(int elementNum, String stringPart, Image imagePart) {
        model.set(elementNum, stringPart, imagePart);
        repaintContent();
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
        if (model.type() != MULTIPLE && selected) {
            cursor = elementNum;
        }
        repaintContent();
    }

    public void setSelectedFlags(boolean[] selectedArray) {
        model.setSelectedFlags(selectedArray);
        syncCursor();
        repaintContent();
    }

    public void setFitPolicy(int fitPolicy) {
        model.setFitPolicy(fitPolicy);
        repaintContent();
    }

    public int getFitPolicy() {
        return model.getFitPolicy();
    }

    public void setFont(int elementNum, Font font) {
        model.setFont(elementNum, font);
        repaintContent();
    }

    public Font getFont(int elementNum) {
        return model.getFont(elementNum);
    }

    public void setSelectCommand(Command command) {
        if (model.type() != IMPLICIT) {
            return;
        }
        if (command != null && command != SELECT_COMMAND) {
            addCommand(command);
        }
        selectCommand = command;
    }

    public void removeCommand(Command cmd) {
        if (cmd == selectCommand) {
            selectCommand = null;
        }
        super.removeCommand(cmd);
    }

    // ---- the screen ---------------------------------------------------------------------------

    /** In an IMPLICIT or EXCLUSIVE list the highlight starts on the selected element. */
    private void syncCursor() {
        int selected = model.getSelectedIndex();
        if (model.type() == IMPLICIT && selected >= 0) {
            cursor = selected;
        }
    }

    private int rowTop(int index, int width) {
        int y = 0;
        for (int i = 0; i < index; i++) {
            y += model.rowHeight(i, width);
        }
        return y;
    }

    private int rowWidth() {
        return getWidth() - Ui.SCROLLBAR;
    }

    private void showCursor() {
        int w = rowWidth();
        int top = rowTop(cursor, w);
        int bottom = top + model.rowHeight(cursor, w);
        int view = contentHeight();
        if (top < scrollY) {
            scrollY = top;
        } else if (bottom > scrollY + view) {
            scrollY = bottom - view;
        }
    }

    void uiShow() {
        syncCursor();
        if (model.size() > 0) {
            cursor = Math.min(cursor, model.size() - 1);
            showCursor();
        }
    }

    void screenKey(int keyCode, boolean repeated) {
        int n = model.size();
        int dir = Ui.direction(keyCode);
        if (n == 0) {
            return;
        }
        if (dir == Canvas.UP || dir == Canvas.DOWN) {
            int next = cursor + (dir == Canvas.UP ? -1 : 1);
            if (next < 0 || next >= n) {
                return;
            }
            cursor = next;
            if (model.type() == IMPLICIT) {
                model.setSelectedIndex(cursor, true);
            }
            showCursor();
            repaintContent();
        } else if (dir == Canvas.FIRE && !repeated) {
            activate();
        }
    }

    private void activate() {
        int type = model.type();
        if (type == MULTIPLE) {
            model.setSelectedIndex(cursor, !model.isSelected(cursor));
        } else {
            model.setSelectedIndex(cursor, true);
        }
        repaintContent();
        if (type == IMPLICIT && selectCommand != null) {
            invoke(selectCommand);
        }
    }

    void contentPointer(int type, int x, int y) {
        if (type != com.kava.midp.Host.POINTER_RELEASED) {
            return;
        }
        int w = rowWidth();
        int top = -scrollY;
        for (int i = 0; i < model.size(); i++) {
            int h = model.rowHeight(i, w);
            if (y >= top && y < top + h) {
                cursor = i;
                activate();
                return;
            }
            top += h;
        }
    }

    void paintScreen(Graphics g, int w, int h) {
        int rw = rowWidth();
        int y = -scrollY;
        int total = 0;
        for (int i = 0; i < model.size(); i++) {
            int rh = model.rowHeight(i, rw);
            if (y + rh > 0 && y < h) {
                model.paintRow(g, i, y, rw, i == cursor);
            }
            y += rh;
            total += rh;
        }
        Ui.scrollBar(g, w, h, scrollY, total);
    }
}
