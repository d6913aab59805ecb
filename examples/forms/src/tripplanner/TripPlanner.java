package tripplanner;

import java.io.IOException;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import javax.microedition.lcdui.Alert;
import javax.microedition.lcdui.AlertType;
import javax.microedition.lcdui.ChoiceGroup;
import javax.microedition.lcdui.Command;
import javax.microedition.lcdui.CommandListener;
import javax.microedition.lcdui.DateField;
import javax.microedition.lcdui.Display;
import javax.microedition.lcdui.Displayable;
import javax.microedition.lcdui.Form;
import javax.microedition.lcdui.Gauge;
import javax.microedition.lcdui.Image;
import javax.microedition.lcdui.ImageItem;
import javax.microedition.lcdui.Item;
import javax.microedition.lcdui.ItemCommandListener;
import javax.microedition.lcdui.ItemStateListener;
import javax.microedition.lcdui.Spacer;
import javax.microedition.lcdui.StringItem;
import javax.microedition.lcdui.TextField;
import javax.microedition.lcdui.Ticker;
import javax.microedition.midlet.MIDlet;

/**
 * A weekend-trip booking form with every kind of Item. Changing a field updates the price
 * estimate, the form-completeness gauge and the ticker at once (ItemStateListener);
 * Submit shows an Alert, then a summary screen.
 */
public class TripPlanner extends MIDlet implements CommandListener, ItemStateListener, ItemCommandListener {
    static final String[] TRANSPORT = {"Train", "Bus", "Car", "Bike"};
    static final int[] TRANSPORT_PRICE = {40, 25, 30, 0};
    static final String[] EXTRAS = {"Breakfast", "Sea view", "Late checkout"};
    static final int[] EXTRA_PRICE = {8, 15, 10};
    static final String[] ROOMS = {"Single", "Double", "Family"};
    static final int[] ROOM_PRICE = {45, 70, 95};

    private final Command submit = new Command("Submit", Command.OK, 1);
    private final Command reset = new Command("Reset", Command.SCREEN, 2);
    private final Command exit = new Command("Exit", Command.EXIT, 3);
    private final Command back = new Command("Back", Command.BACK, 1);
    private final Command clearName = new Command("Clear", Command.ITEM, 1);
    private final Command openTerms = new Command("Open", Command.ITEM, 1);

    private Display display;
    private Form form;
    private Form summary;
    private Ticker ticker;
    private TextField name;
    private TextField travellers;
    private TextField email;
    private TextField phone;
    private TextField pin;
    private TextField budget;
    private DateField departure;
    private DateField leaves;
    private Gauge nights;
    private Gauge completeness;
    private ChoiceGroup transport;
    private ChoiceGroup extras;
    private ChoiceGroup room;
    private RatingItem rating;
    private StringItem estimate;
    private StringItem clearButton;
    private StringItem terms;

