package org.diplograph.load.csv;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.load.GraphWrites;
import org.diplograph.load.csv.CsvImportReport.FileReport;
import org.diplograph.load.csv.CsvImportReport.RowError;
import org.diplograph.load.csv.MappingSpec.FileSpec;
import org.diplograph.load.csv.MappingSpec.NodeSpec;
import org.diplograph.load.csv.MappingSpec.RelSpec;
import org.diplograph.load.csv.MappingSpec.Target;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.TransactionConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Structured import: CSV files plus a {@link MappingSpec} in, graph out, through the loader's shared batched
 * {@code UNWIND ... MERGE} queries ({@link GraphWrites}), {@code batchSize} rows per transaction. A row that fails
 * (missing id, bad date, unknown code, missing join or endpoint) is reported with its row number and left out; the rest
 * load. Every loaded row becomes an Evidence node citing the dataset, file and row, linked from one Document per file.
 */
public final class CsvImporter {
    private static final int MAX_ERRORS = 1000;
    /** Part of every file's version: a change to what the importer writes makes unchanged files load again. */
    static final String IMPORTER_VERSION = "importer:2";

    private final Database db;
    private final Duration timeout;

    public CsvImporter(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
    }

    /** One input file: its name (matched against the parts' {@code match} globs) and a way to open it. */
    public interface Input {
        String name();

        InputStream open() throws IOException;

        long size();

        static Input of(Path p) {
            return new Input() {
                public String name() { return p.getFileName().toString(); }
                public InputStream open() throws IOException { return Files.newInputStream(p); }
                public long size() {
                    try { return Files.size(p); } catch (IOException e) { return 0; }
                }
            };
        }

        static Input of(String name, byte[] bytes) {
            return new Input() {
                public String name() { return name; }
                public InputStream open() { return new java.io.ByteArrayInputStream(bytes); }
                public long size() { return bytes.length; }
            };
        }
    }

    /** Progress of one file: rows read, characters read, total characters (about). */
    public interface Progress {
        void update(String file, long rows, long chars, long total);
    }

    /** Which input feeds which file part, in the spec's order; a {@link MappingException} when they do not fit. */
    public static Map<FileSpec, Input> assign(MappingSpec spec, List<Input> inputs) {
        List<String> problems = new ArrayList<>();
        Map<FileSpec, Input> out = new LinkedHashMap<>();
        for (Input in : inputs) {
            List<FileSpec> hits = spec.files.stream().filter(f -> f.matches(in.name())).toList();
            if (hits.isEmpty() && spec.files.size() == 1 && inputs.size() == 1) hits = spec.files;
            if (hits.isEmpty()) {
                problems.add("the file '" + in.name() + "' matches no file part of the mapping ("
                        + String.join(", ", spec.files.stream().map(f -> f.name() + ": " + f.match()).toList()) + ")");
            } else if (out.containsKey(hits.get(0))) {
                problems.add("two files match the part '" + hits.get(0).name() + "' (" + out.get(hits.get(0)).name() + ", "
                        + in.name() + "): import them one at a time");
            } else {
                out.put(hits.get(0), in);
            }
        }
        for (FileSpec f : spec.files) {
            if (out.containsKey(f) && f.join() != null && !out.containsKey(spec.file(f.join().file()))) {
                problems.add("the part '" + f.name() + "' joins '" + f.join().file() + "': give its file too (matching "
                        + spec.file(f.join().file()).match() + ")");
            }
        }
        if (out.isEmpty() && problems.isEmpty()) problems.add("no files given");
        if (!problems.isEmpty()) throw new MappingException(false, problems);
        Map<FileSpec, Input> ordered = new LinkedHashMap<>();
        for (FileSpec f : spec.files) if (out.containsKey(f)) ordered.put(f, out.get(f));
        return ordered;
    }

