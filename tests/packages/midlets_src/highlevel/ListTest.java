import javax.microedition.lcdui.*;
import javax.microedition.midlet.MIDlet;

/** An IMPLICIT menu List leading to an EXCLUSIVE and a MULTIPLE List and a TextBox. */
public class ListTest extends MIDlet implements CommandListener {
    private List menu;
    private List single;
    private List multi;
    private TextBox box;
    private final Command back = new Command("Back", Command.BACK, 1);
    private final Command done = new Command("Done", Command.OK, 1);

    protected void startApp() {
        menu = new List("Menu", Choice.IMPLICIT);
        for (int i = 1; i <= 24; i++) {
            menu.append("Entry " + i, null);
        }
        menu.set(0, "Single choice", null);
        menu.set(1, "Many choices", null);
        menu.set(2, "Write a note", null);
        menu.setFont(3, Font.getFont(Font.FACE_SYSTEM, Font.STYLE_BOLD, Font.SIZE_LARGE));
        menu.setCommandListener(this);
        menu.addCommand(new Command("Exit", Command.EXIT, 1));
        single = new List("Single", Choice.EXCLUSIVE, new String[] {"One", "Two", "Three"}, null);
        multi = new List("Many", Choice.MULTIPLE, new String[] {"A", "B", "C", "D"}, null);
        box = new TextBox("Note", "", 100, TextField.ANY | TextField.INITIAL_CAPS_SENTENCE);
        List[] lists = {single, multi};
        for (int i = 0; i < lists.length; i++) {
            lists[i].addCommand(back);
            lists[i].addCommand(done);
            lists[i].setCommandListener(this);
        }
        box.addCommand(back);
        box.addCommand(done);
        box.setCommandListener(this);
        Display.getDisplay(this).setCurrent(menu);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    private static String flags(List l) {
        boolean[] f = new boolean[l.size()];
        int n = l.getSelectedFlags(f);
        StringBuffer b = new StringBuffer();
        for (int i = 0; i < f.length; i++) {
            b.append(f[i] ? '1' : '0');
        }
        return b + " count=" + n + " index=" + l.getSelectedIndex();
    }

    public void commandAction(Command c, Displayable d) {
        Display display = Display.getDisplay(this);
        if (c == List.SELECT_COMMAND) {
            int i = menu.getSelectedIndex();
            System.out.println("select " + i + " " + menu.getString(i));
            if (i == 0) {
                display.setCurrent(single);
            } else if (i == 1) {
                display.setCurrent(multi);
            } else if (i == 2) {
                display.setCurrent(box);
            }
        } else if (c == back || c == done) {
            if (d == box) {
                System.out.println(c.getLabel() + " note=" + box.getString() + " caret=" + box.getCaretPosition());
            } else {
                System.out.println(c.getLabel() + " " + ((List) d).getTitle() + " " + flags((List) d));
            }
            display.setCurrent(menu);
        } else {
            System.out.println("command " + c.getLabel());
        }
    }
}