    protected void startApp() {
        if (form == null) {
            display = Display.getDisplay(this);
            buildForm();
        }
        display.setCurrent(form);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    private void buildForm() {
        form = new Form("Trip Planner");
        ticker = new Ticker("Plan a weekend away: fill in the form, then Menu > Submit");
        form.setTicker(ticker);

        Image picture = null;
        try {
            picture = Image.createImage("/banner.png");
        } catch (IOException e) {
            // the ImageItem shows its alternate text instead
        }
        form.append(new ImageItem(null, picture, Item.LAYOUT_CENTER | Item.LAYOUT_NEWLINE_AFTER, "Hills by the sea"));
        estimate = new StringItem("Estimate", "");
        form.append(estimate);
        completeness = new Gauge("Form complete", false, 5, 0);
        form.append(completeness);

        name = new TextField("Name", "", 24, TextField.ANY | TextField.INITIAL_CAPS_WORD);
        form.append(name);
        clearButton = new StringItem(null, "Clear name", Item.BUTTON);
        clearButton.setDefaultCommand(clearName);
        clearButton.setItemCommandListener(this);
        form.append(clearButton);
        travellers = new TextField("Travellers", "2", 2, TextField.NUMERIC);
        form.append(travellers);
        nights = new Gauge("Nights", true, 14, 2);
        form.append(nights);
        room = new ChoiceGroup("Room", ChoiceGroup.POPUP, ROOMS, null);
        room.setSelectedIndex(1, true);
        form.append(room);
        transport = new ChoiceGroup("Transport", ChoiceGroup.EXCLUSIVE, TRANSPORT, null);
        form.append(transport);
        extras = new ChoiceGroup("Extras", ChoiceGroup.MULTIPLE, EXTRAS, null);
        form.append(extras);
        rating = new RatingItem("How excited are you?", 5, 3);
        form.append(rating);

        form.append(new Spacer(10, 8));
        departure = new DateField("Departure", DateField.DATE, TimeZone.getTimeZone("GMT"));
        departure.setDate(fixedDate(2007, Calendar.JULY, 13, 0, 0));
        form.append(departure);
        leaves = new DateField("Leaves at", DateField.TIME, TimeZone.getTimeZone("GMT"));
        leaves.setDate(fixedDate(1970, Calendar.JANUARY, 1, 8, 30));
        form.append(leaves);

        form.append(new Spacer(10, 8));
        email = new TextField("E-mail", "", 40, TextField.EMAILADDR);
        form.append(email);
        phone = new TextField("Phone", "", 16, TextField.PHONENUMBER);
        form.append(phone);
        budget = new TextField("Budget (EUR)", "300.00", 8, TextField.DECIMAL);
        form.append(budget);
        pin = new TextField("Loyalty PIN", "", 4, TextField.NUMERIC | TextField.PASSWORD);
        form.append(pin);
        terms = new StringItem(null, "Booking terms", Item.HYPERLINK);
        terms.setDefaultCommand(openTerms);
        terms.setItemCommandListener(this);
        form.append(terms);

        form.addCommand(submit);
        form.addCommand(reset);
        form.addCommand(exit);
        form.setCommandListener(this);
        form.setItemStateListener(this);
        update();
    }

    /** A date fixed in the code (GMT), so every run shows the same thing. */
    private static Date fixedDate(int year, int month, int day, int hour, int minute) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("GMT"));
        c.setTime(new Date(0));
        c.set(Calendar.YEAR, year);
        c.set(Calendar.MONTH, month);
        c.set(Calendar.DAY_OF_MONTH, day);
        c.set(Calendar.HOUR_OF_DAY, hour);
        c.set(Calendar.MINUTE, minute);
        return c.getTime();
    }

    // ---- live effects ---------------------------------------------------------------------

    public void itemStateChanged(Item item) {
        update();
        if (item == rating) {
            ticker.setString(rating.getValue() >= 4 ? "Excellent, this will be a great trip!"
                             : "Rated " + rating.getValue() + " of 5 stars");
        } else if (item == nights) {
            nights.setLabel("Nights: " + nights.getValue());
        } else if (item.getLabel() != null) {
            ticker.setString("Changed: " + item.getLabel());
        }
    }

    private int count() {
        try {
            return Integer.parseInt(travellers.getString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    int price() {
        int people = count();
        int total = nights.getValue() * ROOM_PRICE[Math.max(0, room.getSelectedIndex())];
        int t = transport.getSelectedIndex();
        total += people * TRANSPORT_PRICE[t < 0 ? 0 : t];
        boolean[] chosen = new boolean[EXTRAS.length];
        extras.getSelectedFlags(chosen);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                total += people * nights.getValue() * EXTRA_PRICE[i];
            }
        }
        return total;
    }

    /** Recompute the estimate and how much of the form is filled in. */
    private void update() {
        estimate.setText(price() + " EUR for " + count() + (count() == 1 ? " person" : " people"));
        int done = 0;
        done += name.size() > 0 ? 1 : 0;
        done += count() > 0 ? 1 : 0;
        done += email.getString().indexOf('@') > 0 ? 1 : 0;
        done += phone.size() > 0 ? 1 : 0;
        done += pin.size() == 4 ? 1 : 0;
        completeness.setValue(done);
    }

    // ---- commands -------------------------------------------------------------------------

    public void commandAction(Command c, Displayable d) {
        if (c == exit) {
            destroyApp(true);
            notifyDestroyed();
        } else if (c == back) {
            display.setCurrent(form);
        } else if (c == reset) {
            name.setString("");
            travellers.setString("2");
            nights.setValue(2);
            nights.setLabel("Nights");
            room.setSelectedIndex(1, true);
            transport.setSelectedIndex(0, true);
            extras.setSelectedFlags(new boolean[EXTRAS.length]);
            rating.setValue(3);
            email.setString("");
            phone.setString("");
            pin.setString("");
            ticker.setString("Form reset: start again");
            update();
        } else if (c == submit) {
            Alert done = new Alert("Booked!", describe(), null, AlertType.CONFIRMATION);
            done.setTimeout(2000);
            display.setCurrent(done, summary());
        }
    }

    public void commandAction(Command c, Item item) {
        if (c == clearName) {
            name.setString("");
            update();
            ticker.setString("Name cleared");
        } else if (c == openTerms) {
            Alert info = new Alert("Terms", "Free cancellation up to 24 hours before departure.", null, AlertType.INFO);
            info.setTimeout(Alert.FOREVER);
            display.setCurrent(info, form);
        }
    }

    private String describe() {
        String who = name.size() > 0 ? name.getString() : "Traveller";
        return who + ": " + nights.getValue() + " nights, " + ROOMS[room.getSelectedIndex()] + " room, by "
            + TRANSPORT[transport.getSelectedIndex()] + ". Total " + price() + " EUR.";
    }

    private Form summary() {
        if (summary == null) {
            summary = new Form("Your booking");
            summary.addCommand(back);
            summary.setCommandListener(this);
        }
        summary.deleteAll();
        summary.append(new StringItem("Guest", name.size() > 0 ? name.getString() : "(no name)"));
        summary.append(new StringItem("Stay", nights.getValue() + " nights, " + ROOMS[room.getSelectedIndex()]));
        summary.append(new StringItem("Travel", TRANSPORT[transport.getSelectedIndex()] + ", " + count() + " people"));
        summary.append(new StringItem("Total", price() + " EUR"));
        Gauge stars = new Gauge("Excitement", false, 5, rating.getValue());
        summary.append(stars);
        return summary;
    }
}