    /** Imports the inputs with the spec; {@code batchSize} null = the spec's. */
    public CsvImportReport importFiles(MappingSpec spec, List<Input> inputs, Integer batchSize, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        Map<FileSpec, Input> parts = assign(spec, inputs);
        int batch = batchSize != null ? batchSize : spec.batchSize;
        Run run = new Run(spec, batch, progress);
        List<FileReport> reports = new ArrayList<>();
        for (var e : parts.entrySet()) reports.add(run.file(e.getKey(), e.getValue()));
        return CsvImportReport.of(spec.dataset, reports, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Thrown while reading a value: the fact (node or relationship) it belongs to fails with this reason. */
    static final class RowFailure extends RuntimeException {
        RowFailure(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What the facts of a file are made from: a row, a cell an unpivot turned into a record, or a spell of records. */
    private record Rec(int row, String ref, String label, CsvRow cells, List<Integer> rows) {}

    /** A relationship of a record with its fact key ({@code TYPE<tab>source<tab>target<tab>key}, for unloading). */
    private record Fact(Map<String, Object> row, String key) {}

    /** The facts of one record, kept together so they are written in one transaction; {@code problems}: the facts left out. */
    private record RecordFacts(Rec rec, String evId, List<Map<String, Object>> nodes, List<Fact> rels, boolean hasRelSpecs,
                               List<String> problems, String quote, String rule, String version) {}

    /** State shared across the files of one import. */
    private final class Run {
        final MappingSpec spec;
        final int batchSize;
        final Progress progress;
        final Set<String> knownIds = new HashSet<>();          // nodes written in this run, or found in the graph
        final Map<String, Map<String, String[]>> joinIndex = new HashMap<>();
        final Map<String, List<String>> headers = new HashMap<>();
        final Map<String, String> shas = new HashMap<>();
        final long[] stepNanos = new long[6]; // read+map, endpoint check, entities, evidence, relations, mentions

        Run(MappingSpec spec, int batchSize, Progress progress) {
            this.spec = spec;
            this.batchSize = batchSize;
            this.progress = progress;
        }

        /** The counts of one file, updated as its records are written. */
        final class Counts {
            final List<RowError> errors = new ArrayList<>();
            final Set<String> partyTargets = new LinkedHashSet<>();
            long records, loaded, partial, failed, waiting, nodesCreated, relsCreated, relsWritten, evidence;
            int batches;
        }

        FileReport file(FileSpec f, Input in) throws IOException {
            long t0 = System.nanoTime();
            String sha = sha256(in);
            shas.put(f.name(), sha);
            String docId = "doc:data:" + spec.dataset + "/" + in.name();
            String rule = "mapping:" + spec.dataset + "/" + f.name();
            String version = "mapping:" + spec.hash + ";" + IMPORTER_VERSION + (f.join() == null ? "" : ";join:" + shas.get(f.join().file()));
            Counts n = new Counts();
            List<String> notes = new ArrayList<>();
            Map<String, Integer> skippedCodes = new TreeMap<>();
            CodeTrap trap = new CodeTrap();
            ValueReader values = new ValueReader(spec, new CodeResolver(trap));
            long rows = 0, skippedRows = 0;
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
                Map<String, Integer> col = new HashMap<>();
                for (int i = 0; i < header.size(); i++) col.putIfAbsent(header.get(i), i);
                int joinCol = f.join() == null ? -1 : col.get(f.join().column());
                Map<String, String[]> joined = f.join() == null ? null : joinIndex.get(f.join().file());
                Map<String, Integer> joinedCol = new HashMap<>();
                if (f.join() != null) {
                    List<String> jh = headers.get(f.join().file());
                    for (int i = 0; i < jh.size(); i++) joinedCol.putIfAbsent(jh.get(i), i);
                }
                int indexCol = -1;
                if (indexForJoin) {
                    for (FileSpec o : spec.files) {
                        if (o.join() != null && o.join().file().equals(f.name())) {
                            Integer c = col.get(o.join().to());
                            if (c == null) throw MappingException.invalid("files[" + o.name() + "].join.to: unknown column '"
                                    + o.join().to() + "' in '" + f.name() + "' (its columns: " + String.join(", ", header) + ")");
                            indexCol = c;
                        }
                    }
                }
                Set<Integer> hidden = new HashSet<>();
                for (int i : unpivoted) hidden.add(i);

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
                startDocument(docId, in.name(), sha, version, f, status, n.partyTargets);
                List<RecordFacts> pending = new ArrayList<>();
                Set<String> writtenInFile = new HashSet<>();
                Spells.Collector<Rec> spells = f.spells() == null ? null : f.spells().collector();
                long unpivotKept = 0, unpivotLeftOut = 0;
                while ((record = csv.next()) != null) {
                    int rowNum = csv.row();
                    rows++;
                    if (record.size() != header.size()) {
                        n.failed++;
                        addError(n.errors, rowNum, "has " + record.size() + " cells, the header has " + header.size());
                        continue;
                    }
                    String[] cells = record.toArray(new String[0]);
                    if (myIndex != null) myIndex.putIfAbsent(cells[indexCol].strip(), cells);
                    CsvRow row = new CsvRow(cells, col, null, joinedCol, f.join() == null ? null : f.join().file(), hidden, null);
                    if (joinCol >= 0) {
                        String key = cells[joinCol].strip();
                        String[] other = joined.get(key);
                        if (other == null && f.join().required()) {
                            n.failed++;
                            addError(n.errors, rowNum, f.join().column() + " '" + key + "' has no row in '" + f.join().file() + "'");
                            continue;
                        }
                        row = new CsvRow(cells, col, other, joinedCol, f.join().file(), hidden, null);
                    }
                    Integer year = null;
                    if (spells != null) {
                        year = Spells.year(row.cell(f.spells().year()));
                        if (year == null) {
                            n.failed++;
                            addError(n.errors, rowNum, "'" + nonNull(row.cell(f.spells().year())) + "' in column " + f.spells().year()
                                    + " is not a year (" + f.spells().path() + ".year)");
                            continue;
                        }
                    }
                    List<Rec> recs = new ArrayList<>();
                    if (f.unpivot() == null) {
                        recs.add(new Rec(rowNum, "", "", row, null));
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
                            recs.add(new Rec(rowNum, "/" + header.get(i), "column " + header.get(i) + ": ", row.with(extra), null));
                        }
                    }
                    for (Rec rec : recs) {
                        if (f.skipIf() != null) {
                            String s = rec.cells().raw(f.skipIf());
                            if (s != null && !s.isBlank() && !s.equalsIgnoreCase("false") && !s.equals("0")) {
                                skippedRows++;
                                continue;
                            }
                        }
                        if (spells != null) {
                            List<String> pair = new ArrayList<>();
                            for (String c : f.spells().by()) pair.add(nonNull(rec.cells().cell(c)));
                            spells.add(pair, year, rec);
                            continue;
                        }
                        duplicateIds += take(f, rec, docId, rule, version, in.name(), skippedCodes, values, writtenInFile, pending, n);
                    }
                    if (pending.size() >= batchSize) {
                        flush(docId, in.name(), pending, n);
                        if (progress != null) progress.update(in.name(), rows, csv.chars(), in.size());
                    }
                }
                if (spells != null) {
                    int[] severalSpells = {0};
                    for (Spells.Spell<Rec> sp : spells.spells(k -> { if (k > 1) severalSpells[0]++; })) {
                        Rec first = sp.records().get(0);
                        Map<String, String> extra = new HashMap<>(first.cells().extra == null ? Map.of() : first.cells().extra);
                        extra.put(f.spells().from(), String.valueOf(sp.first()));
                        extra.put(f.spells().to(), String.valueOf(sp.last()));
                        List<Integer> spellRows = sp.records().stream().map(Rec::row).toList();
                        String label = first.label() + "spell " + sp.first() + "-" + sp.last() + " (rows " + ranges(spellRows) + "): ";
                        Rec rec = new Rec(first.row(), first.ref(), label, first.cells().with(extra), spellRows);
                        duplicateIds += take(f, rec, docId, rule, version, in.name(), skippedCodes, values, writtenInFile, pending, n);
                        if (pending.size() >= batchSize) flush(docId, in.name(), pending, n);
                    }
                    notes.add("spells: " + n.records + " spells from " + spells.size() + " yearly records");
                    if (spells.repeated() > 0) notes.add(spells.repeated() + " yearly records repeat a year of their pair (left out)");
                    boolean keyed = f.relationships().stream().allMatch(r -> r.key() != null);
                    if (severalSpells[0] > 0 && !keyed) notes.add(severalSpells[0] + " pairs have several spells, and a relationship without "
                            + "key: merges them into one relationship (the last spell's interval wins); give it key: " + f.spells().from());
                }
                if (!pending.isEmpty()) flush(docId, in.name(), pending, n);
                if (progress != null) progress.update(in.name(), rows, csv.chars(), in.size());
                if (myIndex != null) joinIndex.put(f.name(), myIndex);
                if (f.unpivot() != null) notes.add("unpivot: " + unpivotKept + " cells made records, "
                        + unpivotLeftOut + " left out (" + (f.unpivot().keep() != null ? "not in keep" : "in skip") + ")");
                List<String> targets = new ArrayList<>(n.partyTargets);
                for (int i = 0; i < targets.size(); i += batchSize) {
                    List<String> chunk = targets.subList(i, Math.min(targets.size(), i + batchSize));
                    db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
                        GraphWrites.partyCounts(tx, chunk);
                        return null;
                    }, tx()));
                }
                notes.add(String.format("time in steps (ms): endpoint checks %d, entities %d, evidence %d, relationships %d, mentions %d",
                        stepNanos[1] / 1_000_000, stepNanos[2] / 1_000_000, stepNanos[3] / 1_000_000, stepNanos[4] / 1_000_000, stepNanos[5] / 1_000_000));
                java.util.Arrays.fill(stepNanos, 0);
                if (duplicateIds > 0 && f.relationships().isEmpty()) notes.add(duplicateIds + " rows repeat a node id of an earlier row: the node keeps the first row's "
                        + "name and properties; every row still counts as evidence");
                skippedCodes.forEach((k, v) -> notes.add(k.startsWith("code") ? v + " facts left out: " + k : v + " " + k));
                if (n.failed + n.partial > n.errors.size()) notes.add((n.failed + n.partial - n.errors.size()) + " more failed rows not listed");
                n.errors.sort(java.util.Comparator.comparingInt(RowError::row));
                FileState.done(db, docId, rows, n.loaded, n.failed, n.waiting, tx());
                return new FileReport(f.name(), in.name(), docId, status, rows, n.loaded, n.failed, skippedRows,
                        skippedCodes.entrySet().stream().filter(e -> e.getKey().startsWith("code")).mapToLong(e -> e.getValue()).sum(),
                        n.nodesCreated, n.relsCreated, n.relsWritten, n.evidence, n.batches, (System.nanoTime() - t0) / 1_000_000,
                        n.errors, notes, n.records, n.partial, trap.warnings());
            }
        }

