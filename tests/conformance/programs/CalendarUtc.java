import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

// java.util.Date with fixed millis (getTime/equals/compareTo/before/after) and
// java.util.Calendar in an explicit UTC time zone: field extraction, set/clear, add with
// month-end clamping and leap years, roll, day-of-week arithmetic, and getActualMaximum.
public class CalendarUtc {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static String fmt(Calendar c) {
        return c.get(Calendar.YEAR) + "-" + pad(c.get(Calendar.MONTH) + 1) + "-" + pad(c.get(Calendar.DAY_OF_MONTH)) + " "
                + pad(c.get(Calendar.HOUR_OF_DAY)) + ":" + pad(c.get(Calendar.MINUTE)) + ":" + pad(c.get(Calendar.SECOND))
                + "." + c.get(Calendar.MILLISECOND) + " dow=" + c.get(Calendar.DAY_OF_WEEK) + " doy=" + c.get(Calendar.DAY_OF_YEAR);
    }

    static String pad(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    public static void main(String[] args) {
        Date epoch = new Date(0L);
        Date billion = new Date(1000000000000L);
        Date copy = new Date(1000000000000L);
        System.out.println("getTime: " + epoch.getTime() + " " + billion.getTime());
        System.out.println("equals=" + billion.equals(copy) + " compareTo=" + billion.compareTo(copy) + "/" + epoch.compareTo(billion) + "/" + billion.compareTo(epoch));
        System.out.println("before=" + epoch.before(billion) + " after=" + epoch.after(billion) + " hashCode=" + billion.hashCode());
        copy.setTime(-86400000L);
        System.out.println("setTime: " + copy.getTime() + " before epoch=" + copy.before(epoch));

        Calendar c = Calendar.getInstance(UTC);
        c.setTimeInMillis(1000000000000L);
        System.out.println("1e12 ms: " + fmt(c));
        c.setTime(epoch);
        System.out.println("epoch: " + fmt(c) + " AM_PM=" + c.get(Calendar.AM_PM) + " HOUR=" + c.get(Calendar.HOUR) + " ERA=" + c.get(Calendar.ERA));
        long[] instants = {-1L, 951782400000L, 4102444799999L, 1709251199000L, -2208988800000L, 253402300799999L};
        for (long t : instants) {
            c.setTimeInMillis(t);
            System.out.println(t + " -> " + fmt(c));
        }
        c.clear();
        c.set(2024, Calendar.JANUARY, 31, 12, 30, 15);
        System.out.println("set 2024-01-31: " + fmt(c) + " millis=" + c.getTimeInMillis());
        c.add(Calendar.MONTH, 1);
        System.out.println("+1 month (leap Feb clamps): " + fmt(c));
        c.add(Calendar.YEAR, 1);
        System.out.println("+1 year (Feb 29 -> 28): " + fmt(c));
        c.add(Calendar.DAY_OF_MONTH, 400);
        System.out.println("+400 days: " + fmt(c));
        c.add(Calendar.HOUR_OF_DAY, -36);
        System.out.println("-36 hours: " + fmt(c));
        c.add(Calendar.MINUTE, 24 * 60 + 45);
        System.out.println("+1 day 45 min: " + fmt(c));
        c.roll(Calendar.MONTH, 11);
        System.out.println("roll month +11 (year unchanged): " + fmt(c));
        c.roll(Calendar.DAY_OF_MONTH, false);
        System.out.println("roll day down: " + fmt(c));

        Calendar g = new GregorianCalendar(UTC);
        g.clear();
        g.set(1900, Calendar.FEBRUARY, 1);
        System.out.println("Feb 1900 max day=" + g.getActualMaximum(Calendar.DAY_OF_MONTH) + " leap=" + ((GregorianCalendar) g).isLeapYear(1900));
        g.set(2000, Calendar.FEBRUARY, 1);
        System.out.println("Feb 2000 max day=" + g.getActualMaximum(Calendar.DAY_OF_MONTH) + " leap=" + ((GregorianCalendar) g).isLeapYear(2000));
        g.set(2023, Calendar.DECEMBER, 1);
        System.out.println("days in 2023=" + g.getActualMaximum(Calendar.DAY_OF_YEAR) + ", 2024=" + ((GregorianCalendar) g).isLeapYear(2024));
        g.clear();
        g.set(2024, Calendar.MARCH, 0);
        System.out.println("day 0 of March is last of Feb (lenient): " + fmt(g));
        g.clear();
        g.set(2023, 13, 35);
        System.out.println("month 13, day 35 (lenient): " + fmt(g));

        String[] names = {"", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        StringBuilder sb = new StringBuilder();
        Calendar d = Calendar.getInstance(UTC);
        d.clear();
        for (int year = 2020; year <= 2028; year++) {
            d.set(year, Calendar.JULY, 4);
            sb.append(year).append(':').append(names[d.get(Calendar.DAY_OF_WEEK)]).append(' ');
        }
        System.out.println("July 4th weekdays: " + sb.toString().trim());
        Calendar a = Calendar.getInstance(UTC);
        a.clear();
        a.set(1969, Calendar.JULY, 20, 20, 17, 40);
        Calendar b = Calendar.getInstance(UTC);
        b.clear();
        b.set(2000, Calendar.JANUARY, 1);
        long days = (b.getTimeInMillis() - a.getTimeInMillis()) / 86400000L;
        System.out.println("moon landing millis=" + a.getTimeInMillis() + " days to Y2K=" + days + " before=" + a.before(b)
                + " compareTo=" + a.compareTo(b));
        System.out.println("getTime().getTime() round trip: " + (a.getTime().getTime() == a.getTimeInMillis()));
        System.out.println("zone id=" + a.getTimeZone().getID() + " raw offset=" + a.getTimeZone().getRawOffset()
                + " GMT id=" + TimeZone.getTimeZone("GMT").getID());
    }
}
