package org.diplograph.reliability;

import org.diplograph.App;
import org.diplograph.ProcessLifecycleTestAccess;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.diplograph.Lanes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, fault 5: SIGTERM to the app (its own JVM) while clients read and an import of 200 generated articles is in
 * flight. Every answer is a clean status (no 500) or a refused/closed connection; no request hangs; the process
 * exits; the store needs no recovery; every imported article is whole (5 evidence spans, 4 mentions).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class SigtermUnderLoadTest {
    private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_ERROR = new java.util.concurrent.atomic.AtomicReference<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void sigtermUnderLoadFinishesOrFailsCleanlyAndNeedsNoRecovery() throws Exception {
        Path dir = Files.createTempDirectory("diplograph-sigterm");
        Path store = dir.resolve("store");
        Object[] running = ProcessLifecycleTestAccess.startApp(store, dir.resolve("app.log"), false);
        Process p = (Process) running[0];
        String base = "http://localhost:" + running[1];
        byte[] facts = Files.readAllBytes(GeneratedFacts.write(dir.resolve("gen.json"), 200, 3));

        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5); // the common pool has one thread on 2 cores
        for (int c = 0; c < 4; c++) {
            String path = List.of("/api/stats", "/api/search?q=Fjord", "/api/graph?limit=50", "/api/documents").get(c);
            clients.add(CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    outcomes.merge(call(HttpRequest.newBuilder(URI.create(base + path)).GET()), 1, Integer::sum);
                    if (outcomes.keySet().stream().anyMatch(k -> k.startsWith("refused"))) break;
                }
            }, pool));
        }
        CompletableFuture<String> importing = CompletableFuture.supplyAsync(() -> call(HttpRequest.newBuilder(URI.create(base + "/api/import"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(facts))), pool);
        long docsBefore = 0;
        try (var driver = org.neo4j.driver.GraphDatabase.driver("bolt://localhost:" + running[2], org.neo4j.driver.AuthTokens.none())) {
            long w0 = System.nanoTime();
            while (docsBefore < 10 && System.nanoTime() - w0 < 60_000_000_000L && !importing.isDone()) {
                Thread.sleep(100);
                docsBefore = driver.executableQuery("MATCH (d:Document) RETURN count(d) AS c").execute().records().get(0).get("c").asLong();
            }
        }
        System.out.println("before SIGTERM: " + outcomes + ", documents committed " + docsBefore + ", import done: " + importing.isDone());
        assertThat(importing.isDone()).as("the import is still in flight at SIGTERM: " + importing.getNow(null)).isFalse();
        assertThat(docsBefore).as("import under way").isGreaterThanOrEqualTo(10);
        long t0 = System.nanoTime();
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
        long exitMs = (System.nanoTime() - t0) / 1_000_000;
        stop.set(true);
        String importOutcome = importing.get(60, TimeUnit.SECONDS);
        for (CompletableFuture<Void> c : clients) c.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        boolean recovery = ProcessLifecycleTestAccess.recoveryRequired(store);

        try (App reopened = App.open(TestApp.testConfig(store, Map.of()))) {
            var d = reopened.database().driver();
            var rows = d.executableQuery("MATCH (doc:Document) OPTIONAL MATCH (doc)-[:HAS_EVIDENCE]->(e) "
                    + "WITH doc, count(e) AS ev OPTIONAL MATCH (doc)-[m:MENTIONS]->() RETURN doc.id AS id, ev, count(m) AS mentions")
                    .execute().records();
            System.out.printf("SIGTERM under load: exit %d ms after the signal (code %d); requests %s; import request: %s; "
                            + "recovery needed: %s; %d articles committed, each whole; first connection error: %s%n", exitMs, p.exitValue(), outcomes,
                    importOutcome, recovery, rows.size(), FIRST_ERROR.get());
            for (var r : rows) {
                assertThat(r.get("ev").asLong()).as("evidence of " + r.get("id")).isEqualTo(5);
                assertThat(r.get("mentions").asLong()).as("mentions of " + r.get("id")).isEqualTo(4);
            }
        }
        assertThat(recovery).as("the next start needs recovery").isFalse();
        assertThat(outcomes.keySet()).as("no 500 and no hang").allMatch(k -> !k.startsWith("5") || k.equals("503"))
                .noneMatch(k -> k.startsWith("hang"));
        assertThat(importOutcome).doesNotStartWith("500").doesNotStartWith("hang");
    }

    /** The status code, or how the connection failed ("refused", "closed"), or "hang" past 60 s. */
    private static String call(HttpRequest.Builder req) {
        try {
            return String.valueOf(HTTP.send(req.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.net.http.HttpTimeoutException e) {
            return "hang";
        } catch (java.net.ConnectException e) {
            if (!FIRST_ERROR.compareAndSet(null, e.toString())) return "refused";
            e.printStackTrace();
            return "refused";
        } catch (IOException e) {
            FIRST_ERROR.compareAndSet(null, e.toString());
            return "closed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
