package org.diplograph.load.csv;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.load.GraphWrites;
import org.diplograph.load.csv.CsvImportReport.FileReport;
import org.diplograph.load.csv.CsvImportReport.RowError;
import org.diplograph.load.csv.MappingSpec.CodeTable;
import org.diplograph.load.csv.MappingSpec.FileSpec;
import org.diplograph.load.csv.MappingSpec.Interval;
import org.diplograph.load.csv.MappingSpec.NodeSpec;
import org.diplograph.load.csv.MappingSpec.RelSpec;
import org.diplograph.load.csv.MappingSpec.Target;
import org.diplograph.load.csv.MappingSpec.Value;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Structured import: CSV files plus a {@link MappingSpec} in, graph out, through the loader's shared batched
 * {@code UNWIND ... MERGE} queries ({@link GraphWrites}), {@code batchSize} rows per transaction. A row that fails
 * (missing id, bad date, unknown code, missing join or endpoint) is reported with its row number and left out; the rest
 * load. Every loaded row becomes an Evidence node citing the dataset, file and row, linked from one Document per file.
 */
public final class CsvImporter {
    private static final int MAX_ERRORS = 1000;
    private static final Gazetteer GAZETTEER = Gazetteer.load();

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

    /** Thrown inside a row: the row fails with this reason. */
    private static final class RowFailure extends RuntimeException {
        RowFailure(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The facts of one row, kept together so a row is written whole or not at all. */
    private record RowFacts(int row, List<Map<String, Object>> nodes, List<Map<String, Object>> rels,
                            Map<String, Object> evidence, Set<String> endpoints) {}

    /** State shared across the files of one import. */
    private final class Run {
        final MappingSpec spec;
        final int batchSize;
        final Progress progress;
        final Set<String> knownIds = new HashSet<>();          // nodes written in this run, or found in the graph
        final Map<String, Map<String, String[]>> joinIndex = new HashMap<>();
        final Map<String, List<String>> headers = new HashMap<>();
        final long[] stepNanos = new long[6]; // read+map, endpoint check, entities, evidence, relations, mentions

        Run(MappingSpec spec, int batchSize, Progress progress) {
            this.spec = spec;
            this.batchSize = batchSize;
            this.progress = progress;
        }

        FileReport file(FileSpec f, Input in) throws IOException {
            long t0 = System.nanoTime();
            String sha = sha256(in);
            String docId = "doc:data:" + spec.dataset + "/" + in.name();
            String rule = "mapping:" + spec.dataset + "/" + f.name();
            String version = "mapping:" + spec.hash;
            List<RowError> errors = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Map<String, Integer> skippedCodes = new TreeMap<>();
            long rows = 0, loaded = 0, failed = 0, skippedRows = 0, nodesCreated = 0, relsCreated = 0, relsWritten = 0, evidence = 0;
            int batches = 0, duplicateIds = 0;
            Set<String> partyTargets = new LinkedHashSet<>();
            boolean indexForJoin = spec.files.stream().anyMatch(o -> o.join() != null && o.join().file().equals(f.name()));
            Map<String, String[]> myIndex = indexForJoin ? new HashMap<>() : null;

            try (CsvReader csv = new CsvReader(new InputStreamReader(in.open(), StandardCharsets.UTF_8), f.delimiter())) {
                List<String> header = csv.next();
                if (header == null) throw MappingException.invalid("files[" + f.name() + "]: '" + in.name() + "' is empty (no header row)");
                header = header.stream().map(String::strip).toList();
                headers.put(f.name(), header);
                spec.checkColumns(f, header, headers);
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

                String status = startDocument(docId, in.name(), sha, f, partyTargets);
                List<RowFacts> pending = new ArrayList<>();
                Set<String> writtenInFile = new HashSet<>();
                List<String> record;
                while ((record = csv.next()) != null) {
                    int rowNum = csv.row();
                    rows++;
                    if (record.size() != header.size()) {
                        failed++;
                        addError(errors, rowNum, "has " + record.size() + " cells, the header has " + header.size());
                        continue;
                    }
                    String[] cells = record.toArray(new String[0]);
                    if (myIndex != null) myIndex.putIfAbsent(cells[indexCol].strip(), cells);
                    Row row = new Row(cells, col, null, joinedCol, f.join() == null ? null : f.join().file());
                    try {
                        if (joinCol >= 0) {
                            String key = cells[joinCol].strip();
                            String[] other = joined.get(key);
                            if (other == null && f.join().required()) {
                                throw new RowFailure(f.join().column() + " '" + key + "' has no row in '" + f.join().file() + "'");
                            }
                            row = new Row(cells, col, other, joinedCol, f.join().file());
                        }
                        if (f.skipIf() != null) {
                            String s = row.raw(f.skipIf());
                            if (s != null && !s.isBlank() && !s.equalsIgnoreCase("false") && !s.equals("0")) {
                                skippedRows++;
                                continue;
                            }
                        }
                        RowFacts facts = facts(f, row, rowNum, docId, rule, version, in.name(), skippedCodes);
                        for (Map<String, Object> n : facts.nodes()) {
                            if (!writtenInFile.add((String) n.get("id"))) duplicateIds++;
                        }
                        pending.add(facts);
                    } catch (RowFailure e) {
                        failed++;
                        addError(errors, rowNum, e.getMessage());
                    }
                    if (pending.size() >= batchSize) {
                        long[] c = flush(docId, pending, errors, partyTargets);
                        loaded += c[0]; failed += c[1]; nodesCreated += c[2]; relsCreated += c[3]; relsWritten += c[4]; evidence += c[0];
                        batches++;
                        pending.clear();
                        if (progress != null) progress.update(in.name(), rows, csv.chars(), in.size());
                    }
                }
                if (!pending.isEmpty()) {
                    long[] c = flush(docId, pending, errors, partyTargets);
                    loaded += c[0]; failed += c[1]; nodesCreated += c[2]; relsCreated += c[3]; relsWritten += c[4]; evidence += c[0];
                    batches++;
                }
                if (progress != null) progress.update(in.name(), rows, csv.chars(), in.size());
                if (myIndex != null) joinIndex.put(f.name(), myIndex);
                List<String> targets = new ArrayList<>(partyTargets);
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
                if (failed > errors.size()) notes.add((failed - errors.size()) + " more failed rows not listed");
                writeDocumentCounts(docId, rows, loaded, failed);
                return new FileReport(f.name(), in.name(), docId, status, rows, loaded, failed, skippedRows,
                        skippedCodes.entrySet().stream().filter(e -> e.getKey().startsWith("code")).mapToLong(e -> e.getValue()).sum(), nodesCreated, relsCreated,
                        relsWritten, evidence, batches, (System.nanoTime() - t0) / 1_000_000, errors, notes);
            }
        }

        private TransactionConfig tx() {
            return TransactionConfig.builder().withTimeout(timeout).build();
        }

        /** Writes the Document node; when the file changed since the last import, first removes the old file's facts. */
        private String startDocument(String docId, String fileName, String sha, FileSpec f, Set<String> partyTargets) {
            String old = db.read("MATCH (d:Document {id: $id}) RETURN d.sha256 AS s", Map.of("id", docId),
                    r -> r.hasNext() ? r.next().get("s").asString("") : null);
            String status = old == null ? "created" : old.equals(sha) ? "reloaded" : "updated";
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
            props.put("extractorVersion", "mapping:" + spec.hash);
            db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
                GraphWrites.document(tx, docId, props);
                return null;
            }, tx()));
            return status;
        }

