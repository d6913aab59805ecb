package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * Something the Display can show: a Canvas or a Screen. Besides the MIDP API, it owns
 * the chrome Kava draws around the content: the title bar (Screens), the ticker, and the
 * command bar mapping Commands to the two soft keys (left: the one positive command or a
 * menu of them; right: the first BACK/CANCEL/EXIT/STOP command), with its pop-up menu.
 */
public abstract class Displayable {
    static final int BAR_BACKGROUND = 0x303030;
    static final int BAR_TEXT = 0xFFFFFF;
    static final int TITLE_BACKGROUND = 0x1F4E79;
    static final int MENU_BACKGROUND = 0xFFFFFF;
    static final int MENU_TEXT = 0x000000;
    static final int MENU_SELECTED = 0x1F4E79;

    Display display;                        // set while this is the current displayable
    private String title;
    private Ticker ticker;
    private final java.util.Vector commands = new java.util.Vector();
    private CommandListener listener;
    private boolean menuOpen;
    private int menuSelection;

    Displayable() {
    }

    // ---- MIDP API ---------------------------------------------------------------------

    public String getTitle() {
        return title;
    }

    public void setTitle(String s) {
        title = s;
        chromeChanged();
    }

    public Ticker getTicker() {
        return ticker;
    }

    public void setTicker(Ticker t) {
        ticker = t;
        chromeChanged();
    }

    public boolean isShown() {
        Display d = display;          // read once: another thread may hide this meanwhile
        return d != null && d.getCurrent() == this;
    }

    public void addCommand(Command cmd) {
        if (cmd == null) {
            throw new NullPointerException();
        }
        if (!commands.contains(cmd)) {
            // kept in priority order; equal priorities keep the order they were added in
            int at = commands.size();
            while (at > 0 && ((Command) commands.elementAt(at - 1)).getPriority() > cmd.getPriority()) {
                at--;
            }
            commands.insertElementAt(cmd, at);
            chromeChanged();
        }
    }

    public void removeCommand(Command cmd) {
        if (commands.removeElement(cmd)) {
            menuOpen = false;
            chromeChanged();
        }
    }

    public void setCommandListener(CommandListener l) {
        listener = l;
    }

    public int getWidth() {
        return Host.screenWidth();
    }

    public int getHeight() {
        return contentHeight();
    }

    protected void sizeChanged(int w, int h) {
    }

    // ---- layout -------------------------------------------------------------------------

