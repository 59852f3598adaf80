package org.diplograph.graph;

import org.diplograph.facts.PartialDate;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates as precise as the source gives them ({@code 2025}, {@code 2025-01}, {@code 2025-01-16}): bounds of a query parameter ({@link PartialDate}) and plain words. */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {}

    /** The first day an ISO date of any precision covers; {@link IllegalArgumentException} when it does not parse. */
    public static LocalDate lower(String s) {
        return PartialDate.parse(s).from();
    }

    /** The last day an ISO date of any precision covers. */
    public static LocalDate upper(String s) {
        return PartialDate.parse(s).to();
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
}
