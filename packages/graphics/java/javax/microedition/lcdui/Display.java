package javax.microedition.lcdui;

import com.kava.midp.EventSink;
import com.kava.midp.Host;
import com.kava.midp.Runner;
import javax.microedition.midlet.MIDlet;

/**
 * The phone's screen and keys, as one MIDlet sees them. Every event, paint and
 * callSerially runs on the runner's thread, one at a time, holding LOCK (so a
 * serviceRepaints or flushGraphics from another thread waits its turn).
 */
public class Display {
    public static final int LIST_ELEMENT = 1;
    public static final int CHOICE_GROUP_ELEMENT = 2;
    public static final int ALERT = 3;
    public static final int COLOR_BACKGROUND = 0;
    public static final int COLOR_FOREGROUND = 1;
    public static final int COLOR_HIGHLIGHTED_BACKGROUND = 2;
    public static final int COLOR_HIGHLIGHTED_FOREGROUND = 3;
    public static final int COLOR_BORDER = 4;
    public static final int COLOR_HIGHLIGHTED_BORDER = 5;

    /** Held while an event, a paint or a serial call runs. */
    static final Object LOCK = new Object();

    private static Display instance;

    final int width;
    final int height;
    final int[] back;                     // what is painted, shown by present()
    private final Graphics screen;
    private final Graphics flusher;       // for flush(), which may run inside a paint through screen
    private Displayable current;
    private final Rect dirty = new Rect();
    final Rect paintRegion = new Rect();  // the region being painted now
    private boolean repaintPosted;
    private boolean background;           // the MIDlet is paused: nothing of it is shown
    private final java.util.Vector serial = new java.util.Vector();
    private boolean serialPosted;

    static {
        Runner.registerSink(new EventSink() {
            public void dispatch(int type, int a, int b, int c) {
                Display d = instance();
                synchronized (LOCK) {
                    d.dispatch(type, a, b);
                }
            }

            public void showError(String title, String text) {
                Display d = instance();
                synchronized (LOCK) {
                    d.setCurrent(new SystemMessage(title, text));
                }
            }
        });
    }

    private Display() {
        width = Host.screenWidth();
        height = Host.screenHeight();
        back = new int[width * height];
        java.util.Arrays.fill(back, 0xFFFFFFFF);
        screen = new Graphics(back, width, height, null);
        flusher = new Graphics(back, width, height, null);
    }

    static synchronized Display instance() {
        if (instance == null) {
            instance = new Display();
        }
        return instance;
    }

    public static Display getDisplay(MIDlet m) {
        if (m == null) {
            throw new NullPointerException();
        }
        return instance();
    }

    public Displayable getCurrent() {
        return current;
    }

    public void setCurrent(Displayable next) {
        if (next == null || next == current) {
            return;
        }
        synchronized (LOCK) {
            if (next instanceof Alert) {
                // after the Alert, back to what was shown (past an Alert to where it leads)
                ((Alert) next).setNext(current instanceof Alert ? ((Alert) current).next() : current);
            }
            show(next);
        }
    }

    /** Show alert; when it is dismissed, show nextDisplayable. */
    public void setCurrent(Alert alert, Displayable nextDisplayable) {
        if (alert == null || nextDisplayable == null) {
            throw new NullPointerException();
        }
        if (nextDisplayable instanceof Alert) {
            throw new IllegalArgumentException("the next displayable must not be an Alert");
        }
        synchronized (LOCK) {
            alert.setNext(nextDisplayable);
            if (alert != current) {
                show(alert);
            }
        }
    }

    /** Show the Form that holds item, with the focus on item (scrolled into view). */
    public void setCurrentItem(Item item) {
        if (item == null) {
            throw new NullPointerException();
        }
        if (!(item.owner instanceof Form)) {
            throw new IllegalStateException("the item is not in a Form");
        }
        synchronized (LOCK) {
            Form form = (Form) item.owner;
            setCurrent(form);
            form.focusItem(item);
        }
    }

    private void show(Displayable next) {
        synchronized (LOCK) {
            Displayable old = current;
            if (old != null) {
                if (!background) {
                    old.uiHide();
                }
                old.display = null;
            }
            current = next;
            next.display = this;
            if (!background) {
                next.uiShow();
                requestRepaint(0, 0, width, height);
            }
        }
    }

    public boolean isColor() {
        return Host.isColor();
    }

    public int numColors() {
        return Host.numColors();
    }

    public int numAlphaLevels() {
        return 256;
    }

