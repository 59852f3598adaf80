package org.diplograph;

import org.diplograph.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.ui.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        List<String> cmd = Commands.java("org.diplograph.Cli");
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

        ChromeDriver browser = Browser.start(); // before the app, so the page opens while the seed import runs
        Running first;
        try {
            first = startApp(store, log, true);
            assertThat(first.readyMillis()).as("cold start to ready, beside the other test lane").isLessThan(60_000);
            System.out.println("cold start to ready: " + first.readyMillis() + " ms");
            seedImportProgressIsVisibleUntilDone(first, browser);
        } finally {
            browser.quit();
        }
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
            assertThat(second.seedImport().snapshot().state()).isEqualTo("skipped");
            assertThat(second.seedImport().snapshot().reason()).isEqualTo("the graph already holds documents");
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

    /**
     * Issue 13, item 13: ready answers while the first-start seed import still runs, and {@code /api/stats} says so
     * ({@code seedImport}: state, done of total, started and finished), up to done with every seed; the UI shows a
     * status line meanwhile and hides it when the import is done.
     */
    private static void seedImportProgressIsVisibleUntilDone(Running app, ChromeDriver browser) throws Exception {
        int seeds;
        try (var files = Files.list(Path.of("seeds"))) {
            seeds = (int) files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        String base = "http://localhost:" + app.httpPort();
        JsonNode atReady = Json.mapper().readTree(get(base + "/api/stats")).get("seedImport");
        System.out.println("seed import when ready: " + atReady);
        assertThat(atReady).as("/api/stats reports the seed import").isNotNull();
        assertThat(atReady.get("state").asText()).as("ready comes before the seed import is done: " + atReady)
                .isIn("pending", "running");

        browser.get(base + "/");
        WebDriverWait wait = org.diplograph.ui.Browser.waitFor(browser, Duration.ofSeconds(20));
        WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seed-status")));
        Browser.screenshot(browser, "ProcessLifecycleTest-seed-import-running");
        if (((Number) browser.executeScript("return window.diplograph.cy.nodes().length;")).intValue() == 0) {
            wait.until(x -> browser.findElement(By.id("empty-title")).getText().equals("The seed articles are being imported."));
        }
        assertThat(line.getText()).matches("(Importing the seed articles: \\d of " + seeds + " done \\(started .+\\); the graph "
                + "fills in when it is done\\.|The seed import is about to start…)");

        List<String> states = new ArrayList<>();
        JsonNode p = atReady;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!p.get("state").asText().equals("done") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            p = Json.mapper().readTree(get(base + "/api/stats")).get("seedImport");
            states.add(p.get("state").asText() + " " + p.get("done").asInt() + "/" + p.get("total").asInt());
            if (p.get("state").asText().equals("running")) {
                assertThat(p.get("total").asInt()).isEqualTo(seeds);
                assertThat(p.get("done").asInt()).isBetween(0, seeds);
                assertThat(p.get("startedAt").asText()).isNotEmpty();
                assertThat(p.get("finishedAt").isNull()).isTrue();
            }
        }
        System.out.println("seed import states seen: " + new java.util.LinkedHashSet<>(states));
        assertThat(p.get("state").asText()).as(p.toString()).isEqualTo("done");
        assertThat(p.get("done").asInt()).isEqualTo(seeds);
        assertThat(p.get("total").asInt()).as("total = the number of seed articles").isEqualTo(seeds);
        assertThat(p.get("failed").asInt()).isZero();
        assertThat(Instant.parse(p.get("finishedAt").asText())).isAfterOrEqualTo(Instant.parse(p.get("startedAt").asText()));
        assertThat(Json.mapper().readTree(get(base + "/api/stats")).at("/nodes/Document").asLong())
                .as("the seeds are imported on first start").isEqualTo(seeds);

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("seed-status")));
        wait.until(x -> ((Number) browser.executeScript("return window.diplograph.cy.nodes().length;")).intValue() > 0);
        Browser.screenshot(browser, "ProcessLifecycleTest-seeds-imported");
        assertThat(Browser.errors(browser)).as("JavaScript errors in the page").isEmpty();
    }

    private static String get(String url) throws Exception {
        var res = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(url + " " + res.body()).isEqualTo(200);
        return res.body();
    }

    @Test
    void aBadSettingStopsWithAClearMessageAndNoStackTrace() {
        Commands.Run r = Commands.inProcess(List.of("--port", "http"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("DIPLOGRAPH_PORT").contains("not a port number").doesNotContain("\tat ");
    }
}
