package javax.microedition.lcdui;

/** Text that scrolls across a line at the top of a Displayable. */
public class Ticker {
    private String text;

    public Ticker(String str) {
        if (str == null) {
            throw new NullPointerException();
        }
        text = str;
    }

    public void setString(String str) {
        if (str == null) {
            throw new NullPointerException();
        }
        text = str;
    }

    public String getString() {
        return text;
    }
}
