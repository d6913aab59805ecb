package java.util;

/**
 * Day arithmetic for Date and GregorianCalendar: days are counted from 1970-01-01 (day 0).
 * Dates before 1582-10-15 (Gregorian) are in the Julian calendar, the day before being
 * 1582-10-04 (Julian), as in the JDK's default GregorianCalendar. Years are proleptic: year 0
 * is 1 BC, -1 is 2 BC, and so on. Months are 1 to 12 here.
 */
final class CalendarMath {
    private CalendarMath() {
    }

    static final long MILLIS_PER_DAY = 86400000L;
    /** 1582-10-15 (Gregorian), the first day of the Gregorian calendar. */
    static final long CUTOVER_DAY = -141427L;
    /** The same instant in milliseconds. */
    static final long CUTOVER_MILLIS = CUTOVER_DAY * MILLIS_PER_DAY;
    /** The year of the cutover. */
    static final int CUTOVER_YEAR = 1582;

    /** Day of year (0-based) of the 1st of month m in the year counted from March (0..11). */
    private static int marchDayOfYear(int m) {
        return (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5;
    }

    static long gregorianDay(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + marchDayOfYear(m) + d - 1;
        return era * 146097 + doe - 719468;
    }

    static long julianDay(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 4L);
        long yoe = y - era * 4;
        long doe = yoe * 365 + marchDayOfYear(m) + d - 1;
        return era * 1461 + doe - 719470;
    }

    /** The day of (y, m, d), in the Julian calendar if that date falls before the cutover. */
    static long dayOf(long y, int m, int d) {
        long g = gregorianDay(y, m, d);
        if (g >= CUTOVER_DAY) {
            return g;
        }
        return julianDay(y, m, d);
    }

    /** {year, month (1-12), day of month} of the given day. */
    static long[] dateOf(long day) {
        long y;
        long doy;
        if (day >= CUTOVER_DAY) {
            long z = day + 719468;
            long era = Math.floorDiv(z, 146097L);
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            y = yoe + era * 400;
            doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        } else {
            long z = day + 719470;
            long era = Math.floorDiv(z, 1461L);
            long doe = z - era * 1461;
            long yoe = (doe - doe / 1460) / 365;
            y = yoe + era * 4;
            doy = doe - 365 * yoe;
        }
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        return new long[] {y, m, d};
    }

    static boolean isGregorianLeapYear(long y) {
        return (y % 4 == 0) && ((y % 100 != 0) || (y % 400 == 0));
    }

    /** Leap year in the calendar governing year y: Gregorian after 1582, Julian before. */
    static boolean isLeapYear(long y) {
        if (y > CUTOVER_YEAR) {
            return isGregorianLeapYear(y);
        }
        return Math.floorMod(y, 4L) == 0;
    }

    /** The first day of year y (January 1 in the calendar in force then). */
    static long yearStart(long y) {
        return dayOf(y, 1, 1);
    }

    /** The first day of month m (1-12) of year y. */
    static long monthStart(long y, int m) {
        return dayOf(y, m, 1);
    }

    /** The number of days of month m of year y (October 1582 has 21). */
    static int monthLength(long y, int m) {
        long next = m == 12 ? dayOf(y + 1, 1, 1) : dayOf(y, m + 1, 1);
        return (int) (next - dayOf(y, m, 1));
    }

    static int yearLength(long y) {
        return (int) (dayOf(y + 1, 1, 1) - dayOf(y, 1, 1));
    }

    private static final int[] MONTH_LENGTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** The length of month m of year y as a calendar month, ignoring the cutover gap. */
    static int nominalMonthLength(long y, int m) {
        if (m == 2) {
            return isLeapYear(y) ? 29 : 28;
        }
        return MONTH_LENGTH[m];
    }

    /** 1 (Sunday) to 7 (Saturday). */
    static int dayOfWeek(long day) {
        return (int) Math.floorMod(day + 4, 7L) + 1;
    }
}
