package org.diplograph.load.csv;

import org.diplograph.load.csv.MappingSpec.CodeTable;
import org.diplograph.load.csv.MappingSpec.Interval;
import org.diplograph.load.csv.MappingSpec.Target;
import org.diplograph.load.csv.MappingSpec.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a mapping's values from a row: ids (split, through code tables), typed properties, dates and validity
 * intervals. A value that cannot be read throws {@link RowFailure} with the reason; its fact fails.
 */
final class ValueReader {
    private final MappingSpec spec;
    private final CodeResolver codes;

    ValueReader(MappingSpec spec, CodeResolver codes) {
        this.spec = spec;
        this.codes = codes;
    }

    /** The properties a mapping declares and this row leaves empty are removed (set to null): a re-import replaces the dataset's values. */
    static void clearUndeclared(Map<String, Object> props, Map<String, Value> declared, Value date, Interval interval) {
        for (var e : declared.entrySet()) {
            props.putIfAbsent(e.getKey(), null);
            if (e.getValue().isDate()) props.putIfAbsent(e.getKey() + "Uncertain", null);
        }
        if (date != null) for (String k : List.of("date", "dateFrom", "dateTo", "dateUncertain")) props.putIfAbsent(k, null);
        if (interval != null) for (String k : List.of("validFrom", "validTo")) props.putIfAbsent(k, null);
    }

    /** Ids from a value: split into several, mapped through a code table; an empty id fails the fact. */
    List<Target> ids(Value v, CsvRow row, int rowNum, Map<String, Integer> skippedCodes, String what) {
        String raw = row.raw(v);
        if (raw == null || raw.isBlank()) {
            throw new RowFailure("missing " + what + " (" + describe(v) + " is empty)");
        }
        List<Target> out = new ArrayList<>();
        for (String part : CsvRow.split(v, raw)) {
            if (v.codes == null) {
                out.add(new Target(v.lower ? part.toLowerCase(Locale.ROOT) : part, null, null));
                continue;
            }
            CodeTable table = spec.codes.get(v.codes);
            Target t = codes.resolve(table, part, row.cells, rowNum);
            if (t.id() == null) {
                skippedCodes.merge("code '" + part + "' of table '" + table.name() + "' maps to nothing", 1, Integer::sum);
                continue;
            }
            out.add(t);
        }
        return out;
    }

    void properties(Map<String, Value> specs, CsvRow row, Map<String, Object> props) {
        for (var e : specs.entrySet()) {
            Value v = e.getValue();
            String raw = row.raw(v);
            if (raw == null || raw.isBlank()) continue;
            if (v.isDate()) {
                MessyDate d = date(v, raw);
                if (d == null || d.iso() == null) continue;
                props.put(e.getKey(), d.iso());
                if (d.uncertain()) props.put(e.getKey() + "Uncertain", true);
            } else if (v.split != null) {
                List<Object> list = new ArrayList<>();
                for (String p : CsvRow.split(v, raw)) list.add(convert(v, p));
                props.put(e.getKey(), list);
            } else {
                props.put(e.getKey(), convert(v, raw));
            }
        }
    }

    /** {@code date} (ISO as precise as given) with {@code dateFrom}/{@code dateTo}; {@code validFrom}/{@code validTo} from an interval. */
    void dates(Value date, Interval interval, CsvRow row, Map<String, Object> props, Map<String, Integer> remarks) {
        if (date != null) {
            String raw = row.raw(date);
            MessyDate d = raw == null ? null : date(date, raw);
            if (d != null && d.iso() != null) {
                props.put("date", d.iso());
                if (d.from() != null) props.put("dateFrom", d.from());
                if (d.to() != null) props.put("dateTo", d.to());
                if (d.uncertain()) props.put("dateUncertain", true);
            }
        }
        if (interval != null) {
            MessyDate from = interval.from() == null ? null : date(interval.from(), row.raw(interval.from()));
            MessyDate to = interval.to() == null ? null : date(interval.to(), row.raw(interval.to()));
            LocalDate vf = from == null ? null : from.from();
            LocalDate vt = to == null || to.open() ? null : to.to();
            if (vf != null) props.put("validFrom", vf);
            if (vt != null) props.put("validTo", vt);
            if (vf != null && vt != null && vt.isBefore(vf)) {
                remarks.merge("rows whose interval ends before it starts (kept as given: never in force)", 1, Integer::sum);
            }
        }
    }

    private MessyDate date(Value v, String raw) {
        if (raw == null) return null;
        try {
            return MessyDate.parse(raw, v.format);
        } catch (MessyDate.BadDate e) {
            throw new RowFailure("bad date in " + describe(v) + ": " + e.getMessage());
        }
    }

    private Object convert(Value v, String s) {
        String t = s.strip();
        try {
            return switch (v.type) {
                case "integer" -> Long.parseLong(t);
                case "number" -> Double.parseDouble(t);
                case "boolean" -> switch (t.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1", "y", "t" -> true;
                    case "false", "no", "0", "n", "f" -> false;
                    default -> throw new NumberFormatException();
                };
                default -> v.lower ? t.toLowerCase(Locale.ROOT) : t;
            };
        } catch (NumberFormatException e) {
            throw new RowFailure("'" + s + "' in " + describe(v) + " is not " + (v.type.equals("integer") ? "an " : "a ") + v.type);
        }
    }

    static String describe(Value v) {
        if (v.constant != null) return v.path;
        return v.path + " (" + String.join(" | ", v.parts) + ")";
    }
}
