package org.diplograph;

import org.diplograph.config.Config;
import org.diplograph.config.ConfigOptions;
import org.diplograph.db.EmbeddedNeo4j;
import org.diplograph.load.DocumentReport;
import org.diplograph.load.ImportReport;
import org.diplograph.load.ImportService;
import org.diplograph.load.csv.CsvImportReport;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.load.csv.MappingException;
import org.diplograph.load.csv.MappingSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code import [--mapping spec [--batch-size N]] [settings] <paths>...}: articles (files, folders, facts.json) or, with
 * a mapping, CSV files. Prints a line per article or file and a summary; exit 0 when everything loaded, 3 when some
 * failed (the rest loaded), 2 for a bad mapping. When an app serves the store, the import goes through its Bolt port.
 */
@Command(name = "import", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = {"diplograph import [-h] [settings] <path>...",
                "       diplograph import --mapping=<spec> [--batch-size=<n>] [settings] <csv>..."},
        description = {"Import articles (text, Markdown, HTML, or a facts.json from 'extract') into the graph; with "
                + "--mapping, CSV files through a mapping (see the README's \"Structured import\").",
                "If Diplograph serves the store (--data / DIPLOGRAPH_DATA), the import goes through its Bolt port."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--mapping", paramLabel = "<spec.yaml|json>",
            description = "Import CSV files through this mapping (YAML or JSON) instead of articles.")
    Path mapping;

    @Option(names = "--batch-size", paramLabel = "<rows>",
            description = "Rows per transaction of a CSV import (1-200000; default: the mapping's batchSize, else 10000).")
    Integer batchSize;

    @Parameters(arity = "1..*", paramLabel = "<path>",
            description = "Files or folders of articles, or a facts.json; with --mapping, the CSV files.")
    List<Path> paths;

    ConfigOptions settings;

    @Override
    public Integer call() {
        if (batchSize != null && (batchSize < 1 || batchSize > 200_000)) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be a whole number from 1 to 200000");
        }
        if (batchSize != null && mapping == null) {
            throw new ParameterException(spec.commandLine(), "--batch-size applies to a CSV import (with --mapping)");
        }
        return mapping != null ? csv() : articles();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The configuration, through the Bolt port of an app that serves the store if there is one. */
    private Config config() {
        Config config = settings.config(System.getenv());
        if (!config.embedded()) return config;
        var running = RunningApp.find(config.dataDir());
        // without the app's file (an app of an earlier version): a store in use and the Bolt port taken
        int bolt = running.map(RunningApp.Info::boltPort)
                .orElse(!EmbeddedNeo4j.portFree(config.boltPort()) && storeInUse(config.dataDir()) ? config.boltPort() : -1);
        if (bolt < 0) return config;
        // the store is locked by the running app: import through its Bolt port instead
        err().println("Diplograph is running (" + (running.isPresent() ? "store " + config.dataDir() + ", " : "")
                + "Bolt on localhost:" + bolt + "): importing through it");
        err().flush();
        return settings.config(System.getenv(), "NEO4J_URI", "bolt://localhost:" + bolt);
    }

    private static boolean storeInUse(Path store) {
        try (var lock = Backup.StoreLock.tryLock(store.toAbsolutePath().normalize())) {
            return lock == null;
        } catch (IOException e) {
            return false;
        }
    }

    private int articles() {
        int files;
        try {
            files = ImportService.expand(paths).size(); // a missing path fails before the database starts
        } catch (IOException e) {
            err().println("diplograph: " + e.getMessage());
            return 1;
        }
        try (App app = App.open(config())) {
            Progress progress = files > 3 ? new Progress(err(), "articles") : null;
            ImportReport report = app.importer().importPaths(paths, progress == null ? null : (d, t) -> progress.update(null, d, t));
            if (progress != null) progress.done();
            for (DocumentReport d : report.documents()) {
                String name = d.file() != null ? d.file() : d.document();
                if (d.ok()) {
                    out().printf("%-40s %-9s entities +%d/=%d  relationships +%d/=%d  evidence %d  %d ms%n", name, d.status(),
                            d.entitiesCreated(), d.entitiesMerged(), d.relationsCreated(), d.relationsMerged(), d.evidence(), d.millis());
                } else {
                    out().printf("%-40s FAILED    %s%n", name, d.error());
                }
                d.warnings().forEach(w -> out().println("    warning: " + w));
            }
            out().println(report.summary());
            return report.failed() == 0 ? 0 : 3;
        } catch (IOException e) {
            err().println("diplograph: " + e.getMessage());
            return 1;
        }
    }

    private int csv() {
        MappingSpec mappingSpec;
        List<CsvImporter.Input> inputs = new ArrayList<>();
        try {
            mappingSpec = MappingSpec.parse(Files.readString(mapping));
            for (Path p : paths) {
                if (!Files.isRegularFile(p)) {
                    err().println("diplograph: no such file: " + p);
                    return Cli.USAGE;
                }
                inputs.add(CsvImporter.Input.of(p));
            }
            CsvImporter.assign(mappingSpec, inputs);
        } catch (IOException e) {
            err().println("diplograph: cannot read " + mapping + ": " + e.getMessage());
            return Cli.USAGE;
        } catch (MappingException e) {
            printMappingError(e);
            return Cli.USAGE;
        }
        try (App app = App.open(config())) {
            Progress progress = new Progress(err(), "rows");
            CsvImportReport report = app.csvImporter().importFiles(mappingSpec, inputs, batchSize,
                    (file, rows, chars, total) -> progress.update(file, chars, total, rows));
            progress.done();
            for (var f : report.files()) {
                out().printf("%-40s %-8s rows %,d: %,d loaded, %,d failed, %,d skipped; nodes +%,d, relationships +%,d (%,d written), "
                                + "evidence %,d, %d batches, %,d ms%n", f.file(), f.status(), f.rows(), f.loaded(), f.failed(),
                        f.skippedRows(), f.nodesCreated(), f.relationshipsCreated(), f.relationshipsWritten(), f.evidence(), f.batches(), f.millis());
                int shown = 0;
                for (var e : f.errors()) {
                    if (shown++ == 20) {
                        out().printf("    ... %,d more failed rows (POST /api/import answers all of them)%n", f.failed() + f.partial() - 20);
                        break;
                    }
                    out().printf("    row %d: %s%n", e.row(), e.reason());
                }
                f.notes().forEach(n -> out().println("    note: " + n));
                f.warnings().forEach(w -> out().println("    warning: " + w));
            }
            out().println(report.summary());
            return report.rowsFailed() == 0 && report.rowsPartial() == 0 ? 0 : 3;
        } catch (IOException e) {
            err().println("diplograph: " + e.getMessage());
            return 1;
        } catch (MappingException e) {
            printMappingError(e);
            return Cli.USAGE;
        }
    }

    private void printMappingError(MappingException e) {
        err().println("diplograph: " + mapping + (e.syntax() ? " is not valid YAML or JSON:" : " cannot be used:"));
        e.problems().forEach(p -> err().println("  - " + p));
    }
}
