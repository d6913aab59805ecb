package javax.microedition.lcdui;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * A date and/or time, shown as "YYYY-MM-DD", "HH:MM" or both. FIRE starts editing (from
 * the current time if no value is set): LEFT/RIGHT choose a field, UP/DOWN step it, digit
 * keys type it; FIRE again (or leaving the item) ends editing and reports the change.
 */
public class DateField extends Item {
    public static final int DATE = 1;
    public static final int TIME = 2;
    public static final int DATE_TIME = 3;

    private static final int[] DATE_FIELDS = {Calendar.YEAR, Calendar.MONTH, Calendar.DAY_OF_MONTH};
    private static final int[] TIME_FIELDS = {Calendar.HOUR_OF_DAY, Calendar.MINUTE};
    private static final int[] ALL_FIELDS = {Calendar.YEAR, Calendar.MONTH, Calendar.DAY_OF_MONTH,
        Calendar.HOUR_OF_DAY, Calendar.MINUTE};

    private final Calendar calendar;
    private int mode;
    private boolean set;
    private boolean editing;
    private boolean changed;
    private int field;
    private int typed;                // digits typed into the current field so far

    public DateField(String label, int mode) {
        this(label, mode, null);
    }

    public DateField(String label, int mode, TimeZone timeZone) {
        super(label);
        checkMode(mode);
        this.mode = mode;
        calendar = Calendar.getInstance(timeZone != null ? timeZone : TimeZone.getDefault());
    }

    private static void checkMode(int mode) {
        if (mode != DATE && mode != TIME && mode != DATE_TIME) {
            throw new IllegalArgumentException("invalid input mode " + mode);
        }
    }

    public Date getDate() {
        return set ? calendar.getTime() : null;
    }

    public void setDate(Date date) {
        set = date != null;
        if (set) {
            calendar.setTime(date);
            normalize();
        }
        editing = false;
        repaint();
    }

    public int getInputMode() {
        return mode;
    }

    public void setInputMode(int mode) {
        checkMode(mode);
        this.mode = mode;
        if (set) {
            normalize();
        }
        editing = false;
        invalidate();
    }

