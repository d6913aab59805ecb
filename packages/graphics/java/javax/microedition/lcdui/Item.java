package javax.microedition.lcdui;

/**
 * Something a Form (or an Alert, for its indicator Gauge) shows: a label above a value.
 * Kava draws the label in a small bold font, the value below it, and a frame behind the
 * item while it has the focus. Subclasses give their content sizes and paint the content;
 * sizes here include the label and the padding of the focus frame.
 */
public abstract class Item {
    public static final int LAYOUT_DEFAULT = 0;
    public static final int LAYOUT_LEFT = 1;
    public static final int LAYOUT_RIGHT = 2;
    public static final int LAYOUT_CENTER = 3;
    public static final int LAYOUT_TOP = 0x10;
    public static final int LAYOUT_BOTTOM = 0x20;
    public static final int LAYOUT_VCENTER = 0x30;
    public static final int LAYOUT_NEWLINE_BEFORE = 0x100;
    public static final int LAYOUT_NEWLINE_AFTER = 0x200;
    public static final int LAYOUT_SHRINK = 0x400;
    public static final int LAYOUT_EXPAND = 0x800;
    public static final int LAYOUT_VSHRINK = 0x1000;
    public static final int LAYOUT_VEXPAND = 0x2000;
    public static final int LAYOUT_2 = 0x4000;
    public static final int PLAIN = 0;
    public static final int HYPERLINK = 1;
    public static final int BUTTON = 2;

    private static final int LAYOUT_BITS = 0x7F33;

    private String label;
    private int layout;
    private final java.util.Vector commands = new java.util.Vector();
    private Command defaultCommand;
    private ItemCommandListener commandListener;
    private int lockedWidth = -1;
    private int lockedHeight = -1;

    /** The Form or Alert this item is in, or null. */
    Screen owner;
    /** Where the owner placed this item (owner's coordinates) and its size there. */
    int x;
    int y;
    int width;
    int height;

    Item(String label) {
        this.label = label;
    }

