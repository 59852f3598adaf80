package org.diplograph.load.csv;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * A file part's {@code spells:} yearly records of the same {@code by} values (a state and an IGO) collapsed into
 * spells: years no more than {@code gap} missing years apart make one spell, whose first and last years go into the
 * new columns {@code from} and {@code to}. The other cells of a spell are its first year's.
 */
public record Spells(String path, List<String> by, String year, int gap, String from, String to) {

    static Spells parse(JsonNode n, String path, List<String> problems) {
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) {
            problems.add(path + ": {by: [columns of the pair], year: <column>, gap: 0, from: <new column>, to: <new column>}");
            return null;
        }
        MappingParser.known(n, path, problems, "by", "year", "gap", "from", "to");
        List<String> by = new ArrayList<>();
        JsonNode b = n.get("by");
        if (b != null && b.isArray()) b.forEach(x -> by.add(x.asText()));
        else if (b != null && b.isValueNode()) by.add(b.asText());
        if (by.isEmpty()) problems.add(path + ".by: required, the columns whose values make a pair (e.g. [ioname, state])");
        String year = n.hasNonNull("year") ? n.get("year").asText() : null;
        if (year == null) problems.add(path + ".year: required, the column holding the year");
        int gap = 0;
        if (n.has("gap")) {
            JsonNode g = n.get("gap");
            if (!g.canConvertToInt() || g.asInt() < 0 || g.asInt() > 100) problems.add(path + ".gap: a whole number of missing years from 0 to 100");
            else gap = g.asInt();
        }
        String from = n.hasNonNull("from") ? n.get("from").asText() : "start";
        String to = n.hasNonNull("to") ? n.get("to").asText() : "end";
        if (from.equals(to)) problems.add(path + ": from and to are two different column names");
        return new Spells(path, List.copyOf(by), year, gap, from, to);
    }

    /** The columns this reads (for the column checks). */
    List<String> columns() {
        List<String> out = new ArrayList<>(by);
        if (year != null) out.add(year);
        return out;
    }

    /** The year in a cell (a whole number of at most four digits), or null. */
    static Integer year(String cell) {
        if (cell == null) return null;
        String s = cell.strip();
        if (!s.matches("-?\\d{1,4}")) return null;
        return Integer.parseInt(s);
    }

    /** One spell: its years and the records (in year order) it was made of. */
    public record Spell<R>(int first, int last, List<R> records) {}

    /** Collects records by pair, then gives each pair's spells. Records of a year already seen for a pair are dropped and counted. */
    public final class Collector<R> {
        private final Map<String, TreeMap<Integer, R>> byPair = new LinkedHashMap<>();
        private long repeated, added;

        public void add(List<String> pair, int year, R record) {
            added++;
            TreeMap<Integer, R> years = byPair.computeIfAbsent(String.join("\u0000", pair), k -> new TreeMap<>());
            if (years.putIfAbsent(year, record) != null) repeated++;
        }

        /** The records added. */
        public long size() {
            return added;
        }

        /** The records of a year already seen for the same pair (left out). */
        public long repeated() {
            return repeated;
        }

        /** Spells pair by pair (in the order pairs were first seen), each in year order; {@code perPair} gets each pair's number of spells. */
        public List<Spell<R>> spells(IntConsumer perPair) {
            List<Spell<R>> out = new ArrayList<>();
            for (TreeMap<Integer, R> years : byPair.values()) {
                int n = 0, first = 0, last = 0;
                List<R> records = null;
                for (var e : years.entrySet()) {
                    if (records != null && e.getKey() - last <= gap + 1) {
                        last = e.getKey();
                        records.add(e.getValue());
                        continue;
                    }
                    if (records != null) { out.add(new Spell<>(first, last, records)); n++; }
                    first = last = e.getKey();
                    records = new ArrayList<>(List.of(e.getValue()));
                }
                if (records != null) { out.add(new Spell<>(first, last, records)); n++; }
                if (perPair != null) perPair.accept(n);
            }
            return out;
        }
    }

    public <R> Collector<R> collector() {
        return new Collector<>();
    }
}
