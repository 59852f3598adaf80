package org.diplograph.graph;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates as precise as the source gives them ({@code 2025}, {@code 2025-01}, {@code 2025-01-16}). */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {}

    /** The first day an ISO date of any precision covers; {@link IllegalArgumentException} when it does not parse. */
    public static LocalDate lower(String s) {
        Matcher m = match(s);
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return LocalDate.of(y, 1, 1);
        YearMonth ym = yearMonth(y, m.group(2));
        if (m.group(3) == null) return ym.atDay(1);
        return day(ym, m.group(3));
    }

    /** The last day an ISO date of any precision covers. */
    public static LocalDate upper(String s) {
        Matcher m = match(s);
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return LocalDate.of(y, 12, 31);
        YearMonth ym = yearMonth(y, m.group(2));
        if (m.group(3) == null) return ym.atEndOfMonth();
        return day(ym, m.group(3));
    }

    /** Plain words: {@code 2025-01-16} → "16 January 2025", {@code 2025-01} → "January 2025", {@code 2025} → "2025". */
    public static String words(String iso) {
        if (iso == null) return null;
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) return iso;
        String year = m.group(1);
        if (m.group(2) == null) return year;
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return iso;
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (m.group(3) == null) return name + " " + year;
        return Integer.parseInt(m.group(3)) + " " + name + " " + year;
    }

    private static Matcher match(String s) {
        Matcher m = ISO.matcher(s == null ? "" : s.trim());
        if (!m.matches()) throw new IllegalArgumentException("'" + s + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        return m;
    }

    private static YearMonth yearMonth(int y, String month) {
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) throw new IllegalArgumentException("month " + month + " does not exist");
        return YearMonth.of(y, mo);
    }

    private static LocalDate day(YearMonth ym, String day) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > ym.lengthOfMonth()) throw new IllegalArgumentException("day " + day + " does not exist in " + ym);
        return ym.atDay(d);
    }
}
