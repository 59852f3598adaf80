package org.diplograph.reliability;

import org.diplograph.App;
import org.diplograph.TestApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, fault 3, the scenario shared by {@link ExternalDatabaseDownTest} (a second embedded Neo4j) and
 * {@link ExternalDatabaseDownIT} (a Neo4j container): the app runs in external mode ({@code NEO4J_URI}) against a
 * database that is stopped under it with a console query in flight. While it is down every API call answers 503 with
 * {@code Retry-After} within {@link #FAIL_FAST_MS}, ready is 503 and live 200; once it is started again (same address)
 * ready and the API answer 200 again without restarting the app.
 */
final class ExternalDatabaseDown {
    /** The app's answer while the database is down must come within this (driver retry window 500 ms: one retry after ~1 s). */
    static final long FAIL_FAST_MS = 3_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> READS = List.of("/api/stats", "/api/search?q=Fjord", "/api/graph?limit=50", "/api/documents");

    /** An external Neo4j the test can stop and start again at the same Bolt address. */
    interface ExternalNeo4j {
        String boltUri();

        default Map<String, String> credentials() {
            return Map.of();
        }

        void stop() throws Exception;

        void start() throws Exception;
    }

    private ExternalDatabaseDown() {}

    /** Runs the scenario; {@code restartWithin} bounds the wait for the database to answer again. Returns the figures. */
    static String run(ExternalNeo4j external, Duration restartWithin) throws Exception {
        Path dir = Files.createTempDirectory("diplograph-external");
        Map<String, String> settings = new java.util.HashMap<>(external.credentials());
        settings.put("NEO4J_URI", external.boltUri());
        // the in-flight console query ends (503 when the stop terminates it, else 408 at this timeout) a few seconds
        // into the stop, whose wait for running transactions it would otherwise stretch to the default 10 s
        settings.put("DIPLOGRAPH_QUERY_TIMEOUT", "5s");
        try (App app = App.start(TestApp.testConfig(dir.resolve("unused"), settings))) {
            String base = "http://localhost:" + app.port();
            app.importer().importPaths(List.of(GeneratedFacts.write(dir.resolve("f.json"), 5, 1)), null);
            for (String r : READS) assertThat(get(base + r).statusCode()).as(r).isEqualTo(200);
            assertThat(get(base + "/api/health/ready").statusCode()).isEqualTo(200);

            // a slow console query in flight while the database stops
            CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/cypher"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"UNWIND range(1, 2000000000) AS x RETURN count(x)\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1500);
            assertThat(inFlight).as("the console query is still running when the database stops").isNotDone();
            long s0 = System.nanoTime();
            external.stop();
            long stopMs = (System.nanoTime() - s0) / 1_000_000;
            HttpResponse<String> flight = inFlight.get();
            System.out.println("in-flight console query when the database stopped: " + flight.statusCode() + " " + flight.body());
            assertThat(flight.statusCode()).as(flight.body()).isIn(503, 408);

            StringBuilder figures = new StringBuilder();
            for (String r : READS) {
                long t0 = System.nanoTime();
                HttpResponse<String> res = get(base + r);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                figures.append(r).append(' ').append(res.statusCode()).append(" in ").append(ms).append(" ms; ");
                assertThat(res.statusCode()).as(r + " " + res.body()).isEqualTo(503);
                assertThat(res.headers().firstValue("Retry-After")).as(r).isPresent();
                assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("json");
                assertThat(ms).as(r + " fails fast").isLessThan(FAIL_FAST_MS);
            }
            long c0 = System.nanoTime();
            HttpResponse<String> console = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cypher"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"RETURN 1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long consoleMs = (System.nanoTime() - c0) / 1_000_000;
            figures.append("console ").append(console.statusCode()).append(" in ").append(consoleMs).append(" ms; ");
            assertThat(console.statusCode()).as(console.body()).isEqualTo(503);
            assertThat(console.headers().firstValue("Retry-After")).isPresent();
            assertThat(consoleMs).as("console fails fast").isLessThan(FAIL_FAST_MS);
            long r0 = System.nanoTime();
            HttpResponse<String> ready = get(base + "/api/health/ready");
            long readyMs = (System.nanoTime() - r0) / 1_000_000;
            figures.append("ready ").append(ready.statusCode()).append(" in ").append(readyMs).append(" ms");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.headers().firstValue("Retry-After")).isPresent();
            assertThat(readyMs).as("ready fails fast").isLessThan(FAIL_FAST_MS);
            assertThat(get(base + "/api/health/live").statusCode()).isEqualTo(200);

            external.start();
            long b0 = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - b0 < restartWithin.toNanos() && (status = get(base + "/api/health/ready").statusCode()) != 200) {
                Thread.sleep(250);
            }
            long backMs = (System.nanoTime() - b0) / 1_000_000;
            assertThat(status).as("ready again after the database came back").isEqualTo(200);
            for (String r : READS) assertThat(get(base + r).statusCode()).as(r + " after recovery").isEqualTo(200);
            assertThat(get(base + "/api/documents").body()).as("the data is still there").contains("doc:gen-4");
            String out = "external database down: stop took " + stopMs + " ms; while down: " + figures
                    + "; ready again " + backMs + " ms after the database restarted, without restarting the app";
            System.out.println(out);
            return out;
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
