package org.diplograph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.recovery.Recovery;
import org.neo4j.memory.EmptyMemoryTracker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the app as a separate process: it becomes ready with the seeds imported, a driver in this (other) process
 * attaches over Bolt and writes, SIGTERM stops it cleanly (no recovery needed), and a restart on the store (in this
 * JVM: a second cold JVM would only repeat the first start) keeps the data and does not import the seeds again.
 */
// in the child-process lane, beside the shared-app classes: its cold start bound allows for that (the bench measures the
// figure itself: bench/RESULTS.md, cold start)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class ProcessLifecycleTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Running(Process process, int httpPort, int boltPort, long readyMillis) {}

    static Running startApp(Path store, Path log) throws Exception {
        return startApp(store, log, false);
    }

    static Running startApp(Path store, Path log, boolean seeds) throws Exception {
        return startApp(store, log, seeds, Map.of());
    }

    /** Starts {@code App serve} as its own JVM with extra environment settings (e.g. DIPLOGRAPH_QUERY_TIMEOUT). */
    static Running startApp(Path store, Path log, boolean seeds, Map<String, String> env) throws Exception {
        int http = TestApp.freePort(), bolt = TestApp.freePort();
        List<String> cmd = Commands.java("org.diplograph.App");
        cmd.add("serve");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("DIPLOGRAPH_PORT", String.valueOf(http), "DIPLOGRAPH_BOLT_PORT", String.valueOf(bolt),
                "DIPLOGRAPH_DATA", store.toString(), "DIPLOGRAPH_IMPORT_SEEDS", String.valueOf(seeds),
                "DIPLOGRAPH_SEEDS", Path.of("seeds").toAbsolutePath().toString()));
        pb.environment().putAll(env);
        pb.environment().remove("NEO4J_URI");
        long t0 = System.nanoTime();
        Process p = pb.start();
        // a test that fails before it stops the app must not leave it running after the test JVM
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                var res = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/api/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200) {
                    return new Running(p, http, bolt, (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new AssertionError("app did not become ready; log:\n" + Files.readString(log));
    }

    static boolean recoveryRequired(Path store) throws Exception {
        var layout = Neo4jLayout.of(store).databaseLayout("neo4j");
        var config = org.neo4j.configuration.Config.defaults(GraphDatabaseSettings.neo4j_home, store);
        return Recovery.isRecoveryRequired(new DefaultFileSystemAbstraction(), layout, config, EmptyMemoryTracker.INSTANCE);
    }

    @Test
    void startsAttachesOverBoltStopsCleanlyOnSigtermAndKeepsData() throws Exception {
        Path store = Files.createTempDirectory("diplograph-proc");
        Path log = Files.createTempFile("diplograph-proc", ".log");

        Running first = startApp(store, log, true);
        assertThat(first.readyMillis()).as("cold start to ready, beside the other test lane").isLessThan(60_000);
        System.out.println("cold start to ready: " + first.readyMillis() + " ms");
        long seedsDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long documents = 0;
        while (documents < 5 && System.nanoTime() < seedsDeadline) {
            var stats = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + first.httpPort() + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            documents = Json.mapper().readTree(stats.body()).at("/nodes/Document").asLong();
            Thread.sleep(200);
        }
        assertThat(documents).as("the seeds are imported on first start").isEqualTo(5);
        try (var driver = GraphDatabase.driver("bolt://localhost:" + first.boltPort(), AuthTokens.none())) {
            driver.executableQuery("CREATE (:State:Entity {id:'state:TST', name:'Testland'})").execute();
        }
        first.process().destroy(); // SIGTERM
        assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
        String firstLog = Files.readString(log);
        assertThat(firstLog).contains("Neo4j embedded mode").contains("store " + store).contains("Stopping Diplograph");
        assertThat(recoveryRequired(store)).as("recovery needed after SIGTERM").isFalse();

        try (App second = App.start(TestApp.testConfig(store, Map.of("DIPLOGRAPH_IMPORT_SEEDS", "true")))) {
            assertThat(second.importSeedsIfEmpty()).as("the seeds are not imported again on a non-empty store").isNull();
            try (var driver = GraphDatabase.driver("bolt://localhost:" + second.config().boltPort(), AuthTokens.none())) {
                List<String> names = driver.executableQuery("MATCH (s:State {id:'state:TST'}) RETURN s.name AS name").execute()
                        .records().stream().map(r -> r.get("name").asString()).toList();
                assertThat(names).containsExactly("Testland");
                long docs = driver.executableQuery("MATCH (d:Document) RETURN count(d) AS c").execute().records().get(0).get("c").asLong();
                assertThat(docs).as("seeds kept, not imported twice").isEqualTo(5);
            }
        }
        assertThat(recoveryRequired(store)).isFalse();
    }

    @Test
    void aBadSettingStopsWithAClearMessageAndNoStackTrace() {
        Commands.Run r = Commands.inProcess(List.of("--port", "http"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("DIPLOGRAPH_PORT").contains("not a port number").doesNotContain("\tat ");
    }
}
