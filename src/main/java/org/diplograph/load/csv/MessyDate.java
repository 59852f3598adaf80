package org.diplograph.load.csv;

import org.diplograph.facts.PartialDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
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
 * @param date      the {@link PartialDate}: ISO-8601 text as precise as the source ({@code 1948}, {@code 1948-05},
 *                  {@code 1948-05-01}, or {@code from/to} for a range; null when open-ended), the first day covered
 *                  (null: open start) and the last (null: open end)
 * @param uncertain the source marked it uncertain or approximate
 * @param open      the source said "open-ended" ({@code 9999-12-31})
 */
public record MessyDate(PartialDate date, boolean uncertain, boolean open) {

    /** ISO-8601 text as precise as the source, or null when open-ended. */
    public String iso() {
        return date.iso();
    }

    /** First day covered, or null (open start). */
    public LocalDate from() {
        return date.from();
    }

    /** Last day covered, or null (open end). */
    public LocalDate to() {
        return date.to();
    }

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
     * Parses a cell with an optional {@link DateTimeFormatter} pattern (e.g. {@code dd/MM/yyyy}, {@code M/yyyy}) for
     * sources that do not write ISO dates; the pattern is tried first, strictly, then the ISO forms above.
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
        if (pattern != null) return withFormat(s, raw, pattern, uncertain);
        return iso(s, raw, uncertain);
    }

    /**
     * A value read with the mapping's {@code format:}, strictly (31/06 is an error, not 30/06). The format may name a
     * whole date ({@code dd/MM/yyyy}), a month ({@code yyyy-M}, {@code M/yyyy}) or a year; the value is as precise as
     * the format. A value the format does not read may still be an ISO date; otherwise the error names the format.
     */
    private static MessyDate withFormat(String s, String raw, String pattern, boolean uncertain) {
        try {
            return fromFormat(strict(pattern).parse(s), uncertain);
        } catch (DateTimeException e) {
            try {
                return iso(s, raw, uncertain);
            } catch (BadDate notIso) {
                String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Text '.*' could not be parsed"
                        + "(: | at index \\d+)?", "").replaceFirst("^Unable to obtain \\w+ from TemporalAccessor: ", "")
                        .replaceFirst(",ISO of type .*$", "").strip();
                throw new BadDate("'" + raw + "' does not match the format '" + pattern + "'"
                        + (why.isEmpty() ? "" : " (" + why + ")") + " and is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)");
            }
        }
    }

    private static MessyDate fromFormat(TemporalAccessor t, boolean uncertain) {
        if (t.isSupported(ChronoField.DAY_OF_MONTH)) {
            LocalDate d = LocalDate.from(t);
            return new MessyDate(PartialDate.ofDay(d), uncertain, false);
        }
        if (t.isSupported(ChronoField.MONTH_OF_YEAR)) {
            YearMonth ym = YearMonth.from(t);
            return new MessyDate(PartialDate.ofMonth(ym), uncertain, false);
        }
        Year y = Year.from(t);
        return new MessyDate(new PartialDate(y.toString(), y.atDay(1), y.atMonth(12).atEndOfMonth()), uncertain, false);
    }

    /**
     * The format as a strict formatter: with {@link ResolverStyle#STRICT} a year of era ({@code y}) needs an era, so
     * {@code y} outside quotes reads as the proleptic year ({@code u}), which is what "yyyy" means to users.
     */
    static DateTimeFormatter strict(String pattern) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            b.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(b.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static MessyDate iso(String s, String raw, boolean uncertain) {
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
            return new MessyDate(new PartialDate(iso, from, to), uncertain, false);
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
        if (year == 9999) return new MessyDate(new PartialDate(null, null, null), uncertain, true); // open-ended
        if (year < 1 || m.group(1).length() != 4) throw bad(raw);
        String mm = m.group(2), dd = m.group(3);
        try {
            if (mm == null || mm.equals("XX")) {
                if (mm == null && dd != null) throw bad(raw);
                return new MessyDate(PartialDate.ofYear(year), uncertain, false);
            }
            int month = Integer.parseInt(mm);
            YearMonth ym = YearMonth.of(year, month);
            if (dd == null || dd.equals("XX")) {
                return new MessyDate(PartialDate.ofMonth(ym), uncertain, false);
            }
            LocalDate d = ym.atDay(Integer.parseInt(dd));
            return new MessyDate(PartialDate.ofDay(d), uncertain, false);
        } catch (DateTimeException e) {
            throw new BadDate("'" + raw + "' is not a calendar date (" + e.getMessage() + ")");
        }
    }

    private static BadDate bad(String raw) {
        return new BadDate("'" + raw + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with ?/~, "
                + "a range A..B, or 9999-12-31 for open-ended)");
    }
}
