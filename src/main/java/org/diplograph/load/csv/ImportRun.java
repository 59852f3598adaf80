package org.diplograph.load.csv;

import org.diplograph.common.Sha256;
import org.diplograph.db.Database;
import org.diplograph.load.DatasetWriter;
import org.diplograph.load.csv.CsvImportReport.FileReport;
import org.diplograph.load.csv.CsvImportReport.RowError;
import org.diplograph.load.csv.CsvImporter.Input;
import org.diplograph.load.csv.CsvImporter.Progress;
import org.diplograph.load.csv.MappingSpec.FileSpec;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One import of a mapping's files, in order: for each file the steps stream ({@link CsvReader}), interpret
 * ({@link RowInterpreter}: join, unpivot, skip, spells), make facts ({@link FactMaker}: codes and types), batch and
 * write ({@link BatchWriter}, through the load package's {@link DatasetWriter}); a changed file is unloaded first.
 * Holds what the files share: join indexes, headers and hashes, the ids known to exist.
 */
final class ImportRun {
    private final Database db;
    private final DatasetWriter writer;
    private final MappingSpec spec;
    private final int batchSize;
    private final Progress progress;
    private final BatchWriter batches;
    private final Map<String, Map<String, String[]>> joinIndex = new HashMap<>();
    private final Map<String, List<String>> headers = new HashMap<>();
    private final Map<String, String> shas = new HashMap<>();

    ImportRun(Database db, DatasetWriter writer, MappingSpec spec, int batchSize, Progress progress) {
        this.db = db;
        this.writer = writer;
        this.spec = spec;
        this.batchSize = batchSize;
        this.progress = progress;
        this.batches = new BatchWriter(db, writer, spec.dataset);
    }

    FileReport file(FileSpec f, Input in) throws IOException {
        long t0 = System.nanoTime();
        String sha = Sha256.of(in.open());
        shas.put(f.name(), sha);
        String docId = "doc:data:" + spec.dataset + "/" + in.name();
        String rule = "mapping:" + spec.dataset + "/" + f.name();
        String version = "mapping:" + spec.hash + ";" + CsvImporter.IMPORTER_VERSION + (f.join() == null ? "" : ";join:" + shas.get(f.join().file()));
        FileCounts n = new FileCounts();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> skippedCodes = new TreeMap<>();
        CodeTrap trap = new CodeTrap();
        FactMaker maker = new FactMaker(spec, f, in.name(), rule, version, skippedCodes, new ValueReader(spec, new CodeResolver(trap)));
        long rows = 0;
        int duplicateIds = 0;
        boolean indexForJoin = spec.files.stream().anyMatch(o -> o.join() != null && o.join().file().equals(f.name()));
        Map<String, String[]> myIndex = indexForJoin ? new HashMap<>() : null;

        try (CsvReader csv = new CsvReader(new InputStreamReader(in.open(), StandardCharsets.UTF_8), f.delimiter())) {
            List<String> header = csv.next();
            if (header == null) throw MappingException.invalid("files[" + f.name() + "]: '" + in.name() + "' is empty (no header row)");
            header = header.stream().map(String::strip).toList();
            headers.put(f.name(), header);
            int[] unpivoted = f.unpivot() == null ? new int[0] : f.unpivot().indexes(header);
            List<String> columns = new ArrayList<>(header);
            if (f.unpivot() != null) columns.addAll(List.of(f.unpivot().name(), f.unpivot().value()));
            spec.checkColumns(f, columns, headers);
            int indexCol = indexForJoin ? joinIndexColumn(f, header) : -1;
            RowInterpreter interpret = new RowInterpreter(f, header, unpivoted, f.join() == null ? null : joinIndex.get(f.join().file()),
                    f.join() == null ? null : headers.get(f.join().file()));

            FileState.Previous previous = FileState.previous(db, docId);
            String status = FileState.status(previous, sha, version);
            List<String> record;
            if ("unchanged".equals(status)) {
                while ((record = csv.next()) != null) {
                    rows++;
                    if (myIndex != null && record.size() == header.size()) myIndex.putIfAbsent(record.get(indexCol).strip(), record.toArray(new String[0]));
                }
                if (myIndex != null) joinIndex.put(f.name(), myIndex);
                notes.add("unchanged since its last import (same bytes, same mapping): nothing written; then " + previous.summary());
                return new FileReport(f.name(), in.name(), docId, status, rows, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        (System.nanoTime() - t0) / 1_000_000, List.of(), notes, 0, 0, List.of());
            }
            startDocument(docId, in.name(), sha, version, f, status, n);
            List<RecordFacts> pending = new ArrayList<>();
            Set<String> writtenInFile = new HashSet<>();
            while ((record = csv.next()) != null) {
                int rowNum = csv.row();
                rows++;
                if (record.size() != header.size()) {
                    n.fail(rowNum, "has " + record.size() + " cells, the header has " + header.size());
                    continue;
                }
                String[] cells = record.toArray(new String[0]);
                if (myIndex != null) myIndex.putIfAbsent(cells[indexCol].strip(), cells);
                for (SourceRecord rec : interpret.records(rowNum, cells, n)) {
                    duplicateIds += take(maker, rec, writtenInFile, pending, n);
                }
                if (pending.size() >= batchSize) {
                    batches.flush(docId, in.name(), pending, n);
                    if (progress != null) progress.update(in.name(), rows, csv.chars(), in.size());
                }
            }
            if (f.spells() != null) {
                for (SourceRecord rec : interpret.spells()) {
                    duplicateIds += take(maker, rec, writtenInFile, pending, n);
                    if (pending.size() >= batchSize) batches.flush(docId, in.name(), pending, n);
                }
            }
            if (!pending.isEmpty()) batches.flush(docId, in.name(), pending, n);
            if (progress != null) progress.update(in.name(), rows, csv.chars(), in.size());
            if (myIndex != null) joinIndex.put(f.name(), myIndex);
            notes.addAll(interpret.notes(n.records));
            writer.partyCounts(n.partyTargets, batchSize);
            notes.add(batches.stepsNote());
            if (duplicateIds > 0 && f.relationships().isEmpty()) notes.add(duplicateIds + " rows repeat a node id of an earlier row: the node keeps the first row's "
                    + "name and properties; every row still counts as evidence");
            skippedCodes.forEach((k, v) -> notes.add(k.startsWith("code") ? v + " facts left out: " + k : v + " " + k));
            if (n.failed + n.partial > n.errors.size()) notes.add((n.failed + n.partial - n.errors.size()) + " more failed rows not listed");
            n.errors.sort(Comparator.comparingInt(RowError::row));
            writer.fileDone(docId, rows, n.loaded, n.failed, n.waiting);
            return new FileReport(f.name(), in.name(), docId, status, rows, n.loaded, n.failed, interpret.skippedRows(),
                    skippedCodes.entrySet().stream().filter(e -> e.getKey().startsWith("code")).mapToLong(e -> e.getValue()).sum(),
                    n.nodesCreated, n.relsCreated, n.relsWritten, n.evidence, n.batches, (System.nanoTime() - t0) / 1_000_000,
                    n.errors, notes, n.records, n.partial, trap.warnings());
        }
    }

    /** The column of this file that another part's {@code join.to} names (its rows are indexed by it). */
    private int joinIndexColumn(FileSpec f, List<String> header) {
        int indexCol = -1;
        for (FileSpec o : spec.files) {
            if (o.join() != null && o.join().file().equals(f.name())) {
                indexCol = header.indexOf(o.join().to());
                if (indexCol < 0) throw MappingException.invalid("files[" + o.name() + "].join.to: unknown column '"
                        + o.join().to() + "' in '" + f.name() + "' (its columns: " + String.join(", ", header) + ")");
            }
        }
        return indexCol;
    }

    /** Makes a record's facts and queues them (or reports the record failed); returns how many node ids it repeated. */
    private static int take(FactMaker maker, SourceRecord rec, Set<String> writtenInFile, List<RecordFacts> pending, FileCounts n) {
        n.records++;
        RecordFacts facts = maker.facts(rec);
        if (!facts.problems().isEmpty() && facts.rels().isEmpty() && (facts.hasRelSpecs() || facts.nodes().isEmpty())) {
            n.fail(rec.row(), rec.label() + String.join("; ", facts.problems()));
            return 0;
        }
        int repeated = 0;
        for (Map<String, Object> node : facts.nodes()) if (!writtenInFile.add((String) node.get("id"))) repeated++;
        pending.add(facts);
        return repeated;
    }

    /** Writes the Document node; when the file or its mapping changed since the last import, first removes the old file's facts. */
    private void startDocument(String docId, String fileName, String sha, String version, FileSpec f, String status, FileCounts n) {
        if ("updated".equals(status)) n.partyTargets.addAll(writer.unload(docId, batchSize));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", spec.dataset + " / " + fileName);
        props.put("title", (spec.title == null || spec.title.isBlank() ? spec.dataset : spec.title) + " (" + fileName + ")");
        props.put("source", spec.dataset);
        if (spec.source != null) props.put("url", spec.source);
        if (spec.license != null) props.put("license", spec.license);
        props.put("file", fileName);
        props.put("dataset", spec.dataset);
        props.put("part", f.name());
        props.put("kind", "dataset");
        props.put("sha256", sha);
        props.put("extractorVersion", version);
        props.put("complete", false);
        writer.document(docId, props);
    }
}
