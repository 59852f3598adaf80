package org.diplograph.load.csv;

import org.diplograph.load.csv.MappingSpec.FileSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interpret step of one file part: a CSV row becomes the records its facts are made from. It joins the row with
 * its {@code join} file's row, turns unpivoted cells into one record each, drops rows {@code skipIf} names, and collects
 * {@code spells} (given out at the end by {@link #spells()}). A row that cannot be interpreted fails (counted, with its
 * reason).
 */
final class RowInterpreter {
    private final FileSpec f;
    private final List<String> header;
    private final int[] unpivoted;
    private final Map<String, Integer> col = new HashMap<>();
    private final Map<String, Integer> joinedCol = new HashMap<>();
    private final Set<Integer> hidden = new HashSet<>();
    private final int joinCol;
    private final Map<String, String[]> joined;
    private final Spells.Collector<SourceRecord> spells;
    private long skippedRows, unpivotKept, unpivotLeftOut;
    private int severalSpells;

    /** {@code unpivoted}: the header's unpivoted columns; {@code joined}/{@code joinedHeader}: the join file's rows by key and its header. */
    RowInterpreter(FileSpec f, List<String> header, int[] unpivoted, Map<String, String[]> joined, List<String> joinedHeader) {
        this.f = f;
        this.header = header;
        this.unpivoted = unpivoted;
        for (int i = 0; i < header.size(); i++) col.putIfAbsent(header.get(i), i);
        if (joinedHeader != null) for (int i = 0; i < joinedHeader.size(); i++) joinedCol.putIfAbsent(joinedHeader.get(i), i);
        for (int i : unpivoted) hidden.add(i);
        this.joinCol = f.join() == null ? -1 : col.get(f.join().column());
        this.joined = joined;
        this.spells = f.spells() == null ? null : f.spells().collector();
    }

    /** The records of one row to make facts of now (none when it failed, was skipped, or went into a spell). */
    List<SourceRecord> records(int rowNum, String[] cells, FileCounts n) {
        String joinName = f.join() == null ? null : f.join().file();
        CsvRow row = new CsvRow(cells, col, null, joinedCol, joinName, hidden, null);
        if (joinCol >= 0) {
            String key = cells[joinCol].strip();
            String[] other = joined.get(key);
            if (other == null && f.join().required()) {
                n.fail(rowNum, f.join().column() + " '" + key + "' has no row in '" + f.join().file() + "'");
                return List.of();
            }
            row = new CsvRow(cells, col, other, joinedCol, joinName, hidden, null);
        }
        Integer year = null;
        if (spells != null) {
            year = Spells.year(row.cell(f.spells().year()));
            if (year == null) {
                n.fail(rowNum, "'" + FactMaker.nonNull(row.cell(f.spells().year())) + "' in column " + f.spells().year()
                        + " is not a year (" + f.spells().path() + ".year)");
                return List.of();
            }
        }
        List<SourceRecord> recs = new ArrayList<>();
        if (f.unpivot() == null) {
            recs.add(new SourceRecord(rowNum, "", "", row, null));
        } else {
            for (int i : unpivoted) {
                if (!f.unpivot().kept(cells[i])) {
                    unpivotLeftOut++;
                    continue;
                }
                unpivotKept++;
                Map<String, String> extra = new HashMap<>(4);
                extra.put(f.unpivot().name(), header.get(i));
                extra.put(f.unpivot().value(), cells[i].strip());
                recs.add(new SourceRecord(rowNum, "/" + header.get(i), "column " + header.get(i) + ": ", row.with(extra), null));
            }
        }
        List<SourceRecord> out = new ArrayList<>();
        for (SourceRecord rec : recs) {
            if (f.skipIf() != null) {
                String s = rec.cells().raw(f.skipIf());
                if (s != null && !s.isBlank() && !s.equalsIgnoreCase("false") && !s.equals("0")) {
                    skippedRows++;
                    continue;
                }
            }
            if (spells != null) {
                List<String> pair = new ArrayList<>();
                for (String c : f.spells().by()) pair.add(FactMaker.nonNull(rec.cells().cell(c)));
                spells.add(pair, year, rec);
                continue;
            }
            out.add(rec);
        }
        return out;
    }

    /** After the last row: one record per spell, its first and last years in the spell's new columns. */
    List<SourceRecord> spells() {
        List<SourceRecord> out = new ArrayList<>();
        for (Spells.Spell<SourceRecord> sp : spells.spells(k -> { if (k > 1) severalSpells++; })) {
            SourceRecord first = sp.records().get(0);
            Map<String, String> extra = new HashMap<>(first.cells().extra == null ? Map.of() : first.cells().extra);
            extra.put(f.spells().from(), String.valueOf(sp.first()));
            extra.put(f.spells().to(), String.valueOf(sp.last()));
            List<Integer> spellRows = sp.records().stream().map(SourceRecord::row).toList();
            String label = first.label() + "spell " + sp.first() + "-" + sp.last() + " (rows " + ranges(spellRows) + "): ";
            out.add(new SourceRecord(first.row(), first.ref(), label, first.cells().with(extra), spellRows));
        }
        return out;
    }

    /** Rows {@code skipIf} left out. */
    long skippedRows() {
        return skippedRows;
    }

    /** What the spells and the unpivot did, for the file's notes; {@code records}: the records made. */
    List<String> notes(long records) {
        List<String> notes = new ArrayList<>();
        if (spells != null) {
            notes.add("spells: " + records + " spells from " + spells.size() + " yearly records");
            if (spells.repeated() > 0) notes.add(spells.repeated() + " yearly records repeat a year of their pair (left out)");
            boolean keyed = f.relationships().stream().allMatch(r -> r.key() != null);
            if (severalSpells > 0 && !keyed) notes.add(severalSpells + " pairs have several spells, and a relationship without "
                    + "key: merges them into one relationship (the last spell's interval wins); give it key: " + f.spells().from());
        }
        if (f.unpivot() != null) notes.add("unpivot: " + unpivotKept + " cells made records, "
                + unpivotLeftOut + " left out (" + (f.unpivot().keep() != null ? "not in keep" : "in skip") + ")");
        return notes;
    }

    /** Row numbers as ranges: 2-6, 9, 11-12. */
    static String ranges(List<Integer> rows) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) j++;
            if (b.length() > 0) b.append(", ");
            b.append(rows.get(i));
            if (j > i) b.append('-').append(rows.get(j));
            i = j;
        }
        return b.toString();
    }
}
