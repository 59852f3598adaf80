package org.diplograph.load.csv;

import org.diplograph.db.Database;
import org.diplograph.load.DatasetWriter;
import org.diplograph.load.csv.CsvImportReport.FileReport;
import org.diplograph.load.csv.MappingSpec.FileSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structured import: CSV files plus a {@link MappingSpec} in, graph out, written by the load package's
 * {@link DatasetWriter} (the loader's batched {@code UNWIND ... MERGE} queries), {@code batchSize} rows per transaction;
 * {@link ImportRun} runs the steps of each file. A row that fails
 * (missing id, bad date, unknown code, missing join or endpoint) is reported with its row number and left out; the rest
 * load. Every loaded row becomes an Evidence node citing the dataset, file and row, linked from one Document per file.
 */
public final class CsvImporter {
    /** Part of every file's version: a change to what the importer writes makes unchanged files load again. */
    static final String IMPORTER_VERSION = "importer:2";

    private final Database db;
    private final DatasetWriter writer;

    public CsvImporter(Database db, Duration timeout) {
        this.db = db;
        this.writer = new DatasetWriter(db, timeout);
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
                public InputStream open() { return new ByteArrayInputStream(bytes); }
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
        ImportRun run = new ImportRun(db, writer, spec, batch, progress);
        List<FileReport> reports = new ArrayList<>();
        for (var e : parts.entrySet()) reports.add(run.file(e.getKey(), e.getValue()));
        return CsvImportReport.of(spec.dataset, reports, (System.nanoTime() - t0) / 1_000_000);
    }
}
