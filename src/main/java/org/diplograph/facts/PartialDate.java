package org.diplograph.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one type for a date as precise as its source says it (DESIGN "Time"): {@code iso} is ISO-8601 text
 * ({@code 2025}, {@code 2025-01}, {@code 2025-01-16}, or an interval {@code 1948-05/1949} with {@code ..} for an open
 * side), {@code from} and {@code to} the first and last day it covers (null: open). Articles
 * ({@code extract.annotate.DateParser}), CSV cells ({@code load.csv.MessyDate}) and query parameters
 * ({@code graph.Dates}) all make their dates with it.
 */
public record PartialDate(String iso, LocalDate from, LocalDate to) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** A whole year: 1 January to 31 December. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(String.format("%04d", year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A whole month. */
    public static PartialDate ofMonth(YearMonth ym) {
        return new PartialDate(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    }

    /** One day. */
    public static PartialDate ofDay(LocalDate d) {
        return new PartialDate(d.toString(), d, d);
    }

    /**
     * Strictly {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (surrounding spaces aside); an
     * {@link IllegalArgumentException} naming the value, the month or the day that does not exist.
     */
    public static PartialDate parse(String s) {
        Matcher m = ISO.matcher(s == null ? "" : s.trim());
        if (!m.matches()) throw new IllegalArgumentException("'" + s + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return ofYear(y);
        int mo = Integer.parseInt(m.group(2));
        if (mo < 1 || mo > 12) throw new IllegalArgumentException("month " + m.group(2) + " does not exist");
        YearMonth ym = YearMonth.of(y, mo);
        if (m.group(3) == null) return ofMonth(ym);
        int d = Integer.parseInt(m.group(3));
        if (d < 1 || d > ym.lengthOfMonth()) throw new IllegalArgumentException("day " + m.group(3) + " does not exist in " + ym);
        return ofDay(ym.atDay(d));
    }
}
