package java.util;

/**
 * Converts between an instant (milliseconds since the epoch) and calendar fields.
 *
 * <p>Fields set with set() are resolved only when a value is needed (get, getTime, add...):
 * among the combinations that can determine the date (DAY_OF_MONTH, WEEK_OF_MONTH with
 * DAY_OF_WEEK, and so on), the one set most recently wins. Kava's calendars use the
 * conventions of the en_US locale: weeks start on Sunday and the first week of a month or
 * year needs one day.
 */
public abstract class Calendar implements java.io.Serializable, Cloneable, Comparable<Calendar> {
    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;

    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;

    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int UNDECIMBER = 12;

    public static final int AM = 0;
    public static final int PM = 1;

    public static final int ALL_STYLES = 0;
    public static final int SHORT = 1;
    public static final int LONG = 2;

    protected int[] fields;
    protected boolean[] isSet;
    protected long time;
    protected boolean isTimeSet;
    protected boolean areFieldsSet;
    /** Whether every field holds the value computed from time. */
    transient boolean areAllFieldsSet;

    private boolean lenient = true;
    private TimeZone zone;
    private int firstDayOfWeek;
    private int minimalDaysInFirstWeek;

    /** Per field: UNSET, COMPUTED, or the (increasing) order in which set() was called. */
    transient int[] stamp;
    private transient int nextStamp;

    static final int UNSET = 0;
    static final int COMPUTED = 1;
    static final int MINIMUM_USER_STAMP = 2;

    static final int ALL_FIELDS = (1 << FIELD_COUNT) - 1;

