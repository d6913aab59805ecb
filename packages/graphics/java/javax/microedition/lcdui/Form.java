package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * A screen of Items laid out in rows (see FormLayout). UP/DOWN move the focus between the
 * items that can take it (interactive items and items with commands), scrolling when the
 * next one is off screen; LEFT/RIGHT and other keys go to the focused item first; FIRE
 * activates it (or invokes its default command). The focused item's commands join the
 * left soft key's menu.
 */
public class Form extends Screen {
    private final java.util.Vector items = new java.util.Vector();
    private ItemStateListener stateListener;
    private int focus = -1;
    private int scrollY;
    private int totalHeight;
    private boolean laidOut;

    public Form(String title) {
        setTitle(title);
    }

    public Form(String title, Item[] items) {
        setTitle(title);
        if (items != null) {
            for (int i = 0; i < items.length; i++) {
                checkFree(items[i]);
            }
            for (int i = 0; i < items.length; i++) {
                append(items[i]);
            }
        }
    }

    // ---- MIDP API ---------------------------------------------------------------------

    public int append(Item item) {
        synchronized (Display.LOCK) {
            checkFree(item);
            adopt(item);
            items.addElement(item);
            relayout();
            return items.size() - 1;
        }
    }

    public int append(String str) {
        if (str == null) {
            throw new NullPointerException();
        }
        return append(new StringItem(null, str));
    }

    public int append(Image img) {
        if (img == null) {
            throw new NullPointerException();
        }
        return append(new ImageItem(null, img, Item.LAYOUT_DEFAULT, null));
    }

    public void insert(int itemNum, Item item) {
        synchronized (Display.LOCK) {
            if (itemNum < 0 || itemNum > items.size()) {
                throw new IndexOutOfBoundsException("item " + itemNum + " of " + items.size());
            }
            checkFree(item);
            adopt(item);
            items.insertElementAt(item, itemNum);
            if (focus >= itemNum) {
                focus++;
            }
            relayout();
        }
    }

    public void delete(int itemNum) {
        synchronized (Display.LOCK) {
            Item item = get(itemNum);
            release(item);
            items.removeElementAt(itemNum);
            if (focus == itemNum) {
                focus = -1;
                if (isShown()) {
                    focusFirstVisible();
                }
            } else if (focus > itemNum) {
                focus--;
            }
            relayout();
        }
    }

    public void deleteAll() {
        synchronized (Display.LOCK) {
            for (int i = 0; i < items.size(); i++) {
                release((Item) items.elementAt(i));
            }
            items.removeAllElements();
            focus = -1;
            scrollY = 0;
            relayout();
        }
    }

    public void set(int itemNum, Item item) {
        synchronized (Display.LOCK) {
            Item old = get(itemNum);
            checkFree(item);
            release(old);
            adopt(item);
            items.setElementAt(item, itemNum);
            if (focus == itemNum) {
                focus = -1;
            }
            relayout();
        }
    }

    public Item get(int itemNum) {
        if (itemNum < 0 || itemNum >= items.size()) {
            throw new IndexOutOfBoundsException("item " + itemNum + " of " + items.size());
        }
        return (Item) items.elementAt(itemNum);
    }

    public void setItemStateListener(ItemStateListener iListener) {
        stateListener = iListener;
    }

    public int size() {
        return items.size();
    }

    public int getWidth() {
        return Ui.formWidth();
    }

    // ---- ownership ---------------------------------------------------------------------

    private static void checkFree(Item item) {
        if (item == null) {
            throw new NullPointerException();
        }
        if (item.isOwned()) {
            throw new IllegalStateException("the item is already in a Form or an Alert");
        }
    }

    private void adopt(Item item) {
        item.owner = this;
        if (isShown()) {
            item.shown();
        }
    }

    private void release(Item item) {
        if (isShown()) {
            item.hidden();
        }
        if (focused() == item) {
            item.traverseOut();
        }
        item.owner = null;
    }

    // ---- what items call --------------------------------------------------------------------

    Item focused() {
        return focus >= 0 && focus < items.size() ? (Item) items.elementAt(focus) : null;
    }

    void itemChanged(Item item) {
        if (stateListener != null) {
            stateListener.itemStateChanged(item);
        }
    }