    /** DATE keeps midnight; TIME keeps the time of day on January 1, 1970. */
    private void normalize() {
        if (mode == DATE) {
            calendar.set(Calendar.HOUR_OF_DAY, 0);
            calendar.set(Calendar.MINUTE, 0);
        } else if (mode == TIME) {
            calendar.set(Calendar.YEAR, 1970);
            calendar.set(Calendar.MONTH, Calendar.JANUARY);
            calendar.set(Calendar.DAY_OF_MONTH, 1);
        }
        calendar.set(Calendar.SECOND, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        calendar.getTime();
    }

    // ---- fields -------------------------------------------------------------------------------

    private int[] fields() {
        return mode == DATE ? DATE_FIELDS : mode == TIME ? TIME_FIELDS : ALL_FIELDS;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    /** The text of one calendar field as shown. */
    private String fieldText(int f) {
        if (!set) {
            return f == Calendar.YEAR ? "----" : "--";
        }
        int v = calendar.get(f);
        if (f == Calendar.YEAR) {
            String s = "000" + v;
            return s.substring(s.length() - 4);
        }
        return two(f == Calendar.MONTH ? v + 1 : v);
    }

    private static String separatorBefore(int f) {
        if (f == Calendar.MONTH || f == Calendar.DAY_OF_MONTH) {
            return "-";
        }
        if (f == Calendar.MINUTE) {
            return ":";
        }
        return f == Calendar.HOUR_OF_DAY ? " " : "";
    }

    private static int daysIn(int year, int month) {
        int[] days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == Calendar.FEBRUARY && leap ? 29 : days[month];
    }

    /** Set calendar field f to v (wrapping into its range), keeping the day valid. */
    private void setField(int f, int v) {
        int year = calendar.get(Calendar.YEAR);
        int month = calendar.get(Calendar.MONTH);
        int lo = f == Calendar.DAY_OF_MONTH ? 1 : f == Calendar.YEAR ? 1 : 0;
        int hi = f == Calendar.YEAR ? 9999 : f == Calendar.MONTH ? 11 : f == Calendar.DAY_OF_MONTH
                ? daysIn(year, month) : f == Calendar.HOUR_OF_DAY ? 23 : 59;
        int span = hi - lo + 1;
        v = lo + ((v - lo) % span + span) % span;
        calendar.set(f, v);
        int y = calendar.get(Calendar.YEAR);
        int m = calendar.get(Calendar.MONTH);
        if (calendar.get(Calendar.DAY_OF_MONTH) > daysIn(y, m)) {
            calendar.set(Calendar.DAY_OF_MONTH, daysIn(y, m));
        }
        calendar.getTime();
        changed = true;
    }

    // ---- Item -------------------------------------------------------------------------------

    boolean focusable() {
        return true;
    }

    private String text() {
        int[] fs = fields();
        StringBuffer b = new StringBuffer();
        for (int i = 0; i < fs.length; i++) {
            if (i > 0) {
                b.append(separatorBefore(fs[i]));
            }
            b.append(fieldText(fs[i]));
        }
        return b.toString();
    }

    int minContentWidth() {
        return Ui.textFont().stringWidth(text()) + 8;
    }

    int minContentHeight() {
        return Ui.textFont().getHeight() + 4;
    }

    int prefContentWidth(int height) {
        return minContentWidth();
    }

    int prefContentHeight(int width) {
        return minContentHeight();
    }

    boolean traverse(int dir, int viewportWidth, int viewportHeight, int[] visRect) {
        if (!editing) {
            return false;
        }
        typed = 0;
        int[] fs = fields();
        if (dir == Canvas.LEFT || dir == Canvas.RIGHT) {
            field = (field + (dir == Canvas.LEFT ? fs.length - 1 : 1)) % fs.length;
        } else if (dir == Canvas.UP || dir == Canvas.DOWN) {
            int f = fs[field];
            setField(f, calendar.get(f) + (dir == Canvas.UP ? 1 : -1));
        }
        repaint();
        return true;
    }

    void traverseOut() {
        finishEditing();
    }

    void hidden() {
        finishEditing();
    }

    private void finishEditing() {
        if (editing) {
            editing = false;
            repaint();
            if (changed) {
                changed = false;
                userChanged();
            }
        }
    }

    boolean itemKeyPressed(int keyCode) {
        if (Ui.direction(keyCode) == Canvas.FIRE) {
            if (editing) {
                finishEditing();
            } else {
                if (!set) {
                    set = true;
                    calendar.setTime(new Date(System.currentTimeMillis()));
                    normalize();
                    changed = true;
                }
                editing = true;
                field = 0;
                typed = 0;
                repaint();
            }
            return true;
        }
        if (!editing || !Ui.isDigit(keyCode)) {
            return false;
        }
        int f = fields()[field];
        int digits = f == Calendar.YEAR ? 4 : 2;
        int d = keyCode - '0';
        int shown = f == Calendar.MONTH ? calendar.get(f) + 1 : calendar.get(f);
        int v = typed == 0 ? d : shown * 10 + d;
        typed++;
        if (typed >= digits) {
            typed = 0;
        }
        setField(f, f == Calendar.MONTH ? Math.max(1, Math.min(12, v)) - 1 : v);
        repaint();
        return true;
    }

    void paintContent(Graphics g, int w, int h, boolean focused) {
        Font font = Ui.textFont();
        int bw = Math.min(w, minContentWidth());
        g.setColor(Ui.FIELD);
        g.fillRect(0, 0, bw, h);
        g.setColor(focused ? Ui.FOCUS : Ui.BORDER);
        g.drawRect(0, 0, bw - 1, h - 1);
        g.setFont(font);
        int[] fs = fields();
        int x = 4;
        for (int i = 0; i < fs.length; i++) {
            if (i > 0) {
                String sep = separatorBefore(fs[i]);
                g.setColor(Ui.TEXT);
                g.drawString(sep, x, 2, Graphics.TOP | Graphics.LEFT);
                x += font.stringWidth(sep);
            }
            String s = fieldText(fs[i]);
            int fw = font.stringWidth(s);
            if (editing && i == field) {
                g.setColor(Ui.FOCUS);
                g.fillRect(x, 2, fw, font.getHeight());
                g.setColor(Ui.SELECTED_TEXT);
            } else {
                g.setColor(set ? Ui.TEXT : Ui.DIM);
            }
            g.drawString(s, x, 2, Graphics.TOP | Graphics.LEFT);
            x += fw;
        }
    }
}
