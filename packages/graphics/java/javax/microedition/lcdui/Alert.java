package javax.microedition.lcdui;

/**
 * A message shown over the whole screen for a while (its timeout) or until the user
 * dismisses it (FOREVER, or when it has two or more commands: modal). Without commands
 * of its own it offers DISMISS_COMMAND ("Done") on the left soft key; FIRE invokes the
 * only command. Its type's sound plays when it is shown. When it goes, the Display shows
 * the next displayable (given to Display.setCurrent(Alert, Displayable), or the one that
 * was current before).
 */
public class Alert extends Screen {
    public static final int FOREVER = -2;
    public static final Command DISMISS_COMMAND = new Command("Done", Command.OK, 0);

    private static final int DEFAULT_TIMEOUT = 2000;
    private static final int ICON = 20;
    private static final int INSET = 4;

    private String text;
    private Image image;
    private AlertType type;
    private int timeout = DEFAULT_TIMEOUT;
    private Gauge indicator;
    private CommandListener appListener;
    private Displayable next;
    private java.util.TimerTask timer;
    private int scrollY;
    private int contentTotal;

    public Alert(String title) {
        this(title, null, null, null);
    }

    public Alert(String title, String alertText, Image alertImage, AlertType alertType) {
        setTitle(title);
        text = alertText;
        image = snapshot(alertImage);
        type = alertType;
    }

    private static Image snapshot(Image img) {
        return img != null && img.isMutable() ? Image.createImage(img) : img;
    }

    public int getDefaultTimeout() {
        return DEFAULT_TIMEOUT;
    }

    public int getTimeout() {
        return commandCount() > 1 ? FOREVER : timeout;
    }

    public void setTimeout(int time) {
        if (time <= 0 && time != FOREVER) {
            throw new IllegalArgumentException("invalid timeout " + time);
        }
        timeout = time;
    }

    public AlertType getType() {
        return type;
    }

    public void setType(AlertType type) {
        this.type = type;
        repaintContent();
    }

    public String getString() {
        return text;
    }

    public void setString(String str) {
        text = str;
        repaintContent();
    }

    public Image getImage() {
        return image;
    }

    public void setImage(Image img) {
        image = snapshot(img);
        repaintContent();
    }

    public void setIndicator(Gauge indicator) {
        if (indicator != null) {
            if (indicator.isInteractive() || (indicator.isOwned() && indicator.owner != this)
                    || indicator.commands().size() > 0 || indicator.getLabel() != null
                    || indicator.getLayout() != Item.LAYOUT_DEFAULT || indicator.sizeLocked()) {
                throw new IllegalArgumentException("the gauge cannot be an Alert's indicator");
            }
            indicator.owner = this;
        }
        if (this.indicator != null && this.indicator != indicator) {
            this.indicator.owner = null;
        }
        this.indicator = indicator;
        repaintContent();
    }

    public Gauge getIndicator() {
        return indicator;
    }

    public void addCommand(Command cmd) {
        if (cmd != DISMISS_COMMAND) {
            super.addCommand(cmd);
        }
    }

    public void removeCommand(Command cmd) {
        if (cmd != DISMISS_COMMAND) {
            super.removeCommand(cmd);
        }
    }

    public void setCommandListener(CommandListener l) {
        appListener = l;
        super.setCommandListener(l);
    }

    // ---- commands and dismissal -----------------------------------------------------------

    private int commandCount() {
        return super.menuCommands().size() + (negativeCommand() != null ? 1 : 0);
    }

    java.util.Vector menuCommands() {
        java.util.Vector v = super.menuCommands();
        if (v.size() == 0 && negativeCommand() == null) {
            v.addElement(DISMISS_COMMAND);
        }
        return v;
    }

    void invoke(Command c) {
        if (appListener != null) {
            super.invoke(c);
        } else {
            dismiss();
        }
    }

    /** Where to go when this Alert is dismissed (Display sets it). */
    void setNext(Displayable d) {
        next = d;
    }

    Displayable next() {
        return next;
    }

    private void dismiss() {
        if (display != null && next != null) {
            display.setCurrent(next);
        }
    }

    void uiShow() {
        scrollY = 0;
        if (type != null) {
            type.playSound(display);
        }
        if (indicator != null) {
            indicator.shown();
        }
        final int t = getTimeout();
        if (t != FOREVER) {
            timer = Ui.later(new Runnable() {
                public void run() {
                    if (isShown() && timer != null) {
                        timer = null;
                        invoke(DISMISS_COMMAND);
                    }
                }
            }, t);
        }
    }

    void uiHide() {
        super.uiHide();
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        if (indicator != null) {
            indicator.hidden();
        }
    }

    void screenKey(int keyCode, boolean repeated) {
        int dir = Ui.direction(keyCode);
        if (dir == Canvas.FIRE) {
            java.util.Vector v = menuCommands();
            if (v.size() == 1) {
                invoke((Command) v.elementAt(0));
            }
        } else if (dir == Canvas.UP || dir == Canvas.DOWN) {
            int step = Ui.textFont().getHeight() * 2;
            int max = Math.max(0, contentTotal - contentHeight());
            int old = scrollY;
            scrollY = Math.max(0, Math.min(max, scrollY + (dir == Canvas.UP ? -step : step)));
            if (scrollY != old) {
                repaintContent();
            }
        }
    }

    // ---- painting ------------------------------------------------------------------------------

    void paintScreen(Graphics g, int w, int h) {
        int width = w - 2 * INSET - Ui.SCROLLBAR;
        int y = INSET - scrollY;
        int textX = INSET;
        if (type != null && type.mark().length() > 0) {
            g.setColor(type.color());
            g.fillArc(INSET, y, ICON, ICON, 0, 360);
            Font bold = Font.getFont(Font.FACE_SYSTEM, Font.STYLE_BOLD, Font.SIZE_MEDIUM);
            g.setFont(bold);
            g.setColor(Ui.SELECTED_TEXT);
            g.drawString(type.mark(), INSET + ICON / 2, y + (ICON - bold.getHeight()) / 2 + 1,
                    Graphics.TOP | Graphics.HCENTER);
            textX = INSET + ICON + 6;
        }
        int top = y;
        if (image != null) {
            g.drawImage(image, w / 2, y + (type != null ? ICON + 4 : 0), Graphics.TOP | Graphics.HCENTER);
            y += image.getHeight() + 4 + (type != null ? ICON + 4 : 0);
            textX = INSET;
        }
        Font f = Ui.textFont();
        g.setFont(f);
        g.setColor(Ui.TEXT);
        if (text != null) {
            java.util.Vector lines = SystemMessage.wrap(text, f, width - (textX - INSET));
            if (image == null && type != null && lines.size() == 1) {
                y += (ICON - f.getHeight()) / 2;
            }
            for (int i = 0; i < lines.size(); i++) {
                g.drawString((String) lines.elementAt(i), textX, y, Graphics.TOP | Graphics.LEFT);
                y += f.getHeight();
            }
        }
        if (type != null && type.mark().length() > 0) {
            y = Math.max(y, top + ICON);
        }
        if (indicator != null) {
            y += 6;
            int ih = indicator.heightFor(width);
            g.translate(INSET, y);
            indicator.paint(g, width, ih, false);
            g.translate(-INSET, -y);
            y += ih;
        }
        contentTotal = y + scrollY + INSET;
        Ui.scrollBar(g, w, h, scrollY, contentTotal);
    }
}
