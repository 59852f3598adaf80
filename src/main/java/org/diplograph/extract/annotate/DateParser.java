package org.diplograph.extract.annotate;

import org.diplograph.facts.PartialDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annotate, dates: finds date expressions in a sentence. Absolute dates are taken as written ({@code 2025},
 * {@code 2025-01}, {@code 2025-01-16}); dates the text gives only relative to the article ("on January 17",
 * "on Sunday", "later this year") are resolved against an anchor and marked inferred. Nothing is ever invented:
 * without an anchor, a relative date yields nothing.
 */
public final class DateParser {

    /**
     * A date found in text.
     *
     * @param date     the {@link PartialDate}: as precise as the text (yyyy, yyyy-MM or yyyy-MM-dd), with the first and
     *                 last day it covers
     * @param inferred resolved against the article's date
     * @param start    offset in the text searched
     * @param end      offset after it
     */
    public record DateValue(PartialDate date, boolean inferred, int start, int end) {
        /** As precise as the text: yyyy, yyyy-MM or yyyy-MM-dd. */
        public String iso() {
            return date.iso();
        }

        /** First day it covers (yyyy-MM-dd). */
        public String from() {
            return date.from().toString();
        }

        /** Last day it covers (yyyy-MM-dd). */
        public String to() {
            return date.to().toString();
        }

        /** Properties for an entity or relation: date, dateFrom, dateTo, dateInferred (only when true). */
        public Map<String, Object> props() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", iso());
            m.put("dateFrom", from());
            m.put("dateTo", to());
            if (inferred) m.put("dateInferred", true);
            return m;
        }