    public boolean vibrate(int duration) {
        if (duration < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        return Host.effect("vibrate", duration);
    }

    public boolean flashBacklight(int duration) {
        if (duration < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        return Host.effect("backlight", duration);
    }

    public int getColor(int colorSpecifier) {
        switch (colorSpecifier) {
            case COLOR_BACKGROUND: return 0xFFFFFF;
            case COLOR_FOREGROUND: return 0x000000;
            case COLOR_HIGHLIGHTED_BACKGROUND: return Displayable.MENU_SELECTED;
            case COLOR_HIGHLIGHTED_FOREGROUND: return 0xFFFFFF;
            case COLOR_BORDER: return 0x808080;
            case COLOR_HIGHLIGHTED_BORDER: return Displayable.MENU_SELECTED;
            default: throw new IllegalArgumentException("invalid color specifier " + colorSpecifier);
        }
    }

    public int getBorderStyle(boolean highlighted) {
        return highlighted ? Graphics.SOLID : Graphics.DOTTED;
    }

    public int getBestImageWidth(int imageType) {
        checkImageType(imageType);
        return imageType == ALERT ? width : Displayable.barFont().getHeight();
    }

    public int getBestImageHeight(int imageType) {
        checkImageType(imageType);
        return imageType == ALERT ? height / 2 : Displayable.barFont().getHeight();
    }

    private static void checkImageType(int imageType) {
        if (imageType < LIST_ELEMENT || imageType > ALERT) {
            throw new IllegalArgumentException("invalid image type " + imageType);
        }
    }

    /** Run r on the event thread after the pending repaints. */
    public void callSerially(Runnable r) {
        if (r == null) {
            return;
        }
        synchronized (serial) {
            serial.addElement(r);
            if (!serialPosted) {
                serialPosted = true;
                Host.post(Host.SERIAL, 0, 0, 0);
            }
        }
    }

    // ---- painting ------------------------------------------------------------------------

    /** Ask for the absolute screen region to be painted (merged with pending requests). */
    void requestRepaint(int x, int y, int w, int h) {
        synchronized (dirty) {
            dirty.add(x, y, w, h);
            if (!repaintPosted) {
                repaintPosted = true;
                Host.post(Host.REPAINT, 0, 0, 0);
            }
        }
    }

    /** Paint the pending region now, if any, and show the result. */
    void serviceRepaints() {
        synchronized (LOCK) {
            synchronized (dirty) {
                if (dirty.isEmpty()) {
                    return;
                }
                paintRegion.set(dirty.x, dirty.y, dirty.w, dirty.h);
                dirty.clear();
                repaintPosted = false;
            }
            if (current != null) {
                try {
                    current.uiPaint(screen);
                } catch (Throwable e) {
                    reportCallbackFailure("paint", e);
                }
            }
            Host.present(back, width, height);
        }
    }

    /** Copy a GameCanvas's buffer to the screen at (x, y) of the content area, and show it. */
    void flush(Displayable d, Image buffer, int x, int y, int w, int h) {
        synchronized (LOCK) {
            if (d != current) {
                return;
            }
            int top = d.contentTop();
            flusher.reset(0, top, width, d.contentHeight());
            flusher.setClip(x, y, w, h);
            flusher.drawImage(buffer, 0, 0, Graphics.TOP | Graphics.LEFT);
            Host.present(back, width, height);
        }
    }

    private static void reportCallbackFailure(String what, Throwable e) {
        System.err.println("Kava: uncaught exception in " + what + ": " + Runner.describe(e));
    }

    // ---- events (under LOCK, on the runner's thread) ------------------------------------------

    void dispatch(int type, int a, int b) {
        try {
            switch (type) {
                case Host.REPAINT:
                    serviceRepaints();
                    break;
                case Host.SERIAL:
                    serviceRepaints();
                    runSerial();
                    break;
                case Host.KEY_PRESSED:
                case Host.KEY_RELEASED:
                case Host.KEY_REPEATED:
                    if (current != null) {
                        current.uiKey(type, a);
                    }
                    break;
                case Host.POINTER_PRESSED:
                case Host.POINTER_RELEASED:
                case Host.POINTER_DRAGGED:
                    if (current != null) {
                        current.uiPointer(type, a, b);
                    }
                    break;
                case Host.PAUSE:
                    if (!background && current != null) {
                        current.uiHide();
                    }
                    background = true;
                    break;
                case Host.RESUME:
                    if (background && current != null) {
                        background = false;
                        current.uiShow();
                        requestRepaint(0, 0, width, height);
                    }
                    background = false;
                    break;
                default:
                    break;
            }
        } catch (Throwable e) {
            reportCallbackFailure("an event handler", e);
        }
    }

    private void runSerial() {
        Object[] calls;
        synchronized (serial) {
            calls = new Object[serial.size()];
            serial.copyInto(calls);
            serial.removeAllElements();
            serialPosted = false;
        }
        for (int i = 0; i < calls.length; i++) {
            try {
                ((Runnable) calls[i]).run();
            } catch (Throwable e) {
                reportCallbackFailure("callSerially", e);
            }
        }
    }
}
