package java.util;

/**
 * An instant, in milliseconds since 1970-01-01T00:00:00Z. Its fields (and toString) use the
 * default time zone, which on Kava is UTC unless TimeZone.setDefault changed it, and the Julian
 * calendar before 1582-10-15.
 */
public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private transient long fastTime;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    /** Midnight of the given date (year - 1900, month 0-11); out-of-range values roll over. */
    @Deprecated
    public Date(int year, int month, int date) {
        this(year, month, date, 0, 0, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min) {
        this(year, month, date, hrs, min, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min, int sec) {
        int y = year + 1900;
        if (month >= 12) {
            y += month / 12;
            month %= 12;
        } else if (month < 0) {
            y += Math.floorDiv(month, 12);
            month = Math.floorMod(month, 12);
        }
        long day = CalendarMath.dayOf(y, month + 1, 1) + (date - 1);
        long millis = day * CalendarMath.MILLIS_PER_DAY
                + ((hrs * 60L + min) * 60L + sec) * 1000L;
        fastTime = millis - TimeZone.getDefaultRef().getOffset(millis);
    }

    /** A copy. */
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public long getTime() {
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
    }

    public boolean before(Date when) {
        return getTime() < when.getTime();
    }

    public boolean after(Date when) {
        return getTime() > when.getTime();
    }

    public boolean equals(Object obj) {
        return obj instanceof Date && getTime() == ((Date) obj).getTime();
    }

    public int compareTo(Date anotherDate) {
        long thisTime = getTime();
        long anotherTime = anotherDate.getTime();
        return (thisTime < anotherTime ? -1 : (thisTime == anotherTime ? 0 : 1));
    }

    public int hashCode() {
        long ht = this.getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    // ---- fields in the default time zone ----

    /** {year, month 1-12, day, day of week 1-7, hour, minute, second} in the given zone. */
    private static long[] fields(long time, TimeZone zone) {
        long local = time + zone.getOffset(time);
        long day = Math.floorDiv(local, CalendarMath.MILLIS_PER_DAY);
        long ms = Math.floorMod(local, CalendarMath.MILLIS_PER_DAY);
        long[] ymd = CalendarMath.dateOf(day);
        long secs = ms / 1000;
        return new long[] {ymd[0], ymd[1], ymd[2], CalendarMath.dayOfWeek(day), secs / 3600,
            (secs / 60) % 60, secs % 60};
    }

    private long[] fields() {
        return fields(getTime(), TimeZone.getDefaultRef());
    }

    /** The year of the era minus 1900. */
    @Deprecated
    public int getYear() {
        long y = fields()[0];
        return (int) ((y <= 0 ? 1 - y : y) - 1900);
    }

    @Deprecated
    public int getMonth() {
        return (int) fields()[1] - 1;
    }

    @Deprecated
    public int getDate() {
        return (int) fields()[2];
    }

    /** 0 (Sunday) to 6 (Saturday). */
    @Deprecated
    public int getDay() {
        return (int) fields()[3] - 1;
    }

    @Deprecated
    public int getHours() {
        return (int) fields()[4];
    }

    @Deprecated
    public int getMinutes() {
        return (int) fields()[5];
    }

    @Deprecated
    public int getSeconds() {
        return (int) fields()[6];
    }

    private void setField(int index, int value) {
        long[] f = fields();
        f[index] = value;
        long ms = Math.floorMod(getTime() + TimeZone.getDefaultRef().getOffset(getTime()), 1000L);
        Date d = new Date((int) f[0] - 1900, (int) f[1] - 1, (int) f[2], (int) f[4], (int) f[5],
                (int) f[6]);
        fastTime = d.fastTime + ms;
    }

    @Deprecated
    public void setYear(int year) {
        setField(0, year + 1900);
    }

    @Deprecated
    public void setMonth(int month) {
        setField(1, month + 1);
    }

    @Deprecated
    public void setDate(int date) {
        setField(2, date);
    }

    @Deprecated
    public void setHours(int hours) {
        setField(4, hours);
    }

    @Deprecated
    public void setMinutes(int minutes) {
        setField(5, minutes);
    }

    @Deprecated
    public void setSeconds(int seconds) {
        setField(6, seconds);
    }

    private static final String[] DAY_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};

    private static void twoDigits(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** "EEE MMM dd HH:mm:ss zzz yyyy", for example "Thu Jan 01 00:00:00 UTC 1970". */
    public String toString() {
        TimeZone zone = TimeZone.getDefaultRef();
        long[] f = fields(getTime(), zone);
        StringBuilder sb = new StringBuilder(28);
        sb.append(DAY_NAMES[(int) f[3] - 1]).append(' ');
        sb.append(MONTH_NAMES[(int) f[1] - 1]).append(' ');
        twoDigits(sb, f[2]);
        sb.append(' ');
        twoDigits(sb, f[4]);
        sb.append(':');
        twoDigits(sb, f[5]);
        sb.append(':');
        twoDigits(sb, f[6]);
        sb.append(' ');
        sb.append(zone.shortName());
        long y = f[0];
        sb.append(' ').append(y <= 0 ? 1 - y : y);
        return sb.toString();
    }

    /** "d MMM yyyy HH:mm:ss GMT", for example "1 Jan 1970 00:00:00 GMT". */
    @Deprecated
    public String toGMTString() {
        long[] f = fields(getTime(), TimeZone.GMT);
        StringBuilder sb = new StringBuilder(32);
        sb.append(f[2]).append(' ');
        sb.append(MONTH_NAMES[(int) f[1] - 1]).append(' ');
        long y = f[0];
        sb.append(y <= 0 ? 1 - y : y).append(' ');
        twoDigits(sb, f[4]);
        sb.append(':');
        twoDigits(sb, f[5]);
        sb.append(':');
        twoDigits(sb, f[6]);
        sb.append(" GMT");
        return sb.toString();
    }
}
