package org.diplograph.load.csv;

import org.diplograph.load.csv.MappingSpec.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * One row's cells, with the joined row (or null) for {@code join.Column} references, and the columns an unpivot or
 * spells made ({@code extra}); {@code hidden}: the unpivoted columns, left out of the default quote.
 */
final class CsvRow {
    final String[] cells;
    final Map<String, Integer> col;
    final String[] joined;
    final Map<String, Integer> joinedCol;
    final String joinName;
    final Set<Integer> hidden;
    final Map<String, String> extra;

    CsvRow(String[] cells, Map<String, Integer> col, String[] joined, Map<String, Integer> joinedCol, String joinName,
        Set<Integer> hidden, Map<String, String> extra) {
        this.cells = cells;
        this.col = col;
        this.joined = joined;
        this.joinedCol = joinedCol;
        this.joinName = joinName;
        this.hidden = hidden;
        this.extra = extra;
    }

    CsvRow with(Map<String, String> extra) {
        return new CsvRow(cells, col, joined, joinedCol, joinName, hidden, extra);
    }

    /** The default quote: column=value; ... of the non-empty cells (unpivoted columns aside), then the made columns. */
    String rendering() {
        StringBuilder b = new StringBuilder();
        for (var e : col.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            String v = cells[e.getValue()];
            if (v == null || v.isBlank() || hidden.contains(e.getValue())) continue;
            if (b.length() > 0) b.append("; ");
            b.append(e.getKey()).append('=').append(v.strip());
            if (b.length() > 300) return b.toString();
        }
        if (extra != null) {
            for (var e : new TreeMap<>(extra).entrySet()) {
                if (b.length() > 0) b.append("; ");
                b.append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return b.toString();
    }

    String cell(String ref) {
        if (extra != null && extra.containsKey(ref)) return extra.get(ref);
        Integer i = col.get(ref);
        if (i != null) return cells[i].strip();
        int dot = ref.indexOf('.');
        if (dot > 0 && joined != null && ref.substring(0, dot).equals(joinName)) {
            Integer j = joinedCol.get(ref.substring(dot + 1));
            return j == null ? null : joined[j].strip();
        }
        return null;
    }

    /** The value before splitting and typing: a constant, or the first non-empty column or template. */
    String raw(Value v) {
        if (v.constant != null) return v.constant;
        for (String p : v.parts) {
            String s = p.contains("{") ? template(p, false) : cell(p);
            if (s != null && !s.isBlank()) return s;
        }
        return v.defaultValue;
    }

    List<String> list(Value v) {
        String raw = raw(v);
        if (raw == null || raw.isBlank()) return List.of();
        return split(v, raw);
    }

    /** Fills {Column} placeholders; an empty one makes the whole template empty unless {@code lenient}. */
    String template(String t, boolean lenient) {
        Matcher m = MappingSpec.PLACEHOLDER.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = cell(m.group(1).strip());
            if (v == null || v.isBlank()) {
                if (!lenient) return null;
                v = "-";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }

    static List<String> split(Value v, String raw) {
        if (v.split == null) return List.of(raw.strip());
        List<String> out = new ArrayList<>();
        for (String p : raw.split(java.util.regex.Pattern.quote(v.split))) if (!p.isBlank()) out.add(p.strip());
        return out;
    }
}