    static Font barFont() {
        return Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_SMALL);
    }

    static int barHeight() {
        return barFont().getHeight() + 4;
    }

    /** Whether the title bar, ticker and command bar are shown (a full-screen Canvas hides them). */
    boolean showsChrome() {
        return true;
    }

    /** Screens show their title; a Canvas does not. */
    boolean showsTitle() {
        return true;
    }

    int titleHeight() {
        return showsChrome() && showsTitle() && title != null ? barHeight() : 0;
    }

    int tickerHeight() {
        return showsChrome() && ticker != null ? barHeight() : 0;
    }

    int contentTop() {
        return titleHeight() + tickerHeight();
    }

    int contentHeight() {
        int bottom = showsChrome() ? barHeight() : 0;
        return Host.screenHeight() - contentTop() - bottom;
    }

    private void chromeChanged() {
        repaintIfShown(0, 0, Host.screenWidth(), Host.screenHeight());
    }

    /**
     * Ask for the absolute screen region to be painted, if this is shown. Safe from any
     * thread: display is read once, as the event thread may hide this at any time.
     */
    void repaintIfShown(int x, int y, int w, int h) {
        Display d = display;
        if (d != null && d.getCurrent() == this) {
            d.requestRepaint(x, y, w, h);
        }
    }

    // ---- what the Display calls (on the event thread) --------------------------------------

    void uiShow() {
    }

    void uiHide() {
        menuOpen = false;
    }

    /** Paint the content area (absolute rectangle (x, y, w, h)) through g. */
    abstract void paintContent(Graphics g, int x, int y, int w, int h);

    /** A key the chrome did not take. */
    void contentKey(int type, int keyCode) {
    }

    /** A pointer event inside the content area, in content coordinates. */
    void contentPointer(int type, int x, int y) {
    }

    /** Paint everything: content, then chrome over it. */
    final void uiPaint(Graphics g) {
        int w = Host.screenWidth();
        int top = contentTop();
        paintContent(g, 0, top, w, contentHeight());
        g.reset(0, 0, w, Host.screenHeight());
        paintChrome(g, w, Host.screenHeight());
    }

    void paintChrome(Graphics g, int w, int h) {
        Font f = barFont();
        g.setFont(f);
        if (titleHeight() > 0) {
            g.setColor(TITLE_BACKGROUND);
            g.fillRect(0, 0, w, titleHeight());
            g.setColor(BAR_TEXT);
            g.drawString(title, 2, 2, Graphics.TOP | Graphics.LEFT);
        }
        if (tickerHeight() > 0) {
            int y = titleHeight();
            g.setColor(BAR_BACKGROUND);
            g.fillRect(0, y, w, tickerHeight());
            g.setColor(BAR_TEXT);
            ticker.paint(g, this, y, w, tickerHeight());
            g.setClip(0, 0, w, h);
        }
        if (!showsChrome()) {
            if (menuOpen) {
                paintMenu(g, w, h);
            }
            return;
        }
        int bar = barHeight();
        g.setColor(BAR_BACKGROUND);
        g.fillRect(0, h - bar, w, bar);
        g.setColor(BAR_TEXT);
        String left = menuOpen ? "Select" : leftLabel();
        String right = menuOpen ? "Back" : rightLabel();
        if (left != null) {
            g.drawString(left, 2, h - 2, Graphics.BOTTOM | Graphics.LEFT);
        }
        if (right != null) {
            g.drawString(right, w - 2, h - 2, Graphics.BOTTOM | Graphics.RIGHT);
        }
        if (menuOpen) {
            paintMenu(g, w, h - bar);
        }
    }

    private void paintMenu(Graphics g, int w, int bottom) {
        java.util.Vector items = menuCommands();
        Font f = barFont();
        int row = f.getHeight() + 2;
        int mh = row * items.size() + 2;
        int mw = w * 2 / 3;
        int x = 0;
        int y = bottom - mh;
        g.setColor(MENU_BACKGROUND);
        g.fillRect(x, y, mw, mh);
        g.setColor(MENU_TEXT);
        g.drawRect(x, y, mw - 1, mh - 1);
        for (int i = 0; i < items.size(); i++) {
            int ry = y + 1 + i * row;
            if (i == menuSelection) {
                g.setColor(MENU_SELECTED);
                g.fillRect(x + 1, ry, mw - 2, row);
                g.setColor(BAR_TEXT);
            } else {
                g.setColor(MENU_TEXT);
            }
            g.drawString(((Command) items.elementAt(i)).getLabel(), x + 3, ry + 1, Graphics.TOP | Graphics.LEFT);
        }
    }

    // ---- soft keys and the menu ---------------------------------------------------------------

    Command negativeCommand() {
        for (int i = 0; i < commands.size(); i++) {
            Command c = (Command) commands.elementAt(i);
            if (c.isNegative()) {
                return c;
            }
        }
        return null;
    }

    /** The commands on the left soft key: every command but the right key's. */
    java.util.Vector menuCommands() {
        java.util.Vector v = new java.util.Vector();
        Command negative = negativeCommand();
        for (int i = 0; i < commands.size(); i++) {
            if (commands.elementAt(i) != negative) {
                v.addElement(commands.elementAt(i));
            }
        }
        return v;
    }

    String leftLabel() {
        java.util.Vector v = menuCommands();
        if (v.size() == 0) {
            return null;
        }
        return v.size() == 1 ? ((Command) v.elementAt(0)).getLabel() : "Menu";
    }

    String rightLabel() {
        Command c = negativeCommand();
        return c == null ? null : c.getLabel();
    }

    /** Give the chrome a key first: soft keys invoke commands, the open menu takes all keys. */
    final void uiKey(int type, int keyCode) {
        if (chromeKey(type, keyCode)) {
            return;
        }
        contentKey(type, keyCode);
    }

    private boolean chromeKey(int type, int keyCode) {
        boolean soft1 = keyCode == Host.keyCode(Host.KEY_SOFT1);
        boolean soft2 = keyCode == Host.keyCode(Host.KEY_SOFT2);
        if (menuOpen) {
            if (type == Host.KEY_PRESSED || type == Host.KEY_REPEATED) {
                java.util.Vector items = menuCommands();
                if (keyCode == Host.keyCode(Host.KEY_UP)) {
                    menuSelection = (menuSelection + items.size() - 1) % items.size();
                } else if (keyCode == Host.keyCode(Host.KEY_DOWN)) {
                    menuSelection = (menuSelection + 1) % items.size();
                } else if (soft1 || keyCode == Host.keyCode(Host.KEY_FIRE)) {
                    menuOpen = false;
                    invoke((Command) items.elementAt(menuSelection));
                } else if (soft2) {
                    menuOpen = false;
                }
                chromeChanged();
            }
            return true;
        }
        if (!soft1 && !soft2) {
            return false;
        }
        java.util.Vector left = menuCommands();
        Command right = negativeCommand();
        if ((soft1 && left.size() == 0) || (soft2 && right == null)) {
            return false;                     // no command there: the key goes to the content
        }
        if (type == Host.KEY_PRESSED) {
            if (soft2) {
                invoke(right);
            } else if (left.size() == 1) {
                invoke((Command) left.elementAt(0));
            } else {
                menuOpen = true;
                menuSelection = 0;
                chromeChanged();
            }
        }
        return true;
    }

    /** Deliver a command to the listener (on the event thread). */
    void invoke(Command c) {
        if (listener != null) {
            listener.commandAction(c, this);
        }
    }

    final void uiPointer(int type, int x, int y) {
        int top = contentTop();
        if (!menuOpen && y >= top && y < top + contentHeight()) {
            contentPointer(type, x, y - top);
        }
    }
}
