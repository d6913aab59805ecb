import javax.microedition.lcdui.*;
import javax.microedition.midlet.MIDlet;

/** A Form with every kind of Item; listeners print what they hear. */
public class FormTest extends MIDlet implements CommandListener, ItemCommandListener, ItemStateListener {
    private Form form;
    private TextField name;
    private TextField pin;
    private TextField age;
    private ChoiceGroup color;
    private ChoiceGroup extras;
    private ChoiceGroup size;
    private Gauge volume;
    private DateField when;
    private StringItem button;
    private final Command ok = new Command("OK", Command.OK, 1);
    private final Command exit = new Command("Exit", Command.EXIT, 1);
    private final Command press = new Command("Press", Command.ITEM, 1);
    private final Command info = new Command("Info", Command.ITEM, 2);

    protected void startApp() {
        form = new Form("Profile");
        name = new TextField("Name", "", 20, TextField.ANY);
        pin = new TextField("PIN", "", 8, TextField.NUMERIC | TextField.PASSWORD);
        age = new TextField("Age", "", 3, TextField.NUMERIC);
        color = new ChoiceGroup("Color", Choice.EXCLUSIVE, new String[] {"Red", "Green", "Blue"}, null);
        extras = new ChoiceGroup("Extras", Choice.MULTIPLE, new String[] {"Cheese", "Ham"}, null);
        size = new ChoiceGroup("Size", Choice.POPUP, new String[] {"Small", "Medium", "Large"}, null);
        volume = new Gauge("Volume", true, 10, 5);
        when = new DateField("When", DateField.DATE_TIME, java.util.TimeZone.getTimeZone("GMT"));
        when.setDate(new java.util.Date(1700000000000L));
        button = new StringItem(null, "Go", Item.BUTTON);
        button.setDefaultCommand(press);
        button.addCommand(info);
        button.setItemCommandListener(this);
        form.append(name);
        form.append(pin);
        form.append(age);
        form.append(color);
        form.append(extras);
        form.append(size);
        form.append(volume);
        form.append(when);
        form.append(button);
        form.append(new Gauge("Progress", false, 100, 40));
        form.append(new Spacer(10, 10));
        form.append("The end.");
        form.addCommand(ok);
        form.addCommand(exit);
        form.setCommandListener(this);
        form.setItemStateListener(this);
        Display.getDisplay(this).setCurrent(form);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
        System.out.println("destroyed");
    }

    private String describe(Item item) {
        if (item instanceof TextField) {
            return "text " + item.getLabel() + "=" + ((TextField) item).getString();
        }
        if (item instanceof ChoiceGroup) {
            ChoiceGroup c = (ChoiceGroup) item;
            boolean[] flags = new boolean[c.size()];
            c.getSelectedFlags(flags);
            StringBuffer b = new StringBuffer("choice " + item.getLabel() + "=");
            for (int i = 0; i < flags.length; i++) {
                b.append(flags[i] ? '1' : '0');
            }
            return b.toString();
        }
        if (item instanceof Gauge) {
            return "gauge " + item.getLabel() + "=" + ((Gauge) item).getValue();
        }
        if (item instanceof DateField) {
            return "date " + item.getLabel() + "=" + ((DateField) item).getDate().getTime();
        }
        return "item " + item;
    }

    public void itemStateChanged(Item item) {
        System.out.println("changed " + describe(item));
    }

    public void commandAction(Command c, Displayable d) {
        System.out.println("command " + c.getLabel() + " name=" + name.getString() + " pin=" + pin.getString()
                + " age=" + age.getString());
    }

    public void commandAction(Command c, Item item) {
        System.out.println("item command " + c.getLabel() + " on " + ((StringItem) item).getText());
    }
}