        /** Makes a record's facts and queues them (or reports the record failed); returns how many node ids it repeated. */
        private int take(FileSpec f, Rec rec, String docId, String rule, String version, String fileName,
                         Map<String, Integer> skippedCodes, ValueReader values, Set<String> writtenInFile,
                         List<RecordFacts> pending, Counts n) {
            n.records++;
            RecordFacts facts = facts(f, rec, fileName, rule, version, skippedCodes, values);
            if (!facts.problems().isEmpty() && facts.rels().isEmpty() && (facts.hasRelSpecs() || facts.nodes().isEmpty())) {
                n.failed++;
                addError(n.errors, rec.row(), rec.label() + String.join("; ", facts.problems()));
                return 0;
            }
            int repeated = 0;
            for (Map<String, Object> node : facts.nodes()) if (!writtenInFile.add((String) node.get("id"))) repeated++;
            pending.add(facts);
            return repeated;
        }

        private TransactionConfig tx() {
            return TransactionConfig.builder().withTimeout(timeout).build();
        }

        /** Writes the Document node; when the file or its mapping changed since the last import, first removes the old file's facts. */
        private void startDocument(String docId, String fileName, String sha, String version, FileSpec f, String status,
                                   Set<String> partyTargets) {
            if ("updated".equals(status)) unload(docId, partyTargets);
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
            db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
                GraphWrites.document(tx, docId, props);
                return null;
            }, tx()));
        }

        /** Removes a dataset file's evidence, strips it from relationships (dropping those left with none), in batches. */
        private void unload(String docId, Set<String> partyTargets) {
            int n;
            do {
                var rec = db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> tx.run(CypherFiles.query("unload-dataset-evidence"),
                        Map.of("doc", docId, "limit", batchSize)).single(), tx()));
                n = rec.get("n").asInt();
                partyTargets.addAll(rec.get("targets").asList(v -> v.asString()));
            } while (n > 0);
            do {
                n = db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> tx.run(CypherFiles.query("unload-dataset-mentions"),
                        Map.of("doc", docId, "limit", batchSize)).single().get("n").asInt(), tx()));
            } while (n > 0);
        }

        /**
         * Writes records in one transaction. A relationship naming an endpoint that exists nowhere is left out (its record
         * is reported; a record left with none of its relationships fails whole).
         */
        private void flush(String docId, String fileName, List<RecordFacts> pending, Counts n) {
            long c0 = System.nanoTime();
            Set<String> unknown = new LinkedHashSet<>();
            for (RecordFacts r : pending) for (Fact fact : r.rels()) {
                for (String end : List.of((String) fact.row().get("source"), (String) fact.row().get("target"))) {
                    if (!knownIds.contains(end)) unknown.add(end);
                }
            }
            for (RecordFacts r : pending) for (Map<String, Object> node : r.nodes()) unknown.remove((String) node.get("id"));
            if (!unknown.isEmpty()) {
                List<String> found = db.read(CypherFiles.query("csv-known-ids"), Map.of("ids", List.copyOf(unknown)),
                        res -> res.list(x -> x.get("id").asString()));
                knownIds.addAll(found);
                found.forEach(unknown::remove);
            }
            stepNanos[1] += System.nanoTime() - c0;
            List<Map<String, Object>> nodes = new ArrayList<>(), rels = new ArrayList<>(), ev = new ArrayList<>(), mentions = new ArrayList<>();
            Map<String, Map<String, Object>> nodeById = new LinkedHashMap<>();
            for (RecordFacts r : pending) {
                List<String> problems = new ArrayList<>(r.problems());
                List<Fact> kept = new ArrayList<>();
                boolean waits = false;
                for (Fact fact : r.rels()) {
                    String missing = unknown.contains((String) fact.row().get("source")) ? (String) fact.row().get("source")
                            : unknown.contains((String) fact.row().get("target")) ? (String) fact.row().get("target") : null;
                    if (missing == null) {
                        kept.add(fact);
                        continue;
                    }
                    waits = true;
                    String reason = "no node with id '" + missing + "' (make it with a nodes: entry, or import the file that has it first)";
                    if (!problems.contains(reason)) problems.add(reason);
                }
                if (waits) n.waiting++;
                if (r.hasRelSpecs() && kept.isEmpty() && !problems.isEmpty()) {
                    n.failed++;
                    addError(n.errors, r.rec().row(), r.rec().label() + String.join("; ", problems));
                    continue;
                }
                if (!problems.isEmpty()) {
                    n.partial++;
                    addError(n.errors, r.rec().row(), r.rec().label() + String.join("; ", problems) + "; the row's other facts were loaded");
                }
                n.loaded++;
                for (Map<String, Object> node : r.nodes()) {
                    String id = (String) node.get("id");
                    if (knownIds.contains(id) && !nodeById.containsKey(id)) continue; // written by an earlier batch: the first row wins
                    if (nodeById.putIfAbsent(id, node) == null) {
                        mentions.add(GraphWrites.relationRow("MENTIONS", docId, id, "", Map.of(), List.of(r.evId())));
                    }
                }
                Set<String> supported = new LinkedHashSet<>();
                for (Map<String, Object> node : r.nodes()) supported.add((String) node.get("id"));
                List<String> factKeys = new ArrayList<>();
                for (Fact fact : kept) {
                    rels.add(fact.row());
                    supported.add((String) fact.row().get("source"));
                    supported.add((String) fact.row().get("target"));
                    factKeys.add(fact.key());
                    if ("PARTY_TO".equals(fact.row().get("type"))) n.partyTargets.add((String) fact.row().get("target"));
                }
                ev.add(evidence(r, fileName, List.copyOf(supported), factKeys));
            }
            nodes.addAll(nodeById.values());
            long[] counts = db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
                long a = System.nanoTime();
                long nc = GraphWrites.entities(tx, nodes);
                long b = System.nanoTime();
                GraphWrites.evidence(tx, docId, ev);
                long c = System.nanoTime();
                long rc = GraphWrites.relations(tx, rels);
                long d = System.nanoTime();
                GraphWrites.mentions(tx, docId, mentions);
                long e = System.nanoTime();
                stepNanos[2] += b - a; stepNanos[3] += c - b; stepNanos[4] += d - c; stepNanos[5] += e - d;
                return new long[]{nc, rc};
            }, tx()));
            knownIds.addAll(nodeById.keySet());
            n.nodesCreated += counts[0];
            n.relsCreated += counts[1];
            n.relsWritten += rels.size();
            n.evidence += ev.size();
            n.batches++;
            pending.clear();
        }

        private Map<String, Object> evidence(RecordFacts r, String fileName, List<String> supported, List<String> factKeys) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("dataset", spec.dataset);
            extra.put("file", fileName);
            extra.put("row", r.rec().row());
            if (r.rec().rows() != null) extra.put("rows", r.rec().rows());
            if (!r.rec().ref().isEmpty()) extra.put("column", r.rec().ref().substring(1));
            extra.put("facts", factKeys);
            return GraphWrites.evidenceRow(r.evId(), r.quote(), null, null, r.rule(), r.version(), supported, extra);
        }

        /** Every fact of a record, each judged on its own: a fact that cannot be made is left out with its reasons. */
        private RecordFacts facts(FileSpec f, Rec rec, String fileName, String rule, String version, Map<String, Integer> skippedCodes,
                                  ValueReader values) {
            CsvRow row = rec.cells();
            List<Map<String, Object>> nodes = new ArrayList<>();
            List<Fact> rels = new ArrayList<>();
            Set<String> problems = new LinkedHashSet<>();
            for (NodeSpec n : f.nodes()) {
                List<String> reasons = new ArrayList<>();
                List<Target> targets = attempt(reasons, () -> values.ids(n.id(), row, rec.row(), skippedCodes, "id"), List.of());
                List<String> names = n.name() == null ? List.of() : n.name().split != null ? row.list(n.name())
                        : java.util.Collections.singletonList(row.raw(n.name()));
                List<String> aliases = n.aliases() == null ? List.of() : row.list(n.aliases());
                Map<String, Object> common = new LinkedHashMap<>();
                attemptAll(reasons, () -> values.properties(n.properties(), row, common));
                attemptAll(reasons, () -> values.dates(n.date(), n.interval(), row, common, skippedCodes));
                ValueReader.clearUndeclared(common, n.properties(), n.date(), n.interval());
                if (!reasons.isEmpty()) {
                    problems.addAll(reasons);
                    continue;
                }
                for (int ti = 0; ti < targets.size(); ti++) {
                    Target t = targets.get(ti);
                    String label = t.label() != null ? t.label() : labelOf(t.id(), n.label());
                    String name = names.isEmpty() ? null : names.size() == targets.size() ? names.get(ti) : names.get(0); // a split name pairs with a split id
                    if (name == null || name.isBlank()) name = t.name();
                    Map<String, Object> props = new LinkedHashMap<>();
                    if (t.id().startsWith("state:") && CodeResolver.GAZETTEER.state(t.id()) != null) {
                        var st = CodeResolver.GAZETTEER.state(t.id());
                        props.put("iso3", st.iso3());
                        if (st.iso2() != null && !st.iso2().isBlank()) props.put("iso2", st.iso2());
                    }
                    props.putAll(common);
                    nodes.add(GraphWrites.entityRow(t.id(), label, name, aliases, props, false));
                }
            }
            for (RelSpec r : f.relationships()) {
                List<String> reasons = new ArrayList<>();
                List<Target> froms = attempt(reasons, () -> values.ids(r.from(), row, rec.row(), skippedCodes, "from"), List.of());
                List<Target> tos = attempt(reasons, () -> values.ids(r.to(), row, rec.row(), skippedCodes, "to"), List.of());
                String key = r.key() == null ? "" : spec.dataset + ":" + nonNull(row.raw(r.key()));
                Map<String, Object> props = new LinkedHashMap<>();
                attemptAll(reasons, () -> values.properties(r.properties(), row, props));
                attemptAll(reasons, () -> values.dates(r.date(), r.interval(), row, props, skippedCodes));
                ValueReader.clearUndeclared(props, r.properties(), r.date(), r.interval());
                if (!reasons.isEmpty()) {
                    problems.addAll(reasons);
                    continue;
                }
                String evId = "ev:data:" + spec.dataset + "/" + fileName + "#" + rec.row() + rec.ref();
                for (Target a : froms) {
                    for (Target b : tos) {
                        rels.add(new Fact(GraphWrites.relationRow(r.type(), a.id(), b.id(), key, props, List.of(evId)),
                                r.type() + "\t" + a.id() + "\t" + b.id() + "\t" + key));
                    }
                }
            }
            String evId = "ev:data:" + spec.dataset + "/" + fileName + "#" + rec.row() + rec.ref();
            return new RecordFacts(rec, evId, nodes, rels, !f.relationships().isEmpty(), List.copyOf(problems), quote(f, row), rule, version);
        }

        private String quote(FileSpec f, CsvRow row) {
            String q = f.quote() != null ? row.template(f.quote(), true) : row.rendering();
            q = q.replaceAll("\\s+", " ").strip();
            return q.length() > 300 ? q.substring(0, 297) + "..." : q;
        }
    }

    private static String labelOf(String id, String dflt) {
        int colon = id.indexOf(':');
        if (colon > 0) {
            String l = MappingSpec.PREFIX_LABELS.get(id.substring(0, colon));
            if (l != null) return l;
        }
        return dflt;
    }


    private static <T> T attempt(List<String> reasons, java.util.function.Supplier<T> s, T fallback) {
        try {
            return s.get();
        } catch (RowFailure e) {
            if (!reasons.contains(e.getMessage())) reasons.add(e.getMessage());
            return fallback;
        }
    }

    private static void attemptAll(List<String> reasons, Runnable r) {
        attempt(reasons, () -> {
            r.run();
            return null;
        }, null);
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

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String slug(String s) {
        return org.diplograph.load.Loader.aliasKey(s).replace(' ', '-');
    }

    private static void addError(List<RowError> errors, int row, String reason) {
        if (errors.size() < MAX_ERRORS) errors.add(new RowError(row, reason));
    }

    private static String sha256(Input in) throws IOException {
        try (InputStream s = new DigestInputStream(in.open(), MessageDigest.getInstance("SHA-256"))) {
            s.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) s).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
