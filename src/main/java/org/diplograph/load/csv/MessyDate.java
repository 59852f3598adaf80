package org.diplograph.load.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as messy data writes it, parsed without inventing precision.
 * <ul>
 *   <li>{@code 1948}, {@code 1948-05}, {@code 1948-05-01}: ISO as precise as given; bounds cover the whole year/month/day;</li>
 *   <li>empty, {@code NA}, {@code NULL}, {@code -}: no date ({@link #parse} returns null);</li>
 *   <li>ranges {@code 1948-05-01..1949} or {@code 1948-05/1949}: from the first one's first day to the second one's last day,
 *       either side may be empty or {@code ..} (open);</li>
 *   <li>{@code 9999-12-31} (or {@code 9999}): open-ended, i.e. no end ({@link #open()} true, no bounds);</li>
 *   <li>a trailing {@code ?}, {@code ~} or {@code %} (uncertain / approximate, as in EDTF): kept as {@link #uncertain()};</li>
 *   <li>{@code X} for an unknown part ({@code 1964-XX-16}, {@code 2010-XX-XX}): precision stops at the first unknown part.</li>
 * </ul>
 * Anything else (e.g. {@code 0014-022005}, {@code 1948-13-01}) is an error naming the value.
 *
 * @param iso       ISO-8601 text as precise as the source ({@code 1948}, {@code 1948-05}, {@code 1948-05-01}, or
 *                  {@code from/to} for a range); null when open-ended
 * @param from      first day covered, or null (open start)
 * @param to        last day covered, or null (open end)
 * @param uncertain the source marked it uncertain or approximate
 * @param open      the source said "open-ended" ({@code 9999-12-31})
 */
public record MessyDate(String iso, LocalDate from, LocalDate to, boolean uncertain, boolean open) {

    /** A value that is not a date. */
    public static final class BadDate extends IllegalArgumentException {
        public BadDate(String message) {
            super(message);
        }
    }

    private static final Pattern SIMPLE = Pattern.compile("(-?\\d{1,4})(?:-(\\d{2}|XX))?(?:-(\\d{2}|XX))?");

    /** Parses a cell; null for an empty one. */
    public static MessyDate parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses a cell with an optional {@link DateTimeFormatter} pattern (e.g. {@code dd/MM/yyyy}) for sources that do not
     * write ISO dates; the pattern is tried first, then the ISO forms above.
     */
    public static MessyDate parse(String raw, String pattern) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NULL") || s.equals("-") || s.equalsIgnoreCase("n/a")) {
            return null;
        }
        boolean uncertain = false;
        while (!s.isEmpty() && "?~%".indexOf(s.charAt(s.length() - 1)) >= 0) {
            uncertain = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (pattern != null) {
            try {
                LocalDate d = LocalDate.parse(s, DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
                return new MessyDate(d.toString(), d, d, uncertain, false);
            } catch (DateTimeException e) {
                // fall through to the ISO forms
            }
        }
        int sep = s.indexOf("..");
        int sepLen = 2;
        if (sep < 0 && s.indexOf('/') > 0) {
            sep = s.indexOf('/');
            sepLen = 1;
        }
        if (sep >= 0) {
            String a = s.substring(0, sep).strip(), b = s.substring(sep + sepLen).strip();
            MessyDate first = a.isEmpty() || a.equals("..") ? null : single(a, raw, false);
            MessyDate last = b.isEmpty() || b.equals("..") ? null : single(b, raw, false);
            if (first == null && last == null) throw bad(raw);
            LocalDate from = first == null ? null : first.from();
            LocalDate to = last == null ? null : last.to();
            if (from != null && to != null && to.isBefore(from)) {
                throw new BadDate("'" + raw + "' is a range that ends before it starts");
            }
            String iso = (first == null || first.iso() == null ? ".." : first.iso()) + "/" + (last == null || last.iso() == null ? ".." : last.iso());
            return new MessyDate(iso, from, to, uncertain, false);
        }
        MessyDate d = single(s, raw, uncertain);
        return d;
    }

    private static MessyDate single(String s, String raw, boolean uncertain) {
        while (s.endsWith("-")) s = s.substring(0, s.length() - 1);
        Matcher m = SIMPLE.matcher(s);
        if (!m.matches()) throw bad(raw);
        int year;
        try {
            year = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw bad(raw);
        }
        if (year == 9999) return new MessyDate(null, null, null, uncertain, true); // open-ended
        if (year < 1 || m.group(1).length() != 4) throw bad(raw);
        String mm = m.group(2), dd = m.group(3);
        try {
            if (mm == null || mm.equals("XX")) {
                if (mm == null && dd != null) throw bad(raw);
                return new MessyDate(String.format("%04d", year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), uncertain, false);
            }
            int month = Integer.parseInt(mm);
            YearMonth ym = YearMonth.of(year, month);
            if (dd == null || dd.equals("XX")) {
                return new MessyDate(ym.toString(), ym.atDay(1), ym.atEndOfMonth(), uncertain, false);
            }
            LocalDate d = ym.atDay(Integer.parseInt(dd));
            return new MessyDate(d.toString(), d, d, uncertain, false);
        } catch (DateTimeException e) {
            throw new BadDate("'" + raw + "' is not a calendar date (" + e.getMessage() + ")");
        }
    }

    private static BadDate bad(String raw) {
        return new BadDate("'" + raw + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with ?/~, "
                + "a range A..B, or 9999-12-31 for open-ended)");
    }
}
