package java.util;

/**
 * A time zone offset. Kava knows only zones with a fixed offset and no daylight saving time:
 * "UTC", "GMT", "Etc/UTC" and custom "GMT+hh:mm" forms; any other ID gives the GMT zone. The
 * default zone is UTC.
 */
public abstract class TimeZone implements java.io.Serializable, Cloneable {
    public static final int SHORT = 0;
    public static final int LONG = 1;

    private String ID;

    static final TimeZone GMT = new FixedZone("GMT", 0);
    private static final TimeZone UTC = new FixedZone("UTC", 0);
    private static volatile TimeZone defaultTimeZone = UTC;

    public TimeZone() {
    }

    /** The offset from UTC at the given local date; Kava's zones ignore the date. */
    public abstract int getOffset(int era, int year, int month, int day, int dayOfWeek,
            int milliseconds);

    /** The offset from UTC at the given instant, including daylight saving time if any. */
    public int getOffset(long date) {
        if (inDaylightTime(new Date(date))) {
            return getRawOffset() + getDSTSavings();
        }
        return getRawOffset();
    }

    public abstract void setRawOffset(int offsetMillis);

    public abstract int getRawOffset();

    public String getID() {
        return ID;
    }

    public void setID(String ID) {
        if (ID == null) {
            throw new NullPointerException();
        }
        this.ID = ID;
    }

    /** The long standard-time name ("Coordinated Universal Time", or the ID). */
    public final String getDisplayName() {
        return getDisplayName(false, LONG);
    }

    public String getDisplayName(boolean daylight, int style) {
        if (style != SHORT && style != LONG) {
            throw new IllegalArgumentException("Illegal style: " + style);
        }
        String id = getID();
        if (id.equals("UTC") || id.equals("Etc/UTC")) {
            return style == LONG ? "Coordinated Universal Time" : "UTC";
        }
        if (id.equals("GMT")) {
            return style == LONG ? "Greenwich Mean Time" : "GMT";
        }
        return id;
    }

    /** The abbreviation Date.toString prints. */
    String shortName() {
        return getDisplayName(false, SHORT);
    }

    public int getDSTSavings() {
        if (useDaylightTime()) {
            return 3600000;
        }
        return 0;
    }

    public abstract boolean useDaylightTime();

    public boolean observesDaylightTime() {
        return useDaylightTime();
    }

    public abstract boolean inDaylightTime(Date date);

    /**
     * The zone with the given ID: "UTC", "GMT", "Etc/UTC", or "GMT" followed by a sign and
     * h, hh, hmm, hhmm, h:mm or hh:mm (at most 23:59), normalized to "GMT+hh:mm". Anything
     * else gives the GMT zone.
     */
    public static synchronized TimeZone getTimeZone(String ID) {
        if (ID == null) {
            throw new NullPointerException();
        }
        if (ID.equals("UTC") || ID.equals("Etc/UTC")) {
            return new FixedZone(ID, 0);
        }
        TimeZone custom = parseCustomTimeZone(ID);
        if (custom != null) {
            return custom;
        }
        return new FixedZone("GMT", 0);
    }

    private static TimeZone parseCustomTimeZone(String id) {
        int length = id.length();
        if (length < 5 || !id.startsWith("GMT")) {
            return null;
        }
        int index = 3;
        boolean negative = false;
        char c = id.charAt(index++);
        if (c == '-') {
            negative = true;
        } else if (c != '+') {
            return null;
        }
        int hours = 0;
        int num = 0;
        int countDelim = 0;
        int len = 0;
        while (index < length) {
            c = id.charAt(index++);
            if (c == ':') {
                if (countDelim > 0 || len > 2) {
                    return null;
                }
                hours = num;
                countDelim++;
                num = 0;
                len = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            num = num * 10 + (c - '0');
            len++;
        }
        if (countDelim == 0) {
            if (len <= 2) {
                hours = num;
                num = 0;
            } else {
                hours = num / 100;
                num %= 100;
            }
        } else if (len != 2) {
            return null;
        }
        if (hours > 23 || num > 59) {
            return null;
        }
        int offset = (hours * 60 + num) * 60 * 1000;
        StringBuilder sb = new StringBuilder("GMT");
        sb.append(negative ? '-' : '+');
        if (hours < 10) {
            sb.append('0');
        }
        sb.append(hours).append(':');
        if (num < 10) {
            sb.append('0');
        }
        sb.append(num);
        return new FixedZone(sb.toString(), negative ? -offset : offset);
    }

    /** The IDs of the zones Kava knows by name. */
    public static synchronized String[] getAvailableIDs() {
        return new String[] {"Etc/UTC", "GMT", "UTC"};
    }

    /** The IDs with the given raw offset (only 0 has named zones). */
    public static synchronized String[] getAvailableIDs(int rawOffset) {
        return rawOffset == 0 ? getAvailableIDs() : new String[0];
    }

    /** A copy of the default zone (UTC unless setDefault changed it). */
    public static TimeZone getDefault() {
        return (TimeZone) getDefaultRef().clone();
    }

    static TimeZone getDefaultRef() {
        return defaultTimeZone;
    }

    /** Sets the default zone; null restores UTC. */
    public static void setDefault(TimeZone zone) {
        defaultTimeZone = zone == null ? UTC : (TimeZone) zone.clone();
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && getRawOffset() == other.getRawOffset()
                && useDaylightTime() == other.useDaylightTime();
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** A zone with a constant offset; its toString has the JDK's ZoneInfo format. */
    static final class FixedZone extends TimeZone {
        private int rawOffset;

        FixedZone(String id, int rawOffset) {
            setID(id);
            this.rawOffset = rawOffset;
        }

        public int getOffset(int era, int year, int month, int day, int dayOfWeek,
                int milliseconds) {
            return rawOffset;
        }

        public int getOffset(long date) {
            return rawOffset;
        }

        public void setRawOffset(int offsetMillis) {
            rawOffset = offsetMillis;
        }

        public int getRawOffset() {
            return rawOffset;
        }

        public boolean useDaylightTime() {
            return false;
        }

        public boolean inDaylightTime(Date date) {
            return false;
        }

        public boolean equals(Object obj) {
            if (this == obj) {
                return true;
            }
            if (!(obj instanceof FixedZone)) {
                return false;
            }
            FixedZone other = (FixedZone) obj;
            return getID().equals(other.getID()) && rawOffset == other.rawOffset;
        }

        public int hashCode() {
            return rawOffset;
        }

        public String toString() {
            return "sun.util.calendar.ZoneInfo[id=\"" + getID() + "\",offset=" + rawOffset
                    + ",dstSavings=0,useDaylight=false,transitions=0,lastRule=null]";
        }
    }
}