    void relayout() {
        laidOut = false;
        repaintAll();
    }

    void repaintItem(Item item) {
        if (isShown()) {
            repaintContent(item.x, item.y - scrollY, item.width, item.height);
        }
    }

    /** An item changed its size while focused (a popup opened): lay out and show it. */
    void reveal(Item item) {
        ensureLayout();
        if (items.contains(item)) {
            scrollToShow(item, null);
        }
    }

    void repaintItemArea(Item item, int x, int y, int w, int h) {
        if (isShown()) {
            repaintContent(item.x + x, item.y - scrollY + y, w, h);
        }
    }

    void itemCommandsChanged(Item item) {
        if (item == focused()) {
            repaintAll();
        }
        relayout();
    }

    /** Display.setCurrentItem: focus the item and scroll to it. */
    void focusItem(Item item) {
        int index = items.indexOf(item);
        ensureLayout();
        if (index >= 0 && item.focusable()) {
            moveFocus(index, CustomItem.NONE);
        } else if (index >= 0) {
            scrollToShow(item, null);
        }
    }

    private void repaintAll() {
        repaintIfShown(0, 0, Host.screenWidth(), Host.screenHeight());
    }

    // ---- layout and scrolling ---------------------------------------------------------------

    private void ensureLayout() {
        if (!laidOut) {
            laidOut = true;
            totalHeight = FormLayout.layout(items, Host.screenWidth());
            clampScroll();
        }
    }

    private int viewHeight() {
        return contentHeight();
    }

    private void clampScroll() {
        scrollY = Math.max(0, Math.min(scrollY, totalHeight - viewHeight()));
    }

    /** Scroll so that item (and within it vis, content coordinates, if given) is in view. */
    private void scrollToShow(Item item, int[] vis) {
        int view = viewHeight();
        int old = scrollY;
        if (item.height <= view) {
            if (item.y < scrollY) {
                scrollY = item.y - Ui.MARGIN;
            } else if (item.y + item.height > scrollY + view) {
                scrollY = item.y + item.height + Ui.MARGIN - view;
            }
        } else if (item.y > scrollY || item.y + item.height < scrollY + view) {
            scrollY = item.y;
        }
        if (vis != null) {
            int top = item.y + item.contentY() + vis[1];
            int bottom = top + vis[3];
            if (top < scrollY) {
                scrollY = top;
            } else if (bottom > scrollY + view) {
                scrollY = bottom - view;
            }
        }
        clampScroll();
        if (scrollY != old) {
            repaintContent();
        }
    }

    private void scrollBy(int dy) {
        int old = scrollY;
        scrollY += dy;
        clampScroll();
        if (scrollY != old) {
            repaintContent();
        }
    }

    // ---- focus ---------------------------------------------------------------------------------

    private int[] fullRect(Item item) {
        return new int[] {0, 0, item.width - 2 * Ui.PAD, item.height - item.contentY() - Ui.PAD};
    }

    private void moveFocus(int index, int dir) {
        Item old = focused();
        if (old != null) {
            old.traverseOut();
        }
        focus = index;
        Item item = (Item) items.elementAt(index);
        int[] vis = fullRect(item);
        item.traverse(dir, Ui.formWidth(), viewHeight(), vis);
        scrollToShow(item, vis);
        repaintAll();                         // the soft keys may show the item's commands
    }

    private void focusFirstVisible() {
        ensureLayout();
        for (int i = 0; i < items.size(); i++) {
            Item item = (Item) items.elementAt(i);
            if (item.focusable() && item.y < scrollY + viewHeight() && item.y + item.height > scrollY) {
                moveFocus(i, CustomItem.NONE);
                return;
            }
        }
    }

    private int nextFocusable(int from, int step) {
        for (int i = from + step; i >= 0 && i < items.size(); i += step) {
            if (((Item) items.elementAt(i)).focusable()) {
                return i;
            }
        }
        return -1;
    }