        /** Full date when day-precise, else null. */
        public LocalDate day() {
            return iso().length() == 10 ? LocalDate.parse(iso()) : null;
        }
    }

    /** What relative dates are resolved against. */
    public record Anchor(LocalDate published, LocalDate lastFull, Map<String, Integer> yearOfMonthDay) {
        public Anchor(LocalDate published, LocalDate lastFull) {
            this(published, lastFull, Map.of());
        }
    }

    /** For each month-day ("01-16") written somewhere in the text with exactly one year, that year. */
    public static Map<String, Integer> yearsOfMonthDays(String text) {
        Map<String, java.util.Set<Integer>> seen = new java.util.TreeMap<>();
        for (DateValue v : find(text, 0, null)) {
            if (v.inferred() || v.iso().length() != 10) continue;
            seen.computeIfAbsent(v.iso().substring(5), k -> new java.util.TreeSet<>()).add(Integer.parseInt(v.iso().substring(0, 4)));
        }
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (var e : seen.entrySet()) if (e.getValue().size() == 1) out.put(e.getKey(), e.getValue().iterator().next());
        return out;
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:\\s*(?:-|to|and)\\s*" + DAY
            + ")?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b" + DAY + "(?:\\s*(?:-|to|and)\\s*" + DAY + ")?\\s+(?:of\\s+)?"
            + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern YMD = Pattern.compile("\\b(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})\\b");
    private static final Pattern MY = Pattern.compile("(?i:\\b(early|mid|late|end of|beginning of)[- ]\\s*)?\\b" + MONTH
            + ",?\\s+(\\d{4})\\b");
    private static final Pattern MD = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:\\s*(?:-|to|and)\\s*" + DAY
            + ")?\\b(?![,]?\\s*\\d{4})(?!\\s*(?:km|kilometers|percent|%|million|billion))");
    // groups as DMY's: day, last day of a range, month
    private static final Pattern DM = Pattern.compile("\\b" + DAY + "(?:\\s*(?:-|to|and)\\s*" + DAY + ")?\\s+(?:of\\s+)?"
            + MONTH + "\\b(?!,?\\s*\\d{4})");
    private static final Pattern M = Pattern.compile("(?i:\\b(in|since|until|by|during|early|mid|late|end of"
            + "|beginning of|this|last|next)[- ]\\s*)" + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern Y = Pattern.compile("(?i:\\b(in|since|by|until|during|of|early|late|mid|from|year)\\s+)"
            + "((?:19|20)\\d{2})\\b(?![-/.]\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("(?i:\\b(on|last|this|next)\\s+)(Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern REL_YEAR = Pattern.compile("(?i)\\b(?:(later|earlier) )?(this|last|next|previous) year\\b");
    private static final Pattern REL_MONTH = Pattern.compile("(?i)\\b(this|last|next|previous) month\\b");
    private static final Pattern REL_DAY = Pattern.compile("(?i)\\b(yesterday|today)\\b");

    private DateParser() {}

    /** Every date in {@code text}, non-overlapping, in order; offsets are shifted by {@code offset}. */
    public static List<DateValue> find(String text, int offset, Anchor anchor) {
        List<DateValue> out = new ArrayList<>();
        if (!mayHoldDate(text)) return out;
        boolean[] used = new boolean[text.length() + 1];
        Matcher m = MDY.matcher(text);
        while (m.find()) {
            int mo = month(m.group(1));
            day(out, used, m, offset, Integer.parseInt(m.group(4)), mo, Integer.parseInt(m.group(2)), m.group(3), false);
        }
        m = DMY.matcher(text);
        while (m.find()) {
            int mo = month(m.group(3));
            day(out, used, m, offset, Integer.parseInt(m.group(4)), mo, Integer.parseInt(m.group(1)), m.group(2), false);
        }
        m = YMD.matcher(text);
        while (m.find()) {
            day(out, used, m, offset, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), null, false);
        }
        m = MY.matcher(text);
        while (m.find()) {
            if (free(used, m)) monthOf(out, used, m, offset, Integer.parseInt(m.group(3)), month(m.group(2)), m.group(1), false);
        }
        Integer yearAnchor = anchor == null ? null : anchor.published() != null ? Integer.valueOf(anchor.published().getYear())
                : anchor.lastFull() != null ? Integer.valueOf(anchor.lastFull().getYear()) : null;
        for (Pattern p : List.of(MD, DM)) {
            m = p.matcher(text);
            while (m.find()) {
                if (!free(used, m) || anchor == null) continue;
                boolean md = p == MD;
                int mo = month(m.group(md ? 1 : 3));
                int d = Integer.parseInt(m.group(md ? 2 : 1));
                Integer y = yearAnchor;
                if (y == null) y = anchor.yearOfMonthDay().get(String.format("%02d-%02d", mo, d));
                if (y == null) continue;
                day(out, used, m, offset, y, mo, d, m.group(md ? 3 : 2), true);
            }
        }
        m = M.matcher(text);
        while (m.find()) {
            if (!free(used, m) || yearAnchor == null) continue;
            String mod = m.group(1).toLowerCase(Locale.ROOT);
            int y = yearAnchor;
            if (mod.equals("last") && anchor.published() != null) y = anchor.published().getYear() - 1;
            if (mod.equals("next") && anchor.published() != null) y = anchor.published().getYear() + 1;
            if ((mod.equals("last") || mod.equals("next")) && anchor.published() == null) continue;
            monthOf(out, used, m, offset, y, month(m.group(2)), mod, true);
        }
        m = Y.matcher(text);
        while (m.find()) {
            if (!free(used, m)) continue;
            int y = Integer.parseInt(m.group(2));
            add(out, used, m.start(2), m.end(), offset, new DateValue(new PartialDate(String.valueOf(y), LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31)), false, 0, 0));
        }
        LocalDate pub = anchor == null ? null : anchor.published();
        if (pub != null) {
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                if (!free(used, m)) continue;
                DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String mod = m.group(1).toLowerCase(Locale.ROOT);
                LocalDate d = mod.equals("next") ? pub.with(TemporalAdjusters.next(dow))
                        : pub.with(TemporalAdjusters.previousOrSame(dow));
                add(out, used, m.start(), m.end(), offset, dayValue(d, true));
            }
            m = REL_YEAR.matcher(text);
            while (m.find()) {
                if (!free(used, m)) continue;
                String w = m.group(2).toLowerCase(Locale.ROOT);
                int y = pub.getYear() + (w.equals("last") || w.equals("previous") ? -1 : w.equals("next") ? 1 : 0);
                add(out, used, m.start(), m.end(), offset, new DateValue(new PartialDate(String.valueOf(y), LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31)), true, 0, 0));
            }
            m = REL_MONTH.matcher(text);
            while (m.find()) {
                if (!free(used, m)) continue;
                String w = m.group(1).toLowerCase(Locale.ROOT);
                YearMonth ym = YearMonth.from(pub).plusMonths(w.equals("last") || w.equals("previous") ? -1
                        : w.equals("next") ? 1 : 0);
                add(out, used, m.start(), m.end(), offset, new DateValue(PartialDate.ofMonth(ym), true, 0, 0));
            }
            m = REL_DAY.matcher(text);
            while (m.find()) {
                if (!free(used, m)) continue;
                LocalDate d = m.group(1).equalsIgnoreCase("yesterday") ? pub.minusDays(1) : pub;
                add(out, used, m.start(), m.end(), offset, dayValue(d, true));
            }
        }
        out.sort(Comparator.comparingInt(DateValue::start));
        return out;
    }

    private static final Pattern CUE = Pattern.compile("(?i)\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day\\b"
            + "|year|month|today");

    /** Cheap pre-check: no digit, month, weekday or relative word, no date. */
    private static boolean mayHoldDate(String text) {
        return CUE.matcher(text).find();
    }

    /** The first absolute full date (yyyy-MM-dd) in a string, e.g. a header value or a dateline; or null. */
    public static DateValue firstAbsolute(String text) {
        for (DateValue v : find(text, 0, null)) if (!v.inferred()) return v;
        return null;
    }

    private static void day(List<DateValue> out, boolean[] used, Matcher m, int offset, int y, int mo, int d,
                            String toDay, boolean inferred) {
        if (!free(used, m) || mo < 1 || mo > 12 || d < 1 || d > 31) return;
        try {
            LocalDate from = LocalDate.of(y, mo, d);
            if (toDay != null) {
                int d2 = Integer.parseInt(toDay);
                if (d2 > d && d2 <= from.lengthOfMonth()) {
                    LocalDate to = LocalDate.of(y, mo, d2);
                    YearMonth ym = YearMonth.of(y, mo);
                    add(out, used, m.start(), m.end(), offset, new DateValue(new PartialDate(ym.toString(), from, to),
                            inferred, 0, 0));
                    return;
                }
            }
            add(out, used, m.start(), m.end(), offset, dayValue(from, inferred));
        } catch (java.time.DateTimeException e) {
            // not a calendar date: ignore
        }
    }

    private static void monthOf(List<DateValue> out, boolean[] used, Matcher m, int offset, int y, int mo, String mod,
                                boolean inferred) {
        if (mo < 1) return;
        YearMonth ym = YearMonth.of(y, mo);
        int a = 1;
        int b = ym.lengthOfMonth();
        String md = mod == null ? "" : mod.toLowerCase(Locale.ROOT);
        if (md.equals("early") || md.equals("beginning of")) b = 10;
        else if (md.equals("mid")) { a = 11; b = 20; }
        else if (md.equals("late") || md.equals("end of")) a = 21;
        add(out, used, m.start(), m.end(), offset, new DateValue(new PartialDate(ym.toString(), ym.atDay(a),
                ym.atDay(b)), inferred, 0, 0));
    }

    private static DateValue dayValue(LocalDate d, boolean inferred) {
        return new DateValue(PartialDate.ofDay(d), inferred, 0, 0);
    }

    private static void add(List<DateValue> out, boolean[] used, int s, int e, int offset, DateValue v) {
        for (int i = s; i < e; i++) used[i] = true;
        out.add(new DateValue(v.date(), v.inferred(), s + offset, e + offset));
    }

    private static boolean free(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) if (used[i]) return false;
        return true;
    }

    private static int month(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace(".", "");
        if (k.length() > 3) k = k.substring(0, 3);
        return switch (k) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> -1;
        };
    }
}
