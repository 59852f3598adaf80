package org.diplograph;

import org.diplograph.common.Json;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Facts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code extract <paths>... [--out facts.json]}: the facts of articles as JSON, with no database (bad files are skipped
 * and named; exit 3).
 */
@Command(name = "extract", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Extract the facts of articles (entities, relations, each with its sentence) as JSON, without a "
                + "database: review or edit them, then 'import' the facts.json."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-o", "--out"}, paramLabel = "<facts.json>", description = "Write the facts here (default: standard output).")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "<path>", description = "Article files or folders (text, Markdown, HTML).")
    List<Path> paths;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        try {
            long t0 = System.nanoTime();
            List<String> failures = new ArrayList<>();
            Facts facts = new Extractor().extractAll(paths, e -> {
                failures.add(e.getMessage());
                stderr.println("skipped: " + e.getMessage());
            });
            String json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(facts);
            if (out == null) {
                stdout.println(json);
            } else {
                Files.writeString(out, json + "\n");
                int rels = facts.documents().stream().mapToInt(d -> d.relations().size()).sum();
                stderr.printf("%d articles, %d relations extracted in %d ms -> %s%n", facts.documents().size(), rels,
                        (System.nanoTime() - t0) / 1_000_000, out);
            }
            return failures.isEmpty() ? 0 : 3;
        } catch (IOException | RuntimeException e) {
            stderr.println("diplograph: " + e.getMessage());
            return 1;
        }
    }
}