    private void traverseKey(int dir) {
        ensureLayout();
        Item f = focused();
        if (f != null && !f.focusable()) {
            f.traverseOut();
            focus = -1;
            f = null;
        }
        if (f != null) {
            int[] vis = fullRect(f);
            if (f.traverse(dir, Ui.formWidth(), viewHeight(), vis)) {
                scrollToShow(f, vis);
                repaintItem(f);
                return;
            }
        }
        int view = viewHeight();
        int step = Math.max(view - Ui.textFont().getHeight() * 2, view / 2);
        if (dir == Canvas.LEFT || dir == Canvas.RIGHT) {
            int next = nextFocusable(focus, dir == Canvas.LEFT ? -1 : 1);
            if (f != null && next >= 0 && ((Item) items.elementAt(next)).y == f.y) {
                moveFocus(next, dir);           // a neighbour in the same row
            }
            return;
        }
        boolean down = dir == Canvas.DOWN;
        if (f != null && (down ? f.y + f.height > scrollY + view : f.y < scrollY)) {
            scrollBy(down ? step : -step);    // a tall item: show the rest of it first
            return;
        }
        int next = nextFocusable(focus, down ? 1 : -1);
        if (next >= 0) {
            Item n = (Item) items.elementAt(next);
            boolean near = down ? n.y < scrollY + view + step : n.y + n.height > scrollY - step;
            if (near) {
                moveFocus(next, dir);
                return;
            }
        }
        scrollBy(down ? step : -step);
    }

    // ---- events ----------------------------------------------------------------------------------

    void uiShow() {
        ensureLayout();
        for (int i = 0; i < items.size(); i++) {
            ((Item) items.elementAt(i)).shown();
        }
        if (focused() == null) {
            focusFirstVisible();
        }
    }

    void uiHide() {
        super.uiHide();
        for (int i = 0; i < items.size(); i++) {
            ((Item) items.elementAt(i)).hidden();
        }
    }

    void contentKey(int type, int keyCode) {
        ensureLayout();
        Item f = focused();
        if (type == Host.KEY_RELEASED) {
            if (f != null) {
                f.itemKeyReleased(keyCode);
            }
            return;
        }
        int dir = Ui.direction(keyCode);
        if (dir != 0 && dir != Canvas.FIRE) {
            traverseKey(dir);
            return;
        }
        if (f == null) {
            return;
        }
        boolean used;
        if (type == Host.KEY_REPEATED) {
            f.itemKeyRepeated(keyCode);
            used = true;
        } else {
            used = f.itemKeyPressed(keyCode);
        }
        if (!used && dir == Canvas.FIRE && f.defaultCommand() != null) {
            f.invokeCommand(f.defaultCommand());
        }
    }

    void contentPointer(int type, int px, int py) {
        ensureLayout();
        int fy = py + scrollY;
        for (int i = 0; i < items.size(); i++) {
            Item item = (Item) items.elementAt(i);
            if (px >= item.x && px < item.x + item.width && fy >= item.y && fy < item.y + item.height) {
                if (type == Host.POINTER_PRESSED && item.focusable() && i != focus) {
                    moveFocus(i, CustomItem.NONE);
                }
                int ix = px - item.x - item.contentX();
                int iy = fy - item.y - item.contentY();
                item.itemPointer(type, ix, iy);
                return;
            }
        }
    }

    java.util.Vector menuCommands() {
        java.util.Vector v = super.menuCommands();
        Item f = focused();
        if (f != null) {
            java.util.Vector own = f.commands();
            for (int i = 0; i < own.size(); i++) {
                if (!v.contains(own.elementAt(i))) {
                    v.insertElementAt(own.elementAt(i), i);
                }
            }
        }
        return v;
    }

    void invoke(Command c) {
        Item f = focused();
        if (f != null && f.commands().contains(c)) {
            f.invokeCommand(c);
        } else {
            super.invoke(c);
        }
    }

    // ---- painting ------------------------------------------------------------------------------

    void paintScreen(Graphics g, int w, int h) {
        ensureLayout();
        Item f = focused();
        for (int i = 0; i < items.size(); i++) {
            Item item = (Item) items.elementAt(i);
            int top = item.y - scrollY;
            if (top >= h || top + item.height <= 0) {
                continue;
            }
            g.translate(item.x, top);
            item.paint(g, item.width, item.height, item == f);
            g.translate(-item.x, -top);
        }
        Ui.scrollBar(g, w, h, scrollY, totalHeight);
    }
}
