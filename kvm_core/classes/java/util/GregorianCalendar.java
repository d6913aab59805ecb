package java.util;

/**
 * The Julian/Gregorian calendar with the JDK's default cutover: 1582-10-04 (Julian) is
 * followed by 1582-10-15 (Gregorian). Years before 1 AD are ERA BC with YEAR counting back
 * from 1.
 */
public class GregorianCalendar extends Calendar {
    public static final int BC = 0;
    public static final int AD = 1;

    private static final long ONE_SECOND = 1000;
    private static final long ONE_MINUTE = 60 * ONE_SECOND;
    private static final long ONE_HOUR = 60 * ONE_MINUTE;
    private static final long ONE_DAY = 24 * ONE_HOUR;

    /** The JDK's fixed date (days from 0001-01-01 Gregorian, which is 1) of the cutover. */
    private static final long CUTOVER_FIXED_DATE = 577736L;

    static final int[] MIN_VALUES = {BC, 1, JANUARY, 1, 0, 1, 1, SUNDAY, 1, AM, 0, 0, 0, 0, 0,
        -13 * (int) ONE_HOUR, 0};
    static final int[] LEAST_MAX_VALUES = {AD, 292269054, DECEMBER, 50, 3, 28, 355, SATURDAY,
        3, PM, 11, 23, 59, 59, 999, 14 * (int) ONE_HOUR, 20 * (int) ONE_MINUTE};
    static final int[] MAX_VALUES = {AD, 292278994, DECEMBER, 53, 6, 31, 366, SATURDAY, 6, PM,
        11, 23, 59, 59, 999, 14 * (int) ONE_HOUR, 2 * (int) ONE_HOUR};

    public GregorianCalendar() {
        this(TimeZone.getDefaultRef());
    }

    public GregorianCalendar(TimeZone zone) {
        super(zone);
        setTimeInMillis(System.currentTimeMillis());
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute,
            int second) {
        this(year, month, dayOfMonth, hourOfDay, minute, second, 0);
    }

    GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute,
            int second, int millis) {
        super(TimeZone.getDefaultRef());
        set(YEAR, year);
        set(MONTH, month);
        set(DAY_OF_MONTH, dayOfMonth);
        if (hourOfDay >= 12 && hourOfDay <= 23) {
            internalSet(AM_PM, PM);
            internalSet(HOUR, hourOfDay - 12);
        } else {
            internalSet(HOUR, hourOfDay);
        }
        setFieldsComputed((1 << HOUR) | (1 << AM_PM));
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
        set(SECOND, second);
        internalSet(MILLISECOND, millis);
    }

    /** The cutover instant (1582-10-15T00:00:00Z). */
    public final Date getGregorianChange() {
        return new Date(CalendarMath.CUTOVER_MILLIS);
    }

    /** Leap year of the given year (AD): Julian rule up to 1582, Gregorian after. */
    public boolean isLeapYear(int year) {
        return CalendarMath.isLeapYear(year);
    }

    public String getCalendarType() {
        return "gregory";
    }

    public boolean equals(Object obj) {
        return obj instanceof GregorianCalendar && super.equals(obj);
    }

    public int hashCode() {
        return super.hashCode() ^ (int) CUTOVER_FIXED_DATE;
    }

    public int getMinimum(int field) {
        return MIN_VALUES[field];
    }

    public int getMaximum(int field) {
        return MAX_VALUES[field];
    }

    public int getGreatestMinimum(int field) {
        return MIN_VALUES[field];
    }

    public int getLeastMaximum(int field) {
        return LEAST_MAX_VALUES[field];
    }

    // ---- fields from time ----

    /** The proleptic year (1 BC is 0) of the current fields. */
    private int normalizedYear() {
        int year = internalGet(YEAR);
        return internalGet(ERA) == BC ? 1 - year : year;
    }

    /** The current date as a day number (days since 1970-01-01), from the fields. */
    private long currentDay() {
        return CalendarMath.dayOf(normalizedYear(), internalGet(MONTH) + 1,
                internalGet(DAY_OF_MONTH));
    }

    /** The date with the given day of week on or before day. */
    private static long dayOfWeekOnOrBefore(long day, int dayOfWeek) {
        int diff = Math.floorMod(CalendarMath.dayOfWeek(day) - dayOfWeek, 7);
        return day - diff;
    }

    /** The week number of day in the period starting on periodStart (may be 0). */
    private int weekNumber(long periodStart, long day) {
        long weekStart = dayOfWeekOnOrBefore(periodStart + 6, getFirstDayOfWeek());
        int ndays = (int) (weekStart - periodStart);
        if (ndays >= getMinimalDaysInFirstWeek()) {
            weekStart -= 7;
        }
        return (int) Math.floorDiv(day - weekStart, 7L) + 1;
    }

    /** All field values for the current time, in the current zone. */
    private int[] fieldsOf(long millis) {
        int[] f = new int[FIELD_COUNT];
        int zoneOffset = getZone().getOffset(millis);
        int rawOffset = getZone().getRawOffset();
        long local = millis + zoneOffset;
        long day = Math.floorDiv(local, ONE_DAY);
        int timeOfDay = (int) Math.floorMod(local, ONE_DAY);
        long[] ymd = CalendarMath.dateOf(day);
        long y = ymd[0];
        int month = (int) ymd[1];
        int dom = (int) ymd[2];
        if (y > 0) {
            f[ERA] = AD;
            f[YEAR] = (int) y;
        } else {
            f[ERA] = BC;
            f[YEAR] = (int) (1 - y);
        }
        f[MONTH] = month - 1;
        f[DAY_OF_MONTH] = dom;
        f[DAY_OF_WEEK] = CalendarMath.dayOfWeek(day);
        long jan1 = CalendarMath.yearStart(y);
        f[DAY_OF_YEAR] = (int) (day - jan1) + 1;
        int woy = weekNumber(jan1, day);
        if (woy == 0) {
            woy = weekNumber(CalendarMath.yearStart(y - 1), jan1 - 1);
        } else if (woy >= 52 || y == CalendarMath.CUTOVER_YEAR
                || y == CalendarMath.CUTOVER_YEAR - 1) {
            // The last days may form week 1 of the next year (checked for any week number
            // around the cutover, where years are short).
            long nextJan1 = CalendarMath.yearStart(y + 1);
            long nextWeekStart = dayOfWeekOnOrBefore(nextJan1 + 6, getFirstDayOfWeek());
            int ndays = (int) (nextWeekStart - nextJan1);
            if (ndays >= getMinimalDaysInFirstWeek() && day >= nextWeekStart - 7) {
                woy = 1;
            }
        }
        f[WEEK_OF_YEAR] = woy;
        long month1 = CalendarMath.monthStart(y, month);
        f[WEEK_OF_MONTH] = weekNumber(month1, day);
        f[DAY_OF_WEEK_IN_MONTH] = (int) ((day - month1) / 7) + 1;
        int hour = timeOfDay / (int) ONE_HOUR;
        f[HOUR_OF_DAY] = hour;
        f[AM_PM] = hour / 12;
        f[HOUR] = hour % 12;
        int rest = timeOfDay % (int) ONE_HOUR;
        f[MINUTE] = rest / (int) ONE_MINUTE;
        rest %= (int) ONE_MINUTE;
        f[SECOND] = rest / (int) ONE_SECOND;
        f[MILLISECOND] = rest % (int) ONE_SECOND;
        f[ZONE_OFFSET] = rawOffset;
        f[DST_OFFSET] = zoneOffset - rawOffset;
        return f;
    }

    /** Computes every field from the time (those already normalized keep their values). */
    protected void computeFields() {
        int[] f = fieldsOf(time);
        for (int i = 0; i < FIELD_COUNT; i++) {
            internalSet(i, f[i]);
        }
        setFieldsComputed(ALL_FIELDS);
    }

    // ---- time from fields ----

    protected void computeTime() {
        int[] originalFields = null;
        if (!isLenient()) {
            originalFields = new int[FIELD_COUNT];
            for (int field = 0; field < FIELD_COUNT; field++) {
                int value = internalGet(field);
                if (isExternallySet(field)) {
                    if (value < getMinimum(field) || value > getMaximum(field)) {
                        throw new IllegalArgumentException(getFieldName(field));
                    }
                }
                originalFields[field] = value;
            }
        }
        int fieldMask = selectFields();
        long year = isSet(YEAR) ? internalGet(YEAR) : 1970;
        int era = isSet(ERA) ? internalGet(ERA) : AD;
        if (era == BC) {
            year = 1 - year;
        } else if (era != AD) {
            throw new IllegalArgumentException("Invalid era");
        }
        long timeOfDay = 0;
        if (isFieldSet(fieldMask, HOUR_OF_DAY)) {
            timeOfDay += internalGet(HOUR_OF_DAY);
        } else {
            timeOfDay += internalGet(HOUR);
            if (isFieldSet(fieldMask, AM_PM)) {
                timeOfDay += 12 * internalGet(AM_PM);
            }
        }
        timeOfDay *= 60;
        timeOfDay += internalGet(MINUTE);
        timeOfDay *= 60;
        timeOfDay += internalGet(SECOND);
        timeOfDay *= 1000;
        timeOfDay += internalGet(MILLISECOND);
        long day = Math.floorDiv(timeOfDay, ONE_DAY);
        timeOfDay = Math.floorMod(timeOfDay, ONE_DAY);
        day += dayFromFields(year, fieldMask);
        long millis = day * ONE_DAY + timeOfDay;
        int zoneOffset;
        if (isFieldSet(fieldMask, ZONE_OFFSET) || isFieldSet(fieldMask, DST_OFFSET)) {
            int raw = isFieldSet(fieldMask, ZONE_OFFSET) ? internalGet(ZONE_OFFSET)
                    : getZone().getRawOffset();
            int dst = isFieldSet(fieldMask, DST_OFFSET) ? internalGet(DST_OFFSET) : 0;
            zoneOffset = raw + dst;
        } else {
            zoneOffset = getZone().getOffset(millis - getZone().getRawOffset());
        }
        millis -= zoneOffset;
        time = millis;
        int mask = fieldMask | getSetStateFields();
        int[] f = fieldsOf(millis);
        for (int i = 0; i < FIELD_COUNT; i++) {
            if (isFieldSet(mask, i)) {
                internalSet(i, f[i]);
            }
        }
        if (!isLenient()) {
            for (int field = 0; field < FIELD_COUNT; field++) {
                if (!isExternallySet(field)) {
                    continue;
                }
                if (originalFields[field] != internalGet(field)) {
                    String s = originalFields[field] + " -> " + internalGet(field);
                    System.arraycopy(originalFields, 0, fields, 0, fields.length);
                    throw new IllegalArgumentException(getFieldName(field) + ": " + s);
                }
            }
        }
        setFieldsNormalized(mask);
    }

    /** The day (days since the epoch) the date fields selected by fieldMask give. */
    private long dayFromFields(long year, int fieldMask) {
        int month = JANUARY;
        if (isFieldSet(fieldMask, MONTH)) {
            month = internalGet(MONTH);
            if (month > DECEMBER) {
                year += month / 12;
                month %= 12;
            } else if (month < JANUARY) {
                year += Math.floorDiv(month, 12);
                month = Math.floorMod(month, 12);
            }
        }
        long day = CalendarMath.monthStart(year, month + 1);
        if (isFieldSet(fieldMask, MONTH)) {
            if (isFieldSet(fieldMask, DAY_OF_MONTH)) {
                if (isSet(DAY_OF_MONTH)) {
                    day += internalGet(DAY_OF_MONTH) - 1;
                }
            } else if (isFieldSet(fieldMask, WEEK_OF_MONTH)) {
                long weekStart = dayOfWeekOnOrBefore(day + 6, getFirstDayOfWeek());
                if (weekStart - day >= getMinimalDaysInFirstWeek()) {
                    weekStart -= 7;
                }
                if (isFieldSet(fieldMask, DAY_OF_WEEK)) {
                    weekStart = dayOfWeekOnOrBefore(weekStart + 6, internalGet(DAY_OF_WEEK));
                }
                day = weekStart + 7L * (internalGet(WEEK_OF_MONTH) - 1);
            } else {
                int dayOfWeek = isFieldSet(fieldMask, DAY_OF_WEEK) ? internalGet(DAY_OF_WEEK)
                        : getFirstDayOfWeek();
                int dowim = isFieldSet(fieldMask, DAY_OF_WEEK_IN_MONTH)
                        ? internalGet(DAY_OF_WEEK_IN_MONTH) : 1;
                if (dowim >= 0) {
                    day = dayOfWeekOnOrBefore(day + (7L * dowim) - 1, dayOfWeek);
                } else {
                    int lastDate = CalendarMath.nominalMonthLength(year, month + 1)
                            + (7 * (dowim + 1));
                    day = dayOfWeekOnOrBefore(day + lastDate - 1, dayOfWeek);
                }
            }
        } else {
            if (isFieldSet(fieldMask, DAY_OF_YEAR)) {
                day += internalGet(DAY_OF_YEAR) - 1;
            } else {
                long weekStart = dayOfWeekOnOrBefore(day + 6, getFirstDayOfWeek());
                if (weekStart - day >= getMinimalDaysInFirstWeek()) {
                    weekStart -= 7;
                }
                if (isFieldSet(fieldMask, DAY_OF_WEEK)) {
                    int dayOfWeek = internalGet(DAY_OF_WEEK);
                    if (dayOfWeek != getFirstDayOfWeek()) {
                        weekStart = dayOfWeekOnOrBefore(weekStart + 6, dayOfWeek);
                    }
                }
                day = weekStart + 7L * (internalGet(WEEK_OF_YEAR) - 1);
            }
        }
        return day;
    }

    // ---- arithmetic ----

    /** Adds amount to field; larger fields carry, and the day is pinned to the month's end. */
    public void add(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        if (field == YEAR) {
            int year = internalGet(YEAR);
            if (internalGet(ERA) == AD) {
                year += amount;
                if (year > 0) {
                    set(YEAR, year);
                } else {
                    set(YEAR, 1 - year);
                    set(ERA, BC);
                }
            } else {
                year -= amount;
                if (year > 0) {
                    set(YEAR, year);
                } else {
                    set(YEAR, 1 - year);
                    set(ERA, AD);
                }
            }
            pinDayOfMonth();
        } else if (field == MONTH) {
            int month = internalGet(MONTH) + amount;
            int year = internalGet(YEAR);
            int yearAmount;
            if (month >= 0) {
                yearAmount = month / 12;
            } else {
                yearAmount = (month + 1) / 12 - 1;
            }
            if (yearAmount != 0) {
                if (internalGet(ERA) == AD) {
                    year += yearAmount;
                    if (year > 0) {
                        set(YEAR, year);
                    } else {
                        set(YEAR, 1 - year);
                        set(ERA, BC);
                    }
                } else {
                    year -= yearAmount;
                    if (year > 0) {
                        set(YEAR, year);
                    } else {
                        set(YEAR, 1 - year);
                        set(ERA, AD);
                    }
                }
            }
            if (month >= 0) {
                set(MONTH, month % 12);
            } else {
                month %= 12;
                if (month < 0) {
                    month += 12;
                }
                set(MONTH, JANUARY + month);
            }
            pinDayOfMonth();
        } else if (field == ERA) {
            int era = internalGet(ERA) + amount;
            if (era < 0) {
                era = 0;
            }
            if (era > 1) {
                era = 1;
            }
            set(ERA, era);
        } else {
            long delta = amount;
            long timeOfDay = 0;
            switch (field) {
                case HOUR:
                case HOUR_OF_DAY:
                    delta *= ONE_HOUR;
                    break;
                case MINUTE:
                    delta *= ONE_MINUTE;
                    break;
                case SECOND:
                    delta *= ONE_SECOND;
                    break;
                case MILLISECOND:
                    break;
                case WEEK_OF_YEAR:
                case WEEK_OF_MONTH:
                case DAY_OF_WEEK_IN_MONTH:
                    delta *= 7;
                    break;
                case DAY_OF_MONTH:
                case DAY_OF_YEAR:
                case DAY_OF_WEEK:
                    break;
                case AM_PM:
                    delta = amount / 2;
                    timeOfDay = 12 * (amount % 2);
                    break;
                default:
                    break;
            }
            if (field >= HOUR) {
                setTimeInMillis(time + delta);
                return;
            }
            long day = currentDay();
            timeOfDay += internalGet(HOUR_OF_DAY);
            timeOfDay *= 60;
            timeOfDay += internalGet(MINUTE);
            timeOfDay *= 60;
            timeOfDay += internalGet(SECOND);
            timeOfDay *= 1000;
            timeOfDay += internalGet(MILLISECOND);
            if (timeOfDay >= ONE_DAY) {
                day++;
                timeOfDay -= ONE_DAY;
            } else if (timeOfDay < 0) {
                day--;
                timeOfDay += ONE_DAY;
            }
            day += delta;
            int zoneOffset = internalGet(ZONE_OFFSET) + internalGet(DST_OFFSET);
            setTimeInMillis(day * ONE_DAY + timeOfDay - zoneOffset);
        }
    }

    /** Sets DAY_OF_MONTH to the month's last day if it is past it. */
    private void pinDayOfMonth() {
        int monthLen = CalendarMath.nominalMonthLength(normalizedYear(), internalGet(MONTH) + 1);
        int dom = internalGet(DAY_OF_MONTH);
        if (dom > monthLen) {
            set(DAY_OF_MONTH, monthLen);
        }
    }

    public void roll(int field, boolean up) {
        roll(field, up ? +1 : -1);
    }

    private static int getRolledValue(int value, int amount, int min, int max) {
        int range = max - min + 1;
        amount %= range;
        int n = value + amount;
        if (n > max) {
            n -= range;
        } else if (n < min) {
            n += range;
        }
        return n;
    }

    /** Adds amount to field, wrapping within its range without changing larger fields. */
    public void roll(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        int min = getMinimum(field);
        int max = getMaximum(field);
        switch (field) {
            case AM_PM:
            case ERA:
            case YEAR:
            case MINUTE:
            case SECOND:
            case MILLISECOND:
                break;
            case HOUR:
            case HOUR_OF_DAY: {
                int unit = max + 1;
                int h = internalGet(field);
                int nh = (h + amount) % unit;
                if (nh < 0) {
                    nh += unit;
                }
                setTimeInMillis(time + ONE_HOUR * (nh - h));
                return;
            }
            case MONTH: {
                int mon = (internalGet(MONTH) + amount) % 12;
                if (mon < 0) {
                    mon += 12;
                }
                set(MONTH, mon);
                int monthLen = CalendarMath.nominalMonthLength(normalizedYear(), mon + 1);
                if (internalGet(DAY_OF_MONTH) > monthLen) {
                    set(DAY_OF_MONTH, monthLen);
                }
                return;
            }
            case WEEK_OF_YEAR: {
                int y = normalizedYear();
                max = getActualMaximum(WEEK_OF_YEAR);
                int woy = internalGet(WEEK_OF_YEAR);
                int value = getRolledValue(woy, amount, min, max);
                int weekYear = weekYear();
                if (weekYear == y) {
                    if (value > min && value < max) {
                        set(WEEK_OF_YEAR, value);
                        return;
                    }
                    long day = currentDay();
                    long day1 = day - (7L * (woy - min));
                    if (CalendarMath.dateOf(day1)[0] != y) {
                        min++;
                    }
                    day += 7L * (max - internalGet(WEEK_OF_YEAR));
                    if (CalendarMath.dateOf(day)[0] != y) {
                        max--;
                    }
                } else {
                    if (weekYear > y) {
                        if (amount < 0) {
                            amount++;
                        }
                        woy = max;
                    } else {
                        if (amount > 0) {
                            amount -= woy - max;
                        }
                        woy = min;
                    }
                }
                set(field, getRolledValue(woy, amount, min, max));
                return;
            }
            case WEEK_OF_MONTH: {
                int dow = internalGet(DAY_OF_WEEK) - getFirstDayOfWeek();
                if (dow < 0) {
                    dow += 7;
                }
                long day = currentDay();
                long month1 = day - internalGet(DAY_OF_MONTH) + 1;
                int monthLength = CalendarMath.nominalMonthLength(normalizedYear(),
                        internalGet(MONTH) + 1);
                long monthDay1st = dayOfWeekOnOrBefore(month1 + 6, getFirstDayOfWeek());
                if ((int) (monthDay1st - month1) >= getMinimalDaysInFirstWeek()) {
                    monthDay1st -= 7;
                }
                max = getActualMaximum(field);
                int value = getRolledValue(internalGet(field), amount, 1, max) - 1;
                long nfd = monthDay1st + value * 7L + dow;
                if (nfd < month1) {
                    nfd = month1;
                } else if (nfd >= (month1 + monthLength)) {
                    nfd = month1 + monthLength - 1;
                }
                set(DAY_OF_MONTH, (int) (nfd - month1) + 1);
                return;
            }
            case DAY_OF_MONTH:
                max = CalendarMath.nominalMonthLength(normalizedYear(), internalGet(MONTH) + 1);
                break;
            case DAY_OF_YEAR:
                max = getActualMaximum(field);
                break;
            case DAY_OF_WEEK: {
                int weekOfYear = internalGet(WEEK_OF_YEAR);
                if (weekOfYear > 1 && weekOfYear < 52) {
                    set(WEEK_OF_YEAR, weekOfYear);
                    max = SATURDAY;
                    break;
                }
                amount %= 7;
                if (amount == 0) {
                    return;
                }
                long day = currentDay();
                long dowFirst = dayOfWeekOnOrBefore(day, getFirstDayOfWeek());
                day += amount;
                if (day < dowFirst) {
                    day += 7;
                } else if (day >= dowFirst + 7) {
                    day -= 7;
                }
                long[] ymd = CalendarMath.dateOf(day);
                set(ERA, ymd[0] > 0 ? AD : BC);
                set((int) (ymd[0] > 0 ? ymd[0] : 1 - ymd[0]), (int) ymd[1] - 1, (int) ymd[2]);
                return;
            }
            case DAY_OF_WEEK_IN_MONTH: {
                min = 1;
                int dom = internalGet(DAY_OF_MONTH);
                int monthLength = CalendarMath.nominalMonthLength(normalizedYear(),
                        internalGet(MONTH) + 1);
                int lastDays = monthLength % 7;
                max = monthLength / 7;
                int x = (dom - 1) % 7;
                if (x < lastDays) {
                    max++;
                }
                set(DAY_OF_WEEK, internalGet(DAY_OF_WEEK));
                break;
            }
            default:
                break;
        }
        set(field, getRolledValue(internalGet(field), amount, min, max));
    }

    /** The year the current week belongs to. */
    private int weekYear() {
        int year = normalizedYear();
        int weekOfYear = internalGet(WEEK_OF_YEAR);
        if (internalGet(MONTH) == JANUARY) {
            if (weekOfYear >= 52) {
                --year;
            }
        } else {
            if (weekOfYear == 1) {
                ++year;
            }
        }
        return year;
    }

    /** Whether y (proleptic) is the year of the Julian-Gregorian cutover. */
    private static boolean isCutoverYear(int y) {
        return y == CalendarMath.CUTOVER_YEAR;
    }

    /**
     * The largest value field can have for the current date. Like the JDK, the week maxima of
     * a BC date are those of the AD year with the same number.
     */
    public int getActualMaximum(int field) {
        complete();
        int y = normalizedYear();
        int month = internalGet(MONTH) + 1;
        int weekYear = internalGet(ERA) == BC ? internalGet(YEAR) : y;
        switch (field) {
            case DAY_OF_MONTH:
                return CalendarMath.nominalMonthLength(y, month);
            case DAY_OF_YEAR:
                return CalendarMath.yearLength(y);
            case WEEK_OF_YEAR: {
                if (isCutoverYear(y)) {
                    GregorianCalendar gc = (GregorianCalendar) clone();
                    int maxDayOfYear = getActualMaximum(DAY_OF_YEAR);
                    gc.set(DAY_OF_YEAR, maxDayOfYear);
                    int value = gc.get(WEEK_OF_YEAR);
                    if (internalGet(YEAR) != gc.weekYear()) {
                        gc.set(DAY_OF_YEAR, maxDayOfYear - 7);
                        value = gc.get(WEEK_OF_YEAR);
                    }
                    return value;
                }
                int dayOfWeek = CalendarMath.dayOfWeek(CalendarMath.yearStart(weekYear))
                        - getFirstDayOfWeek();
                if (dayOfWeek < 0) {
                    dayOfWeek += 7;
                }
                int value = 52;
                int magic = dayOfWeek + getMinimalDaysInFirstWeek() - 1;
                if ((magic == 6)
                        || (CalendarMath.isLeapYear(y) && (magic == 5 || magic == 12))) {
                    value++;
                }
                return value;
            }
            case WEEK_OF_MONTH: {
                if (isCutoverYear(y)) {
                    GregorianCalendar gc = (GregorianCalendar) clone();
                    int yy = gc.internalGet(YEAR);
                    int mm = gc.internalGet(MONTH);
                    int value;
                    do {
                        value = gc.get(WEEK_OF_MONTH);
                        gc.add(WEEK_OF_MONTH, +1);
                    } while (gc.get(YEAR) == yy && gc.get(MONTH) == mm);
                    return value;
                }
                int dayOfWeek = CalendarMath.dayOfWeek(CalendarMath.monthStart(weekYear, month))
                        - getFirstDayOfWeek();
                if (dayOfWeek < 0) {
                    dayOfWeek += 7;
                }
                int monthLength = CalendarMath.nominalMonthLength(weekYear, month);
                int nDaysFirstWeek = 7 - dayOfWeek;
                int value = 3;
                if (nDaysFirstWeek >= getMinimalDaysInFirstWeek()) {
                    value++;
                }
                monthLength -= nDaysFirstWeek + 7 * 3;
                if (monthLength > 0) {
                    value++;
                    if (monthLength > 7) {
                        value++;
                    }
                }
                return value;
            }
            case DAY_OF_WEEK_IN_MONTH: {
                int ndays = isCutoverYear(y) ? CalendarMath.monthLength(y, month)
                        : CalendarMath.nominalMonthLength(y, month);
                int dow1 = CalendarMath.dayOfWeek(CalendarMath.monthStart(y, month));
                int x = internalGet(DAY_OF_WEEK) - dow1;
                if (x < 0) {
                    x += 7;
                }
                ndays -= x;
                return (ndays + 6) / 7;
            }
            default:
                return getMaximum(field);
        }
    }

    public Object clone() {
        return super.clone();
    }
}
