package pocketmenu;

import java.io.IOException;
import javax.microedition.lcdui.Alert;
import javax.microedition.lcdui.AlertType;
import javax.microedition.lcdui.Choice;
import javax.microedition.lcdui.Command;
import javax.microedition.lcdui.CommandListener;
import javax.microedition.lcdui.Display;
import javax.microedition.lcdui.Displayable;
import javax.microedition.lcdui.Font;
import javax.microedition.lcdui.Image;
import javax.microedition.lcdui.List;
import javax.microedition.lcdui.TextBox;
import javax.microedition.lcdui.TextField;
import javax.microedition.midlet.MIDlet;

/**
 * A main menu (an IMPLICIT List) leading to a settings screen (EXCLUSIVE List), a pizza
 * order (MULTIPLE List), a note editor (TextBox) and an About box (Alert). What you choose
 * shows up in the main menu; nothing is saved when the app ends.
 */
public class PocketMenu extends MIDlet implements CommandListener {
    static final int TEXT_SIZE = 0, TOPPINGS = 1, NOTE = 2, ABOUT = 3;
    static final String[] SIZES = {"Small", "Medium", "Large"};
    static final int[] FONT_SIZES = {Font.SIZE_SMALL, Font.SIZE_MEDIUM, Font.SIZE_LARGE};
    static final String[] TOPPING_NAMES = {"Cheese", "Tomato", "Mushrooms", "Olives", "Peppers", "Pineapple"};

    private final Command exit = new Command("Exit", Command.EXIT, 1);
    private final Command back = new Command("Back", Command.BACK, 1);
    private final Command apply = new Command("Apply", Command.OK, 1);
    private final Command done = new Command("Done", Command.OK, 1);
    private final Command save = new Command("Save", Command.OK, 1);
    private final Command cancel = new Command("Cancel", Command.CANCEL, 1);
    private final Command clear = new Command("Clear", Command.SCREEN, 2);

    private Display display;
    private List menu;
    private List sizes;
    private List toppings;
    private TextBox note;
    private Image aboutImage;

    protected void startApp() {
        if (menu == null) {
            display = Display.getDisplay(this);
            build();
        }
        display.setCurrent(menu);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    private static Image icon(String name) {
        try {
            return Image.createImage(name);
        } catch (IOException e) {
            return null;                       // the entry shows its text alone
        }
    }

    private void build() {
        menu = new List("Pocket Menu", Choice.IMPLICIT);
        menu.append("Text size", icon("/settings.png"));
        menu.append("Pizza toppings", icon("/toppings.png"));
        menu.append("Note", icon("/note.png"));
        menu.append("About", icon("/about.png"));
        menu.addCommand(exit);
        menu.setCommandListener(this);

        sizes = new List("Text size", Choice.EXCLUSIVE, SIZES, null);
        sizes.setSelectedIndex(1, true);
        sizes.addCommand(apply);
        sizes.addCommand(back);
        sizes.setCommandListener(this);

        toppings = new List("Pizza toppings", Choice.MULTIPLE, TOPPING_NAMES, null);
        toppings.setSelectedIndex(0, true);
        toppings.addCommand(done);
        toppings.addCommand(back);
        toppings.setCommandListener(this);

        note = new TextBox("Note", "", 200, TextField.ANY);
        note.addCommand(save);
        note.addCommand(clear);
        note.addCommand(cancel);
        note.setCommandListener(this);

        aboutImage = icon("/icon.png");
        showToppings();
    }

    public void commandAction(Command c, Displayable d) {
        if (c == exit) {
            destroyApp(true);
            notifyDestroyed();
        } else if (c == List.SELECT_COMMAND && d == menu) {
            open(menu.getSelectedIndex());
        } else if (c == back || c == cancel) {
            display.setCurrent(menu);
        } else if (c == apply) {
            applySize(sizes.getSelectedIndex());
            display.setCurrent(menu);
        } else if (c == done) {
            showToppings();
            display.setCurrent(menu);
        } else if (c == save) {
            String text = note.getString();
            menu.set(NOTE, text.length() == 0 ? "Note" : "Note: " + shorten(text, 14), menu.getImage(NOTE));
            display.setCurrent(menu);
        } else if (c == clear) {
            note.setString("");
        }
    }

    private void open(int entry) {
        switch (entry) {
            case TEXT_SIZE:
                display.setCurrent(sizes);
                break;
            case TOPPINGS:
                display.setCurrent(toppings);
                break;
            case NOTE:
                display.setCurrent(note);
                break;
            case ABOUT:
                Alert about = new Alert("About", "Pocket Menu 1.0\nA Kava example: Lists, a TextBox and an Alert.\n"
                                        + "Nothing you choose is saved.", aboutImage, AlertType.INFO);
                about.setTimeout(Alert.FOREVER);
                display.setCurrent(about, menu);
                break;
            default:
                break;
        }
    }

    /** Every entry of the main menu in the chosen font size. */
    private void applySize(int which) {
        Font f = Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_PLAIN, FONT_SIZES[which]);
        for (int i = 0; i < menu.size(); i++) {
            menu.setFont(i, f);
        }
        menu.setTitle("Pocket Menu (" + SIZES[which] + ")");
    }

    private void showToppings() {
        boolean[] chosen = new boolean[TOPPING_NAMES.length];
        int n = toppings.getSelectedFlags(chosen);
        menu.set(TOPPINGS, "Pizza toppings (" + n + ")", menu.getImage(TOPPINGS));
    }

    private static String shorten(String s, int max) {
        s = s.replace('\n', ' ');
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
