package org.diplograph;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.diplograph.config.Config;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Facts;
import org.diplograph.load.DocumentReport;
import org.diplograph.load.ImportReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code import} and {@code extract} commands. */
final class Cli {
    private Cli() {}

    /** Splits arguments into paths and {@code --flag value} pairs (every flag takes a value). */
    record Args(List<Path> paths, List<String> flags, String out) {
        static Args parse(List<String> args) {
            List<Path> paths = new ArrayList<>();
            List<String> flags = new ArrayList<>();
            String out = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--out") && i + 1 < args.size()) out = args.get(++i);
                else if (a.startsWith("--out=")) out = a.substring(6);
                else if (a.startsWith("--")) {
                    flags.add(a);
                    if (!a.contains("=") && i + 1 < args.size()) flags.add(args.get(++i));
                } else paths.add(Path.of(a));
            }
            return new Args(paths, flags, out);
        }
    }

    /** {@code import <files|dirs|facts.json>}: prints a report; exit 0 when every article imported, 3 otherwise. */
    static int importCommand(List<String> argv) {
        String mapping = null;
        Integer batchSize = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            String v = null;
            if ((a.equals("--mapping") || a.equals("--batch-size")) && i + 1 < argv.size()) v = argv.get(++i);
            else if (a.startsWith("--mapping=") || a.startsWith("--batch-size=")) v = a.substring(a.indexOf('=') + 1);
            if (v == null) {
                rest.add(a);
            } else if (a.startsWith("--mapping")) {
                mapping = v;
            } else {
                try {
                    batchSize = Integer.parseInt(v);
                    if (batchSize < 1 || batchSize > 200_000) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    System.err.println("diplograph: --batch-size must be a whole number from 1 to 200000");
                    return 2;
                }
            }
        }
        if (mapping != null) return csvImport(Path.of(mapping), batchSize, rest);
        Args args = Args.parse(rest);
        if (args.paths().isEmpty()) {
            System.err.println("usage: import <files|dirs|facts.json> [settings]");
            return 2;
        }
        int files;
        try {
            files = countFiles(args.paths()); // a missing path fails before the database starts
        } catch (IOException e) {
            System.err.println("diplograph: " + e.getMessage());
            return 1;
        }
        Config config = Config.load(System.getenv(), args.flags());
        boolean appRunning = config.embedded() && !org.diplograph.db.EmbeddedNeo4j.portFree(config.boltPort());
        if (appRunning) {
            // the store is locked by the running app: import through its Bolt port instead
            System.err.println("Diplograph is running (Bolt on localhost:" + config.boltPort() + "): importing through it");
            config = Config.load(System.getenv(), withFlag(args.flags(), "--neo4j-uri", "bolt://localhost:" + config.boltPort()));
        }
        try (App app = App.open(config)) {
            Progress progress = files > 3 ? new Progress() : null;
            ImportReport report = app.importer().importPaths(args.paths(), progress == null ? null : progress::update);
            if (progress != null) progress.done();
            for (DocumentReport d : report.documents()) {
                String name = d.file() != null ? d.file() : d.document();
                if (d.ok()) {
                    System.out.printf("%-40s %-9s entities +%d/=%d  relationships +%d/=%d  evidence %d  %d ms%n", name, d.status(),
                            d.entitiesCreated(), d.entitiesMerged(), d.relationsCreated(), d.relationsMerged(), d.evidence(), d.millis());
                } else {
                    System.out.printf("%-40s FAILED    %s%n", name, d.error());
                }
                d.warnings().forEach(w -> System.out.println("    warning: " + w));
            }
            System.out.println(report.summary());
            return report.failed() == 0 ? 0 : 3;
        } catch (IOException e) {
            System.err.println("diplograph: " + e.getMessage());
            return 1;
        }
    }

    /** {@code import --mapping spec.yaml [--batch-size N] <files.csv>}: structured import with a progress bar and a report. */
    static int csvImport(Path mappingFile, Integer batchSize, List<String> argv) {
        Args args = Args.parse(argv);
        if (args.paths().isEmpty()) {
            System.err.println("usage: import --mapping <spec.yaml|json> [--batch-size N] <file.csv>... [settings]");
            return 2;
        }
        org.diplograph.load.csv.MappingSpec spec;
        List<org.diplograph.load.csv.CsvImporter.Input> inputs = new ArrayList<>();
        try {
            spec = org.diplograph.load.csv.MappingSpec.parse(Files.readString(mappingFile));
            for (Path p : args.paths()) {
                if (!Files.isRegularFile(p)) {
                    System.err.println("diplograph: no such file: " + p);
                    return 2;
                }
                inputs.add(org.diplograph.load.csv.CsvImporter.Input.of(p));
            }
            org.diplograph.load.csv.CsvImporter.assign(spec, inputs);
        } catch (IOException e) {
            System.err.println("diplograph: cannot read " + mappingFile + ": " + e.getMessage());
            return 2;
        } catch (org.diplograph.load.csv.MappingException e) {
            printMappingError(mappingFile, e);
            return 2;
        }
        Config config = Config.load(System.getenv(), args.flags());
        if (config.embedded() && !org.diplograph.db.EmbeddedNeo4j.portFree(config.boltPort())) {
            System.err.println("Diplograph is running (Bolt on localhost:" + config.boltPort() + "): importing through it");
            config = Config.load(System.getenv(), withFlag(args.flags(), "--neo4j-uri", "bolt://localhost:" + config.boltPort()));
        }
        try (App app = App.open(config)) {
            long t0 = System.nanoTime();
            org.diplograph.load.csv.CsvImportReport report = app.csvImporter().importFiles(spec, inputs, batchSize, (file, rows, chars, total) -> {
                int width = 30, filled = total <= 0 ? width : (int) Math.min(width, chars * width / total);
                System.err.printf("\r%-36s [%s%s] %,d rows  %.1f s", file.length() > 36 ? file.substring(0, 36) : file,
                        "#".repeat(filled), " ".repeat(width - filled), rows, (System.nanoTime() - t0) / 1e9);
            });
            System.err.println();
            for (var f : report.files()) {
                System.out.printf("%-40s %-8s rows %,d: %,d loaded, %,d failed, %,d skipped; nodes +%,d, relationships +%,d (%,d written), "
                                + "evidence %,d, %d batches, %,d ms%n", f.file(), f.status(), f.rows(), f.loaded(), f.failed(),
                        f.skippedRows(), f.nodesCreated(), f.relationshipsCreated(), f.relationshipsWritten(), f.evidence(), f.batches(), f.millis());
                int shown = 0;
                for (var e : f.errors()) {
                    if (shown++ == 20) {
                        System.out.printf("    ... %,d more failed rows (POST /api/import answers all of them)%n", f.failed() + f.partial() - 20);
                        break;
                    }
                    System.out.printf("    row %d: %s%n", e.row(), e.reason());
                }
                f.warnings().forEach(w -> System.out.println("    warning: " + w));
                f.notes().forEach(n -> System.out.println("    note: " + n));
            }
            System.out.println(report.summary());
            return report.rowsFailed() == 0 && report.rowsPartial() == 0 ? 0 : 3;
        } catch (IOException e) {
            System.err.println("diplograph: " + e.getMessage());
            return 1;
        } catch (org.diplograph.load.csv.MappingException e) {
            printMappingError(mappingFile, e);
            return 2;
        }
    }

    private static void printMappingError(Path mappingFile, org.diplograph.load.csv.MappingException e) {
        System.err.println("diplograph: " + mappingFile + (e.syntax() ? " is not valid YAML or JSON:" : " cannot be used:"));
        e.problems().forEach(p -> System.err.println("  - " + p));
    }

    /** {@code extract <files|dirs> [--out facts.json]}: writes the facts file (bad files are skipped and named; exit 3); needs no database. */
    static int extractCommand(List<String> argv) {
        Args args = Args.parse(argv);
        if (args.paths().isEmpty()) {
            System.err.println("usage: extract <files|dirs> [--out facts.json]");
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            List<String> failures = new ArrayList<>();
            Facts facts = new Extractor().extractAll(args.paths(), e -> {
                failures.add(e.getMessage());
                System.err.println("skipped: " + e.getMessage());
            });
            String json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(facts);
            if (args.out() == null) {
                System.out.println(json);
            } else {
                Files.writeString(Path.of(args.out()), json + "\n");
                int rels = facts.documents().stream().mapToInt(d -> d.relations().size()).sum();
                System.err.printf("%d articles, %d relations extracted in %d ms -> %s%n", facts.documents().size(), rels,
                        (System.nanoTime() - t0) / 1_000_000, args.out());
            }
            return failures.isEmpty() ? 0 : 3;
        } catch (IOException | RuntimeException e) {
            System.err.println("diplograph: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> withFlag(List<String> flags, String flag, String value) {
        List<String> out = new ArrayList<>(flags);
        out.add(flag);
        out.add(value);
        return out;
    }

    private static int countFiles(List<Path> paths) throws IOException {
        return org.diplograph.load.ImportService.expand(paths).size();
    }

    /** A progress bar on standard error. */
    static final class Progress {
        private final long t0 = System.nanoTime();

        void update(int done, int total) {
            int width = 30, filled = total == 0 ? width : done * width / total;
            double secs = (System.nanoTime() - t0) / 1e9;
            System.err.printf("\r[%s%s] %d/%d articles  %.1f s", "#".repeat(filled), " ".repeat(width - filled), done, total, secs);
        }

        void done() {
            System.err.println();
        }
    }

}
