package org.diplograph.load.csv;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A file part's {@code unpivot:} wide columns turned into rows: each listed column (or every column but the
 * {@code except} ones) of a row gives one record whose column {@code name} holds the column's header and {@code value}
 * its cell. Records whose value is not in {@code keep} (or is in {@code skip}; by default: empty) are left out.
 * The COW IGO file (one column per state, one row per IGO-year) is the case it was made for.
 */
public record Unpivot(String path, List<String> columns, List<String> except, String name, String value,
                      Set<String> keep, Set<String> skip) {

    static Unpivot parse(JsonNode n, String path, List<String> problems) {
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) {
            problems.add(path + ": {columns: [...] or except: [...], name: <new column>, value: <new column>, keep: [...]}");
            return null;
        }
        MappingParser.known(n, path, problems, "columns", "except", "name", "value", "keep", "skip");
        List<String> columns = list(n.get("columns"), path + ".columns", problems);
        List<String> except = list(n.get("except"), path + ".except", problems);
        if ((columns == null) == (except == null)) {
            problems.add(path + ": give exactly one of columns (the columns to turn into rows) or except (the columns to keep as they are)");
        }
        String name = n.hasNonNull("name") ? n.get("name").asText() : "column";
        String value = n.hasNonNull("value") ? n.get("value").asText() : "value";
        if (name.isBlank() || value.isBlank() || name.equals(value)) problems.add(path + ": name and value are two different column names");
        List<String> keep = list(n.get("keep"), path + ".keep", problems);
        List<String> skip = list(n.get("skip"), path + ".skip", problems);
        if (keep != null && skip != null) problems.add(path + ": give keep or skip, not both");
        return new Unpivot(path, columns == null ? List.of() : columns, except, name, value,
                keep == null ? null : new LinkedHashSet<>(keep), skip == null ? Set.of("") : new LinkedHashSet<>(skip));
    }

    private static List<String> list(JsonNode n, String path, List<String> problems) {
        if (n == null || n.isNull()) return null;
        List<String> out = new ArrayList<>();
        if (n.isValueNode()) out.add(n.asText());
        else if (n.isArray()) n.forEach(x -> out.add(x.asText()));
        else problems.add(path + ": a list of values");
        return out;
    }

    /** The indexes of the header's columns that become rows; a {@link MappingException} naming unknown columns. */
    int[] indexes(List<String> header) {
        List<String> problems = new ArrayList<>();
        for (String c : columns) if (!header.contains(c)) problems.add(path + ".columns: unknown column '" + c + "' (the file's columns: " + String.join(", ", header) + ")");
        if (except != null) for (String c : except) if (!header.contains(c)) problems.add(path + ".except: unknown column '" + c + "' (the file's columns: " + String.join(", ", header) + ")");
        for (String c : List.of(name, value)) if (header.contains(c)) problems.add(path + ": the new column '" + c + "' is already a column of the file (choose another name)");
        if (!problems.isEmpty()) throw new MappingException(false, problems);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            boolean listed = except != null ? !except.contains(header.get(i)) : columns.contains(header.get(i));
            if (listed && header.indexOf(header.get(i)) == i) out.add(i);
        }
        if (out.isEmpty()) throw MappingException.invalid(path + ": no column is left to turn into rows");
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a cell's record is kept. */
    boolean kept(String cell) {
        String v = cell == null ? "" : cell.strip();
        return keep != null ? keep.contains(v) : !skip.contains(v);
    }
}
