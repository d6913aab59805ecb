package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * The nature of an Alert. Its sound is a host effect ("sound:ALARM", ...), which the
 * desktop plays or a headless run records; its color marks the Alert's icon.
 */
public class AlertType {
    public static final AlertType INFO = new AlertType("INFO", 0x1F6FB2, "i");
    public static final AlertType WARNING = new AlertType("WARNING", 0xD08A00, "!");
    public static final AlertType ERROR = new AlertType("ERROR", 0xB00020, "x");
    public static final AlertType ALARM = new AlertType("ALARM", 0x8A2BB0, "!");
    public static final AlertType CONFIRMATION = new AlertType("CONFIRMATION", 0x2E7D32, "?");

    private final String name;
    private final int color;
    private final String mark;

    protected AlertType() {
        this(null, 0x606060, "");
    }

    private AlertType(String name, int color, String mark) {
        this.name = name;
        this.color = color;
        this.mark = mark;
    }

    public boolean playSound(Display display) {
        if (display == null) {
            throw new NullPointerException();
        }
        return name != null && Host.effect("sound:" + name, 0);
    }

    int color() {
        return color;
    }

    String mark() {
        return mark;
    }
}