    static final String[] FIELD_NAME = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR",
        "WEEK_OF_MONTH", "DAY_OF_MONTH", "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH",
        "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND", "MILLISECOND", "ZONE_OFFSET",
        "DST_OFFSET"};

    /** A calendar in the default time zone. */
    protected Calendar() {
        this(TimeZone.getDefaultRef());
    }

    /** A calendar in the given time zone (en_US week conventions). */
    protected Calendar(TimeZone zone) {
        fields = new int[FIELD_COUNT];
        isSet = new boolean[FIELD_COUNT];
        stamp = new int[FIELD_COUNT];
        nextStamp = MINIMUM_USER_STAMP;
        this.zone = zone;
        firstDayOfWeek = SUNDAY;
        minimalDaysInFirstWeek = 1;
    }

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    protected abstract void computeTime();

    protected abstract void computeFields();

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        if (!isTimeSet) {
            updateTime();
        }
        return time;
    }

    public void setTimeInMillis(long millis) {
        if (time == millis && isTimeSet && areFieldsSet && areAllFieldsSet) {
            return;
        }
        time = millis;
        isTimeSet = true;
        areFieldsSet = false;
        computeFields();
        areAllFieldsSet = areFieldsSet = true;
    }

    public int get(int field) {
        complete();
        return internalGet(field);
    }

    protected final int internalGet(int field) {
        return fields[field];
    }

    final void internalSet(int field, int value) {
        fields[field] = value;
    }

    /** Sets a field; the time is recomputed (and other fields resolved) when next needed. */
    public void set(int field, int value) {
        if (areFieldsSet && !areAllFieldsSet) {
            computeFields();
        }
        internalSet(field, value);
        isTimeSet = false;
        areFieldsSet = false;
        isSet[field] = true;
        stamp[field] = nextStamp++;
        if (nextStamp == Integer.MAX_VALUE) {
            adjustStamp();
        }
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute,
            int second) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
        set(SECOND, second);
    }

    /** Unsets every field (their values become 0) and the time. */
    public final void clear() {
        for (int i = 0; i < fields.length;) {
            stamp[i] = fields[i] = 0;
            isSet[i++] = false;
        }
        areAllFieldsSet = areFieldsSet = false;
        isTimeSet = false;
    }

    public final void clear(int field) {
        fields[field] = 0;
        stamp[field] = UNSET;
        isSet[field] = false;
        areAllFieldsSet = areFieldsSet = false;
        isTimeSet = false;
    }

    public final boolean isSet(int field) {
        return stamp[field] != UNSET;
    }

    /** Computes the time from the fields if needed, then every field from the time. */
    protected void complete() {
        if (!isTimeSet) {
            updateTime();
        }
        if (!areFieldsSet || !areAllFieldsSet) {
            computeFields();
            areAllFieldsSet = areFieldsSet = true;
        }
    }

    private void updateTime() {
        computeTime();
        isTimeSet = true;
    }

    /** Marks the fields in mask as computed from the time. */
    final void setFieldsComputed(int mask) {
        if (mask == ALL_FIELDS) {
            for (int i = 0; i < fields.length; i++) {
                stamp[i] = COMPUTED;
                isSet[i] = true;
            }
            areFieldsSet = areAllFieldsSet = true;
        } else {
            for (int i = 0; i < fields.length; i++) {
                if ((mask & 1) == 1) {
                    stamp[i] = COMPUTED;
                    isSet[i] = true;
                } else if (areAllFieldsSet && !isSet[i]) {
                    areAllFieldsSet = false;
                }
                mask >>>= 1;
            }
        }
    }

    /** Clears the fields outside mask: the state after the time was computed from fields. */
    final void setFieldsNormalized(int mask) {
        if (mask != ALL_FIELDS) {
            for (int i = 0; i < fields.length; i++) {
                if ((mask & 1) == 0) {
                    stamp[i] = fields[i] = 0;
                    isSet[i] = false;
                }
                mask >>= 1;
            }
        }
        areFieldsSet = true;
        areAllFieldsSet = false;
    }

    /** The mask of fields that are set or computed. */
    final int getSetStateFields() {
        int mask = 0;
        for (int i = 0; i < fields.length; i++) {
            if (stamp[i] != UNSET) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    final boolean isExternallySet(int field) {
        return stamp[field] >= MINIMUM_USER_STAMP;
    }

    final boolean isPartiallyNormalized() {
        return areFieldsSet && !areAllFieldsSet;
    }

    private static int aggregateStamp(int stamp_a, int stamp_b) {
        if (stamp_a == UNSET || stamp_b == UNSET) {
            return UNSET;
        }
        return (stamp_a > stamp_b) ? stamp_a : stamp_b;
    }

    static boolean isFieldSet(int fieldMask, int field) {
        return (fieldMask & (1 << field)) != 0;
    }

    /**
     * The fields that determine the time: YEAR (and ERA if set), the most recently set
     * combination that gives a date, and the most recently set way to give the hour.
     */
    final int selectFields() {
        int fieldMask = 1 << YEAR;
        if (stamp[ERA] != UNSET) {
            fieldMask |= 1 << ERA;
        }
        int dowStamp = stamp[DAY_OF_WEEK];
        int monthStamp = stamp[MONTH];
        int domStamp = stamp[DAY_OF_MONTH];
        int womStamp = aggregateStamp(stamp[WEEK_OF_MONTH], dowStamp);
        int dowimStamp = aggregateStamp(stamp[DAY_OF_WEEK_IN_MONTH], dowStamp);
        int doyStamp = stamp[DAY_OF_YEAR];
        int woyStamp = aggregateStamp(stamp[WEEK_OF_YEAR], dowStamp);
        int bestStamp = domStamp;
        if (womStamp > bestStamp) {
            bestStamp = womStamp;
        }
        if (dowimStamp > bestStamp) {
            bestStamp = dowimStamp;
        }
        if (doyStamp > bestStamp) {
            bestStamp = doyStamp;
        }
        if (woyStamp > bestStamp) {
            bestStamp = woyStamp;
        }
        if (bestStamp == UNSET) {
            womStamp = stamp[WEEK_OF_MONTH];
            dowimStamp = Math.max(stamp[DAY_OF_WEEK_IN_MONTH], dowStamp);
            woyStamp = stamp[WEEK_OF_YEAR];
            bestStamp = Math.max(Math.max(womStamp, dowimStamp), woyStamp);
            if (bestStamp == UNSET) {
                bestStamp = domStamp = monthStamp;
            }
        }
        if (bestStamp == domStamp
                || (bestStamp == womStamp && stamp[WEEK_OF_MONTH] >= stamp[WEEK_OF_YEAR])
                || (bestStamp == dowimStamp
                        && stamp[DAY_OF_WEEK_IN_MONTH] >= stamp[WEEK_OF_YEAR])) {
            fieldMask |= 1 << MONTH;
            if (bestStamp == domStamp) {
                fieldMask |= 1 << DAY_OF_MONTH;
            } else {
                if (dowStamp != UNSET) {
                    fieldMask |= 1 << DAY_OF_WEEK;
                }
                if (womStamp == dowimStamp) {
                    if (stamp[WEEK_OF_MONTH] >= stamp[DAY_OF_WEEK_IN_MONTH]) {
                        fieldMask |= 1 << WEEK_OF_MONTH;
                    } else {
                        fieldMask |= 1 << DAY_OF_WEEK_IN_MONTH;
                    }
                } else {
                    if (bestStamp == womStamp) {
                        fieldMask |= 1 << WEEK_OF_MONTH;
                    } else if (stamp[DAY_OF_WEEK_IN_MONTH] != UNSET) {
                        fieldMask |= 1 << DAY_OF_WEEK_IN_MONTH;
                    }
                }
            }
        } else {
            if (bestStamp == doyStamp) {
                fieldMask |= 1 << DAY_OF_YEAR;
            } else {
                if (dowStamp != UNSET) {
                    fieldMask |= 1 << DAY_OF_WEEK;
                }
                fieldMask |= 1 << WEEK_OF_YEAR;
            }
        }
        int hourOfDayStamp = stamp[HOUR_OF_DAY];
        int hourStamp = aggregateStamp(stamp[HOUR], stamp[AM_PM]);
        bestStamp = (hourStamp > hourOfDayStamp) ? hourStamp : hourOfDayStamp;
        if (bestStamp == UNSET) {
            bestStamp = Math.max(stamp[HOUR], stamp[AM_PM]);
        }
        if (bestStamp != UNSET) {
            if (bestStamp == hourOfDayStamp) {
                fieldMask |= 1 << HOUR_OF_DAY;
            } else {
                fieldMask |= 1 << HOUR;
                if (stamp[AM_PM] != UNSET) {
                    fieldMask |= 1 << AM_PM;
                }
            }
        }
        if (stamp[MINUTE] != UNSET) {
            fieldMask |= 1 << MINUTE;
        }
        if (stamp[SECOND] != UNSET) {
            fieldMask |= 1 << SECOND;
        }
        if (stamp[MILLISECOND] != UNSET) {
            fieldMask |= 1 << MILLISECOND;
        }
        if (stamp[ZONE_OFFSET] >= MINIMUM_USER_STAMP) {
            fieldMask |= 1 << ZONE_OFFSET;
        }
        if (stamp[DST_OFFSET] >= MINIMUM_USER_STAMP) {
            fieldMask |= 1 << DST_OFFSET;
        }
        return fieldMask;
    }

    /** Renumbers the user stamps from MINIMUM_USER_STAMP, keeping their order. */
    private void adjustStamp() {
        int newStamp = MINIMUM_USER_STAMP;
        int last = MINIMUM_USER_STAMP - 1;
        while (true) {
            int min = Integer.MAX_VALUE;
            for (int v : stamp) {
                if (v > last && v < min) {
                    min = v;
                }
            }
            if (min == Integer.MAX_VALUE) {
                break;
            }
            for (int i = 0; i < stamp.length; i++) {
                if (stamp[i] == min) {
                    stamp[i] = -newStamp;
                }
            }
            newStamp++;
            last = min;
        }
        for (int i = 0; i < stamp.length; i++) {
            if (stamp[i] < 0) {
                stamp[i] = -stamp[i];
            }
        }
        nextStamp = newStamp;
    }

    public abstract void add(int field, int amount);

    public abstract void roll(int field, boolean up);

    /** Rolls by amount single steps (up if positive) without changing larger fields. */
    public void roll(int field, int amount) {
        while (amount > 0) {
            roll(field, true);
            amount--;
        }
        while (amount < 0) {
            roll(field, false);
            amount++;
        }
    }

    public void setTimeZone(TimeZone value) {
        zone = value;
        areAllFieldsSet = areFieldsSet = false;
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    TimeZone getZone() {
        return zone;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    public void setFirstDayOfWeek(int value) {
        if (firstDayOfWeek == value) {
            return;
        }
        firstDayOfWeek = value;
        invalidateWeekFields();
    }

    public int getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public void setMinimalDaysInFirstWeek(int value) {
        if (minimalDaysInFirstWeek == value) {
            return;
        }
        minimalDaysInFirstWeek = value;
        invalidateWeekFields();
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDaysInFirstWeek;
    }

    /** Recomputes computed week fields after the week conventions changed. */
    private void invalidateWeekFields() {
        if (stamp[WEEK_OF_MONTH] != COMPUTED && stamp[WEEK_OF_YEAR] != COMPUTED) {
            return;
        }
        Calendar cal = (Calendar) clone();
        cal.setLenient(true);
        cal.clear(WEEK_OF_MONTH);
        cal.clear(WEEK_OF_YEAR);
        if (stamp[WEEK_OF_MONTH] == COMPUTED) {
            fields[WEEK_OF_MONTH] = cal.get(WEEK_OF_MONTH);
        }
        if (stamp[WEEK_OF_YEAR] == COMPUTED) {
            fields[WEEK_OF_YEAR] = cal.get(WEEK_OF_YEAR);
        }
    }

    public abstract int getMinimum(int field);

    public abstract int getMaximum(int field);

    public abstract int getGreatestMinimum(int field);

    public abstract int getLeastMaximum(int field);

    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    public int getActualMaximum(int field) {
        return getMaximum(field);
    }

    public String getCalendarType() {
        return getClass().getName();
    }

    /** The time of cal without changing it. */
    private static long getMillisOf(Calendar calendar) {
        if (calendar.isTimeSet) {
            return calendar.time;
        }
        Calendar cal = (Calendar) calendar.clone();
        cal.setLenient(true);
        return cal.getTimeInMillis();
    }

    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Calendar)) {
            return false;
        }
        Calendar that = (Calendar) obj;
        return getMillisOf(this) == getMillisOf(that) && lenient == that.lenient
                && firstDayOfWeek == that.firstDayOfWeek
                && minimalDaysInFirstWeek == that.minimalDaysInFirstWeek
                && zone.equals(that.zone);
    }

    public int hashCode() {
        int otheritems = (lenient ? 1 : 0) | (firstDayOfWeek << 1)
                | (minimalDaysInFirstWeek << 4) | (zone.hashCode() << 7);
        long t = getMillisOf(this);
        return (int) t ^ (int) (t >> 32) ^ otheritems;
    }

    public boolean before(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) > 0;
    }

    public int compareTo(Calendar anotherCalendar) {
        long thisTime = getMillisOf(this);
        long t = getMillisOf(anotherCalendar);
        return (thisTime > t) ? 1 : (thisTime == t) ? 0 : -1;
    }

    /** A deep copy (fields, state and time zone). */
    public Object clone() {
        try {
            Calendar other = (Calendar) super.clone();
            other.fields = new int[FIELD_COUNT];
            other.isSet = new boolean[FIELD_COUNT];
            other.stamp = new int[FIELD_COUNT];
            for (int i = 0; i < FIELD_COUNT; i++) {
                other.fields[i] = fields[i];
                other.stamp[i] = stamp[i];
                other.isSet[i] = isSet[i];
            }
            other.zone = (TimeZone) zone.clone();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    static String getFieldName(int field) {
        return FIELD_NAME[field];
    }

    /** The JDK's debugging form: class, time, state, zone, week conventions, every field. */
    public String toString() {
        StringBuilder buffer = new StringBuilder(800);
        buffer.append(getClass().getName()).append('[');
        buffer.append("time=");
        if (isTimeSet) {
            buffer.append(time);
        } else {
            buffer.append('?');
        }
        buffer.append(",areFieldsSet=").append(areFieldsSet);
        buffer.append(",areAllFieldsSet=").append(areAllFieldsSet);
        buffer.append(",lenient=").append(lenient);
        buffer.append(",zone=").append(zone);
        buffer.append(",firstDayOfWeek=").append(firstDayOfWeek);
        buffer.append(",minimalDaysInFirstWeek=").append(minimalDaysInFirstWeek);
        for (int i = 0; i < FIELD_COUNT; ++i) {
            buffer.append(',').append(FIELD_NAME[i]).append('=');
            if (isSet(i)) {
                buffer.append(fields[i]);
            } else {
                buffer.append('?');
            }
        }
        buffer.append(']');
        return buffer.toString();
    }
}
