package org.diplograph;

import org.diplograph.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.Commands.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: {@code --help} and usage errors of every command, and the {@code extract} and {@code import} commands. The first import runs as the user runs it, a separate JVM (exit code
 * and output of the real process); the others run in this JVM through the same entry point ({@link Cli#run}) with the
 * output captured, which spares a JVM and embedded-Neo4j cold start each.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class CliTest {
    private static List<String> args(Path store, String... command) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(Commands.onStore(store));
        return a;
    }

    @Test
    void extractWritesAFactsFileWithoutADatabase() throws Exception {
        // extract takes no database settings (its --help lists none: see everyCommandHasHelp...)
        Path out = Files.createTempFile("facts", ".json");
        Run r = Commands.inProcess(List.of("extract", "seeds", "--out", out.toString()));
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode facts = Json.mapper().readTree(out.toFile());
        Files.delete(out);
        assertThat(facts.get("documents")).hasSize(5);
        assertThat(facts.at("/documents/0/relations")).isNotEmpty();
    }

    @Test
    void importPrintsAReportAndASecondRunChangesNothing() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        try {
            Run first = Commands.childProcess(List.of("import", "seeds"), store);
            assertThat(first.exit()).as(first.out()).isZero();
            assertThat(first.out()).contains("5 articles").contains("5 created").contains("relationships/s")
                    .contains("000_42c68344f93e6d60.txt").contains("articles  "); // progress bar for more than 3 files
            Run second = Commands.inProcess(args(store, "import", "seeds"));
            assertThat(second.exit()).as(second.out()).isZero();
            assertThat(second.out()).contains("5 articles").contains("5 unchanged");
        } finally {
            TestApp.deleteTree(store); // a Neo4j store: tens of MB left in /tmp by every run before
        }
    }

    /** Issue 13, item 12: every command has --help (exit 0) with its options, and the import usage names --mapping. */
    @Test
    void everyCommandHasHelpWithItsOptionsAndExitsZero() {
        Map<List<String>, List<String>> expected = new LinkedHashMap<>();
        expected.put(List.of("--help"), List.of("Usage: diplograph", "serve", "import", "extract", "backup", "restore",
                "--port=<port>", "DIPLOGRAPH_PORT", "Exit codes:"));
        expected.put(List.of("-h"), List.of("Usage: diplograph", "Commands:"));
        expected.put(List.of("serve", "--help"), List.of("Usage: diplograph serve", "--port=<port>", "--data=<data>",
                "--bolt-port=<bolt-port>", "--neo4j-uri=<neo4j-uri>", "--token=<token>", "DIPLOGRAPH_IMPORT_SEEDS"));
        expected.put(List.of("import", "--help"), List.of("Usage: diplograph import", "--mapping=<spec", "--batch-size=<",
                "<path>...", "--data=<data>", "--bolt-port=<bolt-port>", "DIPLOGRAPH_DATA"));
        expected.put(List.of("extract", "--help"), List.of("Usage: diplograph extract", "--out=<facts.json>", "<path>..."));
        expected.put(List.of("backup", "--help"), List.of("Usage: diplograph backup", "--data=<store>", "<dir>"));
        expected.put(List.of("restore", "--help"), List.of("Usage: diplograph restore", "--data=<store>", "<backup-dir>"));
        expected.put(List.of("help", "import"), List.of("Usage: diplograph import", "--mapping=<spec"));
        expected.forEach((args, texts) -> {
            Run r = Commands.inProcess(args);
            assertThat(r.exit()).as(args + "\n" + r.out()).isZero();
            for (String t : texts) assertThat(r.out()).as(args.toString()).contains(t);
        });
        assertThat(Commands.inProcess(List.of("extract", "--help")).out()).as("extract needs no database")
                .doesNotContain("--data").doesNotContain("--bolt-port");
    }

    /** A bad option, a missing argument or an unknown command: exit 2, the reason and the command's usage, no stack trace. */
    @Test
    void badOptionsAreUsageErrorsWithTheUsage() {
        record Case(List<String> args, String reason, String usage) {}
        for (Case c : List.of(
                new Case(List.of("import", "--colour", "red", "seeds"), "Unknown option: '--colour'", "Usage: diplograph import"),
                new Case(List.of("import"), "Missing required parameter", "Usage: diplograph import"),
                new Case(List.of("import", "--mapping", "m.yaml", "--batch-size", "0", "a.csv"), "--batch-size must be",
                        "Usage: diplograph import"),
                new Case(List.of("import", "--batch-size", "10", "seeds"), "--batch-size applies to a CSV import",
                        "Usage: diplograph import"),
                new Case(List.of("extract", "--data", "x", "seeds"), "Unknown option: '--data'", "Usage: diplograph extract"),
                new Case(List.of("backup"), "Missing required parameter", "Usage: diplograph backup"),
                new Case(List.of("restore", "a", "b"), "Unmatched argument", "Usage: diplograph restore"),
                new Case(List.of("--bogus"), "Unknown option: '--bogus'", "Usage: diplograph"),
                new Case(List.of("frobnicate"), "unknown command 'frobnicate' (commands: serve, import", "Usage: diplograph"))) {
            Run r = Commands.inProcess(c.args());
            assertThat(r.exit()).as(c.args() + "\n" + r.out()).isEqualTo(2);
            assertThat(r.out()).as(c.args().toString()).contains(c.reason()).contains(c.usage()).contains("--help")
                    .doesNotContain("\tat ");
        }
        Run bad = Commands.inProcess(List.of("serve", "--port", "http"));
        assertThat(bad.exit()).as("a bad value is not a usage error: " + bad.out()).isEqualTo(1);
        assertThat(bad.out()).contains("DIPLOGRAPH_PORT (--port) = 'http': not a port number");
    }

    /**
     * What a command prints is its own whatever other threads do to System.err meanwhile: CoreNLP's logging sets the
     * System streams back whenever it is configured (models loading for an app another test starts). CI once lost a
     * usage error that way.
     */
    @Test
    void outputIsCapturedWhileAnotherThreadResetsSystemErr() throws Exception {
        PrintStream real = System.err;
        AtomicBoolean stop = new AtomicBoolean();
        Thread resetter = new Thread(() -> {
            while (!stop.get()) System.setErr(real);
        });
        resetter.start();
        try {
            for (int i = 0; i < 100; i++) {
                Run r = Commands.inProcess(List.of("import"));
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.out()).as("run " + i).contains("Missing required parameter").contains("Usage: diplograph import");
            }
        } finally {
            stop.set(true);
            resetter.join();
            System.setErr(real);
        }
    }

    /**
     * Issue 13, item 12: {@code import} finds the app that serves the store it is given (by {@code --data} alone), whatever
     * Bolt port the app was started with, and imports through it.
     */
    @Test
    void importFindsTheAppServingTheStore() throws Exception {
        Path store = Files.createTempDirectory("cli-serving");
        try (App app = App.start(TestApp.testConfig(store, Map.of()))) {
            Run r = Commands.inProcess(List.of("import", "--data", store.toString(), "--neo4j-uri=", "seeds/000_42c68344f93e6d60.txt"));
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.out()).contains("Diplograph is running (store " + store)
                    .contains("Bolt on localhost:" + app.config().boltPort() + "): importing through it").contains("1 created");
            long docs = app.database().read("MATCH (d:Document) RETURN count(d) AS c", Map.of(), x -> x.single().get("c").asLong());
            assertThat(docs).isEqualTo(1);
            assertThat(store.resolve(RunningApp.FILE)).exists();
        }
        assertThat(store.resolve(RunningApp.FILE)).as("removed when the app stops").doesNotExist();
        TestApp.deleteTree(store);
    }

    @Test
    void importOfAMissingPathFailsClearly() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        try {
            Run r = Commands.inProcess(args(store, "import", "no/such/folder"));
            assertThat(r.exit()).isNotZero();
            assertThat(r.out()).contains("no/such/folder").doesNotContain("\tat ");
            try (var files = Files.list(store)) {
                assertThat(files.count()).as("no store created").isZero();
            }
        } finally {
            TestApp.deleteTree(store);
        }
    }

    @Test
    void serveOnATakenHttpPortSaysSoAndExitsFour() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
            int port = taken.getLocalPort();
            Run r = Commands.inProcess(args(store, "serve", "--port", String.valueOf(port), "--import-seeds=false"));
            assertThat(r.exit()).as(r.out()).isEqualTo(4);
            assertThat(r.out()).contains("diplograph: Cannot serve HTTP on localhost:" + port + " (is the port taken?")
                    .doesNotContain("\tat ").doesNotContain("Neo4j is not reachable");
        } finally {
            TestApp.deleteTree(store);
        }
    }
}
