package javax.microedition.lcdui;

/**
 * A bar showing a value from 0 to a maximum. Interactive gauges are changed with
 * LEFT/RIGHT while focused; non-interactive ones show progress, or with an INDEFINITE
 * maximum one of four activity states (CONTINUOUS_RUNNING animates on the VM clock
 * while shown, INCREMENTAL_UPDATING steps on each setValue).
 */
public class Gauge extends Item {
    public static final int INDEFINITE = -1;
    public static final int CONTINUOUS_IDLE = 0;
    public static final int INCREMENTAL_IDLE = 1;
    public static final int CONTINUOUS_RUNNING = 2;
    public static final int INCREMENTAL_UPDATING = 3;

    static final int ANIMATION_MS = 100;
    private static final int BAR = 10;
    private static final int SEGMENTS = 8;

    private final boolean interactive;
    private int maxValue;
    private int value;
    private int phase;
    private java.util.TimerTask animation;

    public Gauge(String label, boolean interactive, int maxValue, int initialValue) {
        super(label);
        this.interactive = interactive;
        checkMax(maxValue);
        this.maxValue = maxValue;
        setValue(initialValue);
    }

    public void setValue(int v) {
        if (maxValue == INDEFINITE) {
            if (v < CONTINUOUS_IDLE || v > INCREMENTAL_UPDATING) {
                throw new IllegalArgumentException("invalid state for an indefinite gauge " + v);
            }
            if (v == INCREMENTAL_UPDATING) {
                phase++;
            }
        } else {
            v = Math.max(0, Math.min(v, maxValue));
        }
        value = v;
        repaint();
    }

    public int getValue() {
        return value;
    }

    public void setMaxValue(int max) {
        checkMax(max);
        int old = maxValue;
        maxValue = max;
        if (max == INDEFINITE) {
            if (old != INDEFINITE) {
                value = CONTINUOUS_IDLE;
            }
        } else if (old == INDEFINITE) {
            value = 0;
        } else {
            value = Math.min(value, max);
        }
        repaint();
    }

    public int getMaxValue() {
        return maxValue;
    }

    public boolean isInteractive() {
        return interactive;
    }

    private void checkMax(int max) {
        if (max <= 0 && !(max == INDEFINITE && !interactive)) {
            throw new IllegalArgumentException("invalid maximum value " + max);
        }
    }

    // ---- Item -----------------------------------------------------------------------------

    boolean focusable() {
        return interactive || super.focusable();
    }

    private int textWidth() {
        return interactive ? Ui.smallFont().stringWidth("888/888") + 4 : 0;
    }

    int minContentWidth() {
        return 40 + textWidth();
    }

    int minContentHeight() {
        return Math.max(BAR, interactive ? Ui.smallFont().getHeight() : 0);
    }

    int prefContentWidth(int height) {
        return Ui.formWidth() - 2 * Ui.PAD;
    }

    int prefContentHeight(int width) {
        return minContentHeight();
    }

    boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect) {
        if (!interactive || (dir != Canvas.LEFT && dir != Canvas.RIGHT)) {
            return false;
        }
        int next = Math.max(0, Math.min(maxValue, value + (dir == Canvas.LEFT ? -1 : 1)));
        if (next != value) {
            value = next;
            repaint();
            userChanged();
        }
        return true;
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        int barW = w - textWidth();
        int y = (h - BAR) / 2;
        g.setColor(Ui.FIELD);
        g.fillRect(0, y, barW, BAR);
        g.setColor(focused ? Ui.FOCUS : Ui.BORDER);
        g.drawRect(0, y, barW - 1, BAR - 1);
        int inner = barW - 4;
        g.setColor(Ui.FOCUS);
        if (maxValue != INDEFINITE) {
            g.fillRect(2, y + 2, inner * value / maxValue, BAR - 4);
            if (interactive) {
                Font small = Ui.smallFont();
                g.setFont(small);
                g.setColor(Ui.TEXT);
                g.drawString(value + "/" + maxValue, w, (h - small.getHeight()) / 2, Graphics.TOP | Graphics.RIGHT);
            }
            return;
        }
        int seg = inner / SEGMENTS;
        if (value == CONTINUOUS_RUNNING) {
            int span = 2 * (SEGMENTS - 2);
            int pos = phase % span;
            int at = pos < SEGMENTS - 1 ? pos : span - pos;
            g.fillRect(2 + at * seg, y + 2, 2 * seg, BAR - 4);
            startAnimation();
        } else if (value == INCREMENTAL_UPDATING) {
            g.fillRect(2 + (phase % SEGMENTS) * seg, y + 2, seg, BAR - 4);
        } else {
            g.setColor(Ui.SCROLL_TRACK);
            for (int i = 0; i < SEGMENTS; i += 2) {
                g.fillRect(2 + i * seg, y + 2, seg, BAR - 4);
            }
        }
    }

    /** Keep a CONTINUOUS_RUNNING gauge moving while it is shown. */
    private void startAnimation() {
        if (animation != null) {
            return;
        }
        animation = Ui.every(new Runnable() {
            public void run() {
                if (maxValue == INDEFINITE && value == CONTINUOUS_RUNNING && ownerShown()) {
                    phase++;
                    repaint();
                } else if (animation != null) {
                    animation.cancel();
                    animation = null;
                }
            }
        }, ANIMATION_MS);
    }
}