        private void writeDocumentCounts(String docId, long rows, long loaded, long failed) {
            db.write("MATCH (d:Document {id: $id}) SET d.rows = $rows, d.rowsLoaded = $loaded, d.rowsFailed = $failed",
                    Map.of("id", docId, "rows", rows, "loaded", loaded, "failed", failed), r -> r.consume());
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

        /** Writes rows in one transaction; rows naming an endpoint that exists nowhere fail. Returns loaded, failed, nodes, rels created, rels written. */
        private long[] flush(String docId, List<RowFacts> pending, List<RowError> errors, Set<String> partyTargets) {
            long c0 = System.nanoTime();
            Set<String> unknown = new LinkedHashSet<>();
            for (RowFacts r : pending) for (String id : r.endpoints()) if (!knownIds.contains(id)) unknown.add(id);
            for (RowFacts r : pending) for (Map<String, Object> n : r.nodes()) unknown.remove((String) n.get("id"));
            if (!unknown.isEmpty()) {
                List<String> found = db.read("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id",
                        Map.of("ids", List.copyOf(unknown)), res -> res.list(x -> x.get("id").asString()));
                knownIds.addAll(found);
                found.forEach(unknown::remove);
            }
            stepNanos[1] += System.nanoTime() - c0;
            List<Map<String, Object>> nodes = new ArrayList<>(), rels = new ArrayList<>(), ev = new ArrayList<>(), mentions = new ArrayList<>();
            Map<String, Map<String, Object>> nodeById = new LinkedHashMap<>();
            long loaded = 0, failed = 0;
            for (RowFacts r : pending) {
                String missing = r.endpoints().stream().filter(unknown::contains).findFirst().orElse(null);
                if (missing != null) {
                    failed++;
                    addError(errors, r.row(), "no node with id '" + missing + "' (make it with a nodes: entry, or import the file that has it first)");
                    continue;
                }
                loaded++;
                for (Map<String, Object> n : r.nodes()) {
                    String id = (String) n.get("id");
                    if (knownIds.contains(id) && !nodeById.containsKey(id)) continue; // written by an earlier batch: the first row wins
                    if (nodeById.putIfAbsent(id, n) == null) {
                        mentions.add(GraphWrites.relationRow("MENTIONS", docId, id, "", Map.of(), List.of((String) r.evidence().get("id"))));
                    }
                }
                rels.addAll(r.rels());
                ev.add(r.evidence());
                for (Map<String, Object> rel : r.rels()) if ("PARTY_TO".equals(rel.get("type"))) partyTargets.add((String) rel.get("target"));
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
            return new long[]{loaded, failed, counts[0], counts[1], rels.size()};
        }

        private RowFacts facts(FileSpec f, Row row, int rowNum, String docId, String rule, String version, String fileName,
                               Map<String, Integer> skippedCodes) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            List<Map<String, Object>> rels = new ArrayList<>();
            Set<String> endpoints = new LinkedHashSet<>();
            Set<String> nodeIds = new LinkedHashSet<>();
            String evId = "ev:data:" + spec.dataset + "/" + fileName + "#" + rowNum;
            for (NodeSpec n : f.nodes()) {
                List<Target> targets = ids(n.id(), row, skippedCodes, "id");
                List<String> names = n.name() == null ? List.of() : n.name().split != null ? row.list(n.name())
                        : java.util.Collections.singletonList(row.raw(n.name()));
                for (int ti = 0; ti < targets.size(); ti++) {
                    Target t = targets.get(ti);
                    String label = t.label() != null ? t.label() : labelOf(t.id(), n.label());
                    // a split name pairs with a split id, part by part
                    String name = names.isEmpty() ? null : names.size() == targets.size() ? names.get(ti) : names.get(0);
                    if (name == null || name.isBlank()) name = t.name();
                    List<String> aliases = n.aliases() == null ? List.of() : row.list(n.aliases());
                    Map<String, Object> props = new LinkedHashMap<>();
                    if (t.id().startsWith("state:") && GAZETTEER.state(t.id()) != null) {
                        var st = GAZETTEER.state(t.id());
                        props.put("iso3", st.iso3());
                        if (st.iso2() != null && !st.iso2().isBlank()) props.put("iso2", st.iso2());
                    }
                    properties(n.properties(), row, props);
                    dates(n.date(), n.interval(), row, props, skippedCodes);
                    nodes.add(GraphWrites.entityRow(t.id(), label, name, aliases, props, false));
                    nodeIds.add(t.id());
                }
            }
            List<String> factKeys = new ArrayList<>();
            for (RelSpec r : f.relationships()) {
                List<Target> froms = ids(r.from(), row, skippedCodes, "from");
                List<Target> tos = ids(r.to(), row, skippedCodes, "to");
                String key = r.key() == null ? "" : nonNull(row.raw(r.key()));
                Map<String, Object> props = new LinkedHashMap<>();
                properties(r.properties(), row, props);
                dates(r.date(), r.interval(), row, props, skippedCodes);
                for (Target a : froms) {
                    for (Target b : tos) {
                        rels.add(GraphWrites.relationRow(r.type(), a.id(), b.id(), key, props, List.of(evId)));
                        endpoints.add(a.id());
                        endpoints.add(b.id());
                        factKeys.add(r.type() + "\t" + a.id() + "\t" + b.id() + "\t" + key);
                    }
                }
            }
            Set<String> supported = new LinkedHashSet<>(nodeIds);
            supported.addAll(endpoints);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("dataset", spec.dataset);
            extra.put("file", fileName);
            extra.put("row", rowNum);
            extra.put("facts", factKeys);
            Map<String, Object> ev = GraphWrites.evidenceRow(evId, quote(f, row), null, null, rule, version,
                    List.copyOf(supported), extra);
            return new RowFacts(rowNum, nodes, rels, ev, endpoints);
        }

        /** Ids from a value: split into several, mapped through a code table; an empty id fails the row. */
        private List<Target> ids(Value v, Row row, Map<String, Integer> skippedCodes, String what) {
            String raw = row.raw(v);
            if (raw == null || raw.isBlank()) {
                throw new RowFailure("missing " + what + " (" + describe(v) + " is empty)");
            }
            List<Target> out = new ArrayList<>();
            for (String part : split(v, raw)) {
                if (v.codes == null) {
                    out.add(new Target(v.lower ? part.toLowerCase(Locale.ROOT) : part, null, null));
                    continue;
                }
                CodeTable table = spec.codes.get(v.codes);
                Target t = resolve(table, part);
                if (t.id() == null) {
                    skippedCodes.merge("code '" + part + "' of table '" + table.name() + "' maps to nothing", 1, Integer::sum);
                    continue;
                }
                out.add(t);
            }
            return out;
        }

        private Target resolve(CodeTable t, String code) {
            if (t.map().containsKey(code)) {
                Target m = t.map().get(code);
                if (m.id() == null) return m;
                String name = m.name() != null ? m.name() : stateName(m.id(), code);
                return new Target(m.id(), m.label(), name);
            }
            if ("states".equals(t.gazetteer())) {
                var st = GAZETTEER.state("state:" + code.toUpperCase(Locale.ROOT));
                if (st != null) return new Target(st.id(), "State", st.name());
            }
            if (t.pattern() != null && t.pattern().matcher(code).matches()) return new Target(t.prefix() + code, null, code);
            return switch (t.otherwise()) {
                case "skip" -> new Target(null, null, null);
                case "keep" -> new Target(t.prefix() + slug(code), null, code);
                default -> throw new RowFailure("code '" + code + "' is not in code table '" + t.name()
                        + "' (add it under codes." + t.name() + ".map, or set otherwise: skip or keep)");
            };
        }

        private String stateName(String id, String fallback) {
            var st = id.startsWith("state:") ? GAZETTEER.state(id) : null;
            return st != null ? st.name() : fallback;
        }

        private void properties(Map<String, Value> specs, Row row, Map<String, Object> props) {
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
                    for (String p : split(v, raw)) list.add(convert(v, p));
                    props.put(e.getKey(), list);
                } else {
                    props.put(e.getKey(), convert(v, raw));
                }
            }
        }

        /** {@code date} (ISO as precise as given) with {@code dateFrom}/{@code dateTo}; {@code validFrom}/{@code validTo} from an interval. */
        private void dates(Value date, Interval interval, Row row, Map<String, Object> props, Map<String, Integer> remarks) {
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

        private String quote(FileSpec f, Row row) {
            String q;
            if (f.quote() != null) {
                q = row.template(f.quote(), true);
            } else {
                StringBuilder b = new StringBuilder();
                for (var e : row.col.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                    String v = row.cells[e.getValue()];
                    if (v == null || v.isBlank()) continue;
                    if (b.length() > 0) b.append("; ");
                    b.append(e.getKey()).append('=').append(v.strip());
                    if (b.length() > 300) break;
                }
                q = b.toString();
            }
            q = q.replaceAll("\\s+", " ").strip();
            return q.length() > 300 ? q.substring(0, 297) + "..." : q;
        }
    }

    /** One row's cells, with the joined row (or null) for {@code join.Column} references. */
    private static final class Row {
        final String[] cells;
        final Map<String, Integer> col;
        final String[] joined;
        final Map<String, Integer> joinedCol;
        final String joinName;

        Row(String[] cells, Map<String, Integer> col, String[] joined, Map<String, Integer> joinedCol, String joinName) {
            this.cells = cells;
            this.col = col;
            this.joined = joined;
            this.joinedCol = joinedCol;
            this.joinName = joinName;
        }

        String cell(String ref) {
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
    }

    private static List<String> split(Value v, String raw) {
        if (v.split == null) return List.of(raw.strip());
        List<String> out = new ArrayList<>();
        for (String p : raw.split(java.util.regex.Pattern.quote(v.split))) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static String labelOf(String id, String dflt) {
        int colon = id.indexOf(':');
        if (colon > 0) {
            String l = MappingSpec.PREFIX_LABELS.get(id.substring(0, colon));
            if (l != null) return l;
        }
        return dflt;
    }

    private static String describe(Value v) {
        if (v.constant != null) return v.path;
        return v.path + " (" + String.join(" | ", v.parts) + ")";
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
