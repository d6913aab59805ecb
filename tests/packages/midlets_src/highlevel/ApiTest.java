import javax.microedition.lcdui.*;
import javax.microedition.midlet.MIDlet;

/** API behaviour without the screen: each check prints "R name=result". */
public class ApiTest extends MIDlet {
    interface Check {
        Object run() throws Exception;
    }

    private static void check(String name, Check c) {
        String result;
        try {
            Object o = c.run();
            result = String.valueOf(o);
        } catch (Throwable e) {
            result = e.getClass().getName();
        }
        System.out.println("R " + name + "=" + result);
    }

    protected void startApp() {
        final Display display = Display.getDisplay(this);
        final Form f1 = new Form("One");
        final Form f2 = new Form("Two");
        final StringItem shared = new StringItem("L", "text");
        check("append", new Check() { public Object run() { return new Integer(f1.append(shared)); } });
        check("twoForms", new Check() { public Object run() { return new Integer(f2.append(shared)); } });
        check("appendNull", new Check() { public Object run() { return new Integer(f1.append((Item) null)); } });
        check("insertBad", new Check() { public Object run() { f1.insert(5, new Spacer(1, 1)); return "ok"; } });
        check("getBad", new Check() { public Object run() { return f1.get(1); } });
        check("deleteThenReuse", new Check() { public Object run() {
            f1.delete(0); return new Integer(f2.append(shared)); } });
        check("formSize", new Check() { public Object run() { return f1.size() + "," + f2.size(); } });
        check("setLayoutBad", new Check() { public Object run() { shared.setLayout(0x8000); return "ok"; } });
        check("prefSizeBad", new Check() { public Object run() { shared.setPreferredSize(-2, 0); return "ok"; } });
        check("notifyUnowned", new Check() { public Object run() { new Gauge(null, true, 5, 1).notifyStateChanged(); return "ok"; } });
        check("spacerNeg", new Check() { public Object run() { return new Spacer(-1, 0); } });
        check("spacerCommand", new Check() { public Object run() {
            new Spacer(1, 1).addCommand(new Command("x", Command.ITEM, 1)); return "ok"; } });
        check("spacerLabel", new Check() { public Object run() { new Spacer(1, 1).setLabel("x"); return "ok"; } });
        check("stringItemMode", new Check() { public Object run() { return new StringItem("a", "b", 7); } });
        // TextField
        check("tfMax0", new Check() { public Object run() { return new TextField("a", "", 0, TextField.ANY); } });
        check("tfTooLong", new Check() { public Object run() { return new TextField("a", "abcdef", 3, TextField.ANY); } });
        check("tfBadConstraint", new Check() { public Object run() { return new TextField("a", "", 5, 9); } });
        check("tfNumericText", new Check() { public Object run() { return new TextField("a", "12a", 5, TextField.NUMERIC); } });
        check("tfNumericOk", new Check() { public Object run() {
            return new TextField("a", "-12", 5, TextField.NUMERIC).getString(); } });
        check("tfDecimal", new Check() { public Object run() {
            return new TextField("a", "1.5", 5, TextField.DECIMAL).getString(); } });
        check("tfDecimal2", new Check() { public Object run() { return new TextField("a", "1.5.", 5, TextField.DECIMAL); } });
        final TextField tf = new TextField("a", "hello", 10, TextField.ANY);
        check("tfInsert", new Check() { public Object run() { tf.insert("XY", 2); return tf.getString(); } });
        check("tfInsertFar", new Check() { public Object run() { tf.insert("!", 99); return tf.getString(); } });
        check("tfInsertFull", new Check() { public Object run() { tf.insert("1234", 0); return tf.getString(); } });
        check("tfDelete", new Check() { public Object run() { tf.delete(0, 2); return tf.getString() + " " + tf.size(); } });
        check("tfDeleteBad", new Check() { public Object run() { tf.delete(4, 9); return tf.getString(); } });
        check("tfGetCharsSmall", new Check() { public Object run() { return new Integer(tf.getChars(new char[2])); } });
        check("tfSetMax", new Check() { public Object run() { return tf.setMaxSize(3) + " " + tf.getString(); } });
        check("tfSetChars", new Check() { public Object run() {
            tf.setChars("abcdef".toCharArray(), 1, 2); return tf.getString(); } });
        check("tfSetCharsBad", new Check() { public Object run() { tf.setChars("ab".toCharArray(), 1, 5); return "ok"; } });
        check("tfConstraintsClear", new Check() { public Object run() {
            tf.setConstraints(TextField.NUMERIC); return "[" + tf.getString() + "] " + tf.getConstraints(); } });
        // Gauge
        check("gaugeMax0", new Check() { public Object run() { return new Gauge("g", true, 0, 0); } });
        check("gaugeIndefInteractive", new Check() { public Object run() { return new Gauge("g", true, Gauge.INDEFINITE, 0); } });
        check("gaugeIndefBadValue", new Check() { public Object run() { return new Gauge("g", false, Gauge.INDEFINITE, 7); } });
        check("gaugeClamp", new Check() { public Object run() {
            Gauge g = new Gauge("g", true, 10, 50); int a = g.getValue(); g.setValue(-3);
            return a + "," + g.getValue(); } });
        check("gaugeToIndef", new Check() { public Object run() {
            Gauge g = new Gauge("g", false, 10, 5); g.setMaxValue(Gauge.INDEFINITE); return new Integer(g.getValue()); } });
        // Choice
        check("cgImplicit", new Check() { public Object run() { return new ChoiceGroup("c", Choice.IMPLICIT); } });
        check("listPopup", new Check() { public Object run() { return new List("l", Choice.POPUP); } });
        check("listNullString", new Check() { public Object run() {
            return new List("l", Choice.EXCLUSIVE, new String[] {"a", null}, null); } });
        check("listImagesLength", new Check() { public Object run() {
            return new List("l", Choice.EXCLUSIVE, new String[] {"a"}, new Image[2]); } });
        final List ex = new List("l", Choice.EXCLUSIVE);
        check("exEmptyIndex", new Check() { public Object run() { return new Integer(ex.getSelectedIndex()); } });
        check("exFirstSelected", new Check() { public Object run() {
            ex.append("a", null); ex.append("b", null); ex.append("c", null); return new Integer(ex.getSelectedIndex()); } });
        check("exSetFalseIgnored", new Check() { public Object run() {
            ex.setSelectedIndex(0, false); return new Integer(ex.getSelectedIndex()); } });
        check("exDeleteSelected", new Check() { public Object run() {
            ex.setSelectedIndex(2, true); ex.delete(2); return new Integer(ex.getSelectedIndex()); } });
        check("exGetBad", new Check() { public Object run() { return ex.getString(5); } });
        check("exInsertBad", new Check() { public Object run() { ex.insert(3, "x", null); return "ok"; } });
        check("exAppendNull", new Check() { public Object run() { ex.append(null, null); return "ok"; } });
        check("exFlagsShort", new Check() { public Object run() { return new Integer(ex.getSelectedFlags(new boolean[1])); } });
        check("exSetFlags", new Check() { public Object run() {
            ex.setSelectedFlags(new boolean[] {false, false}); return new Integer(ex.getSelectedIndex()); } });
        check("fitBad", new Check() { public Object run() { ex.setFitPolicy(5); return "ok"; } });
        final List mu = new List("m", Choice.MULTIPLE, new String[] {"a", "b", "c"}, null);
        check("multi", new Check() { public Object run() {
            mu.setSelectedIndex(0, true); mu.setSelectedIndex(2, true);
            boolean[] f = new boolean[5];
            int n = mu.getSelectedFlags(f);
            return n + " " + mu.getSelectedIndex() + " " + f[0] + f[1] + f[2] + f[3]; } });
        check("selectCommand", new Check() { public Object run() {
            List im = new List("i", Choice.IMPLICIT);
            return String.valueOf(List.SELECT_COMMAND.getCommandType() == Command.SCREEN); } });
        // DateField
        check("dateBadMode", new Check() { public Object run() { return new DateField("d", 4); } });
        check("dateNull", new Check() { public Object run() { return new DateField("d", DateField.DATE).getDate(); } });
        check("dateTimeOnly", new Check() { public Object run() {
            DateField d = new DateField("d", DateField.TIME, java.util.TimeZone.getTimeZone("GMT"));
            d.setDate(new java.util.Date(1700000000000L));
            return String.valueOf(d.getDate().getTime()); } });
        check("dateDateOnly", new Check() { public Object run() {
            DateField d = new DateField("d", DateField.DATE, java.util.TimeZone.getTimeZone("GMT"));
            d.setDate(new java.util.Date(1700000000000L));
            return String.valueOf(d.getDate().getTime()); } });
        // Alert
        final Alert alert = new Alert("a");
        check("alertTimeoutBad", new Check() { public Object run() { alert.setTimeout(0); return "ok"; } });
        check("alertForever", new Check() { public Object run() { alert.setTimeout(Alert.FOREVER); return new Integer(alert.getTimeout()); } });
        check("alertIndicatorInteractive", new Check() { public Object run() {
            alert.setIndicator(new Gauge(null, true, 5, 1)); return "ok"; } });
        check("alertIndicatorLabel", new Check() { public Object run() {
            alert.setIndicator(new Gauge("x", false, 5, 1)); return "ok"; } });
        final Gauge ind = new Gauge(null, false, 5, 1);
        check("alertIndicator", new Check() { public Object run() { alert.setIndicator(ind); return "ok"; } });
        check("indicatorInForm", new Check() { public Object run() { return new Integer(f1.append(ind)); } });
        check("indicatorCommand", new Check() { public Object run() {
            ind.addCommand(new Command("x", Command.ITEM, 1)); return "ok"; } });
        check("alertNextAlert", new Check() { public Object run() { display.setCurrent(alert, new Alert("b")); return "ok"; } });
        check("alertNextNull", new Check() { public Object run() { display.setCurrent(alert, null); return "ok"; } });
        check("soundNull", new Check() { public Object run() { return String.valueOf(AlertType.ERROR.playSound(null)); } });
        check("sound", new Check() { public Object run() { return String.valueOf(AlertType.ALARM.playSound(display)); } });
        check("currentItemUnowned", new Check() { public Object run() {
            display.setCurrentItem(new StringItem("x", "y")); return "ok"; } });
        check("currentItemAlert", new Check() { public Object run() { display.setCurrentItem(ind); return "ok"; } });
        check("tickerNull", new Check() { public Object run() { return new Ticker(null); } });
        check("screen", new Check() { public Object run() { return String.valueOf(f1 instanceof Screen); } });
        notifyDestroyed();
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }
}