    // ---- MIDP API ---------------------------------------------------------------------

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        if (owner instanceof Alert) {
            throw new IllegalStateException("the item is an Alert's indicator");
        }
        this.label = label;
        invalidate();
    }

    public int getLayout() {
        return layout;
    }

    public void setLayout(int layout) {
        if ((layout & ~LAYOUT_BITS) != 0) {
            throw new IllegalArgumentException("invalid layout " + layout);
        }
        this.layout = layout;
        invalidate();
    }

    public void addCommand(Command cmd) {
        if (cmd == null) {
            throw new NullPointerException();
        }
        if (owner instanceof Alert) {
            throw new IllegalStateException("the item is an Alert's indicator");
        }
        if (!commands.contains(cmd)) {
            commands.addElement(cmd);
            commandsChanged();
        }
    }

    public void removeCommand(Command cmd) {
        if (commands.removeElement(cmd)) {
            if (cmd == defaultCommand) {
                defaultCommand = null;
            }
            commandsChanged();
        }
    }

    public void setItemCommandListener(ItemCommandListener l) {
        if (owner instanceof Alert) {
            throw new IllegalStateException("the item is an Alert's indicator");
        }
        commandListener = l;
    }

    public void setDefaultCommand(Command cmd) {
        if (cmd != null) {
            addCommand(cmd);
        }
        defaultCommand = cmd;
        commandsChanged();
    }

    public int getPreferredWidth() {
        int w = lockedWidth >= 0 ? lockedWidth : naturalWidth(lockedHeight);
        return Math.max(w, getMinimumWidth());
    }

    public int getPreferredHeight() {
        int h = lockedHeight >= 0 ? lockedHeight : naturalHeight(getPreferredWidth());
        return Math.max(h, getMinimumHeight());
    }

    public int getMinimumWidth() {
        return Math.min(Ui.formWidth(), minContentWidth() + 2 * Ui.PAD);
    }

    public int getMinimumHeight() {
        return minContentHeight() + labelHeight() + 2 * Ui.PAD;
    }

    public void setPreferredSize(int width, int height) {
        if (width < -1 || height < -1) {
            throw new IllegalArgumentException("invalid preferred size " + width + "x" + height);
        }
        if (owner instanceof Alert) {
            throw new IllegalStateException("the item is an Alert's indicator");
        }
        lockedWidth = width;
        lockedHeight = height;
        invalidate();
    }

    public void notifyStateChanged() {
        if (!(owner instanceof Form)) {
            throw new IllegalStateException("the item is not in a Form");
        }
        ((Form) owner).itemChanged(this);
    }

    // ---- sizes ----------------------------------------------------------------------------

    boolean sizeLocked() {
        return lockedWidth >= 0 || lockedHeight >= 0;
    }

    /** The preferred width when nothing is locked (given a height, or -1). */
    int naturalWidth(int height) {
        int labelW = label == null ? 0 : Ui.labelFont().stringWidth(label);
        int contentH = height < 0 ? -1 : Math.max(0, height - labelHeight() - 2 * Ui.PAD);
        int w = Math.max(labelW, prefContentWidth(contentH)) + 2 * Ui.PAD;
        return Math.min(w, Ui.formWidth());
    }

    /** The height the item needs at the given total width. */
    int naturalHeight(int width) {
        return prefContentHeight(Math.max(0, width - 2 * Ui.PAD)) + labelHeight() + 2 * Ui.PAD;
    }

    /** The height an owner should give this item at the given width. */
    int heightFor(int width) {
        int h = lockedHeight >= 0 ? lockedHeight : naturalHeight(width);
        return Math.max(h, getMinimumHeight());
    }

    int labelHeight() {
        return label == null || label.length() == 0 ? 0 : Ui.labelFont().getHeight() + 1;
    }

    abstract int minContentWidth();

    abstract int minContentHeight();

    /** The preferred content width (given a content height or -1). */
    abstract int prefContentWidth(int height);

    /** The preferred content height at the given content width. */
    abstract int prefContentHeight(int width);

    // ---- state the owner uses -------------------------------------------------------------

    java.util.Vector commands() {
        return commands;
    }

    Command defaultCommand() {
        return defaultCommand;
    }

    boolean isOwned() {
        return owner != null;
    }

    /** Whether the focus can stop here: interactive items, and items with commands. */
    boolean focusable() {
        return commands.size() > 0;
    }

    /** Deliver an item command to the item's listener. */
    void invokeCommand(Command c) {
        if (commandListener != null) {
            commandListener.commandAction(c, this);
        }
    }

    /** Tell the Form's ItemStateListener that the user changed this item. */
    void userChanged() {
        if (owner instanceof Form) {
            ((Form) owner).itemChanged(this);
        }
    }

    /** The item's size needs may have changed: the owner lays out again. */
    void invalidate() {
        if (owner instanceof Form) {
            ((Form) owner).relayout();
        } else if (owner != null) {
            owner.repaintContent();
        }
    }

    /** Only the item's pixels changed. */
    void repaint() {
        if (owner instanceof Form) {
            ((Form) owner).repaintItem(this);
        } else if (owner != null) {
            owner.repaintContent();
        }
    }

    private void commandsChanged() {
        if (owner instanceof Form) {
            ((Form) owner).itemCommandsChanged(this);
        }
    }

    boolean hasFocus() {
        return owner instanceof Form && ((Form) owner).focused() == this;
    }

    boolean ownerShown() {
        return owner != null && owner.isShown();
    }

    // ---- focus and keys (on the event thread) -------------------------------------------------

    /**
     * The focus arrives (first call) or an arrow key is pressed while focused. Returns true
     * if the item keeps the focus and moves inside itself (then visRect, in content
     * coordinates, is what to show), false to let the focus move on. This is CustomItem's
     * traversal protocol; built-in items use it for their elements and fields.
     */
    boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect) {
        return false;
    }

    void traverseOut() {
    }

    /** A key other than a traversal; true if the item used it. */
    boolean itemKeyPressed(int keyCode) {
        return false;
    }

    void itemKeyReleased(int keyCode) {
    }

    void itemKeyRepeated(int keyCode) {
        itemKeyPressed(keyCode);
    }

    /** A pointer event (Host.POINTER_*) at (x, y) of the content box. */
    void itemPointer(int type, int x, int y) {
    }

    void shown() {
    }

    void hidden() {
    }

    /** The size the owner gave this item's content (CustomItem reports it). */
    void sized(int contentWidth, int contentHeight) {
    }

    // ---- painting ---------------------------------------------------------------------------

    /** Paint the item in its w x h box at g's origin: frame, label, then the content. */
    void paint(Graphics g, int w, int h, boolean focused) {
        if (focused) {
            g.setColor(Ui.FOCUS_FILL);
            g.fillRoundRect(0, 0, w, h, 6, 6);
            g.setColor(Ui.FOCUS);
            g.drawRoundRect(0, 0, w - 1, h - 1, 6, 6);
        }
        int top = Ui.PAD;
        if (labelHeight() > 0) {
            g.setFont(Ui.labelFont());
            g.setColor(Ui.LABEL);
            Ui.clippedText(g, label, Ui.PAD, top, w - 2 * Ui.PAD);
            top += labelHeight();
        }
        int cw = w - 2 * Ui.PAD;
        int ch = h - top - Ui.PAD;
        g.translate(Ui.PAD, top);
        int cx = g.getClipX();
        int cy = g.getClipY();
        int cWidth = g.getClipWidth();
        int cHeight = g.getClipHeight();
        g.clipRect(0, 0, cw, ch);
        g.setFont(Ui.textFont());
        g.setColor(Ui.TEXT);
        paintContent(g, cw, ch, focused);
        g.setClip(cx, cy, cWidth, cHeight);
        g.translate(-Ui.PAD, -top);
    }

    /** The content's top-left inside the item's box. */
    int contentX() {
        return Ui.PAD;
    }

    int contentY() {
        return Ui.PAD + labelHeight();
    }

    abstract void paintContent(Graphics g, int w, int h, boolean focused);
}
