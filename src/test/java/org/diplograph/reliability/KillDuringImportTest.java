package org.diplograph.reliability;

import org.diplograph.App;
import org.diplograph.Lanes;
import org.diplograph.TestApp;
import org.diplograph.load.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, fault 1: the {@code import} command (its own JVM, embedded store) is killed with SIGKILL in the middle of
 * importing 150 generated articles. After a restart every article is whole or absent (its evidence and mentions as a
 * clean import gives them), and re-running the import gives exactly the clean import's graph.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class KillDuringImportTest {
    static final int ARTICLES = 150;

    @Test
    void killNineMidImportLeavesWholeArticlesAndTheRerunEqualsACleanImport() throws Exception {
        Path dir = Files.createTempDirectory("diplograph-kill");
        Path facts = GeneratedFacts.write(dir.resolve("generated.json"), ARTICLES, 7);

        // the clean import's graph, per document (an app of its own on a fresh store: this class runs beside the
        // classes that use the shared test app)
        long cleanMs;
        GraphSnapshot expected;
        Map<String, Long> mentions;
        try (App fresh = App.open(TestApp.testConfig(dir.resolve("clean-store"), Map.of()))) {
            long c0 = System.nanoTime();
            ImportReport clean = fresh.importer().importPaths(List.of(facts), null);
            cleanMs = (System.nanoTime() - c0) / 1_000_000;
            assertThat(clean.created()).isEqualTo(ARTICLES);
            expected = GraphSnapshot.of(fresh.database().driver());
            mentions = mentionsPerDocument(fresh.database().driver());
        }

        Path store = dir.resolve("store");
        int bolt = TestApp.freePort();
        Path log = dir.resolve("import.log");
        List<String> cmd = org.diplograph.Commands.java("org.diplograph.Cli");
        cmd.addAll(List.of("import", facts.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("DIPLOGRAPH_DATA", store.toString(), "DIPLOGRAPH_BOLT_PORT", String.valueOf(bolt),
                "DIPLOGRAPH_SEEDS", Path.of("seeds").toAbsolutePath().toString()));
        pb.environment().remove("NEO4J_URI");
        Process p = pb.start();
        long docsAtKill = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (var driver = GraphDatabase.driver("bolt://localhost:" + bolt, AuthTokens.none(),
                Config.builder().withConnectionTimeout(1, TimeUnit.SECONDS).build())) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                try {
                    long docs = driver.executableQuery("MATCH (d:Document) RETURN count(d) AS c").execute()
                            .records().get(0).get("c").asLong();
                    if (docs >= ARTICLES / 5) {
                        p.destroyForcibly(); // SIGKILL
                        docsAtKill = docs;
                        break;
                    }
                } catch (RuntimeException notYet) {
                    // the database is not up yet
                }
                Thread.sleep(50);
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(docsAtKill).as("killed mid-import; log:\n" + Files.readString(log)).isBetween(1L, ARTICLES - 1L);
        boolean recovery = org.diplograph.ProcessLifecycleTestAccess.recoveryRequired(store);

        try (App restarted = App.open(TestApp.testConfig(store, Map.of()))) {
            var driver = restarted.database().driver();
            GraphSnapshot after = GraphSnapshot.of(driver);
            Map<String, Long> mentionsAfter = mentionsPerDocument(driver);
            after.evidencePerDocument().forEach((doc, n) -> {
                assertThat(n).as("evidence of " + doc + " after the kill").isEqualTo(expected.evidencePerDocument().get(doc));
                assertThat(mentionsAfter.get(doc)).as("mentions of " + doc + " after the kill").isEqualTo(mentions.get(doc));
            });
            assertThat(after.duplicateRelationships()).isZero();
            assertThat(after.danglingEvidenceRefs()).isZero();
            int present = after.evidencePerDocument().size();

            ImportReport rerun = restarted.importer().importPaths(List.of(facts), null);
            GraphSnapshot end = GraphSnapshot.of(driver);
            System.out.printf("kill -9 mid-import: %d generated articles; clean import %d ms; killed at %d documents seen "
                            + "(recovery needed at restart: %s); after restart %d whole articles, none partial; re-run: "
                            + "%d created, %d unchanged, %d failed; end %s%n", ARTICLES, cleanMs, docsAtKill, recovery,
                    present, rerun.created(), rerun.unchanged(), rerun.failed(), end);
            assertThat(rerun.failed()).isZero();
            assertThat(rerun.unchanged()).isEqualTo(present);
            assertThat(rerun.created()).isEqualTo(ARTICLES - present);
            assertThat(end).as("graph after kill, restart and re-run").isEqualTo(expected);
        }
    }

    static Map<String, Long> mentionsPerDocument(org.neo4j.driver.Driver driver) {
        Map<String, Long> out = new java.util.TreeMap<>();
        driver.executableQuery("MATCH (d:Document) OPTIONAL MATCH (d)-[m:MENTIONS]->() RETURN d.id AS k, count(m) AS c")
                .execute().records().forEach(r -> out.put(r.get("k").asString(), r.get("c").asLong()));
        return out;
    }
}
