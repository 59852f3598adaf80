package org.diplograph.reliability;

import org.diplograph.App;
import org.diplograph.TestApp;
import org.diplograph.db.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

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
 * Issue 7, fault 3, without Docker: a second embedded Neo4j on its own store and Bolt port is the app's EXTERNAL
 * database. Stopped under the app (one console query in flight): requests fail fast with 503 and Retry-After,
 * ready is 503 while live stays 200. Started again on the same store and port: the app answers again, unrestarted.
 */
class ExternalDatabaseDownTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> READS = List.of("/api/stats", "/api/search?q=Fjord", "/api/graph?limit=50", "/api/documents");

    @Test
    void databaseStoppedMidRequestGives503FastAndTheAppRecoversWithoutRestart() throws Exception {
        Path dir = Files.createTempDirectory("diplograph-external");
        Path extStore = dir.resolve("external-store");
        int bolt = TestApp.freePort();
        EmbeddedNeo4j external = EmbeddedNeo4j.start(extStore, bolt, Duration.ofSeconds(60));
        try (App app = App.start(TestApp.testConfig(dir.resolve("unused"), Map.of("NEO4J_URI", "bolt://localhost:" + bolt)))) {
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
            long s0 = System.nanoTime();
            external.close();
            external = null;
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
                assertThat(ms).as(r + " fails fast").isLessThan(10_000);
            }
            long c0 = System.nanoTime();
            HttpResponse<String> console = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cypher"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"RETURN 1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            figures.append("console ").append(console.statusCode()).append(" in ").append((System.nanoTime() - c0) / 1_000_000).append(" ms; ");
            assertThat(console.statusCode()).as(console.body()).isEqualTo(503);
            assertThat(console.headers().firstValue("Retry-After")).isPresent();
            long r0 = System.nanoTime();
            HttpResponse<String> ready = get(base + "/api/health/ready");
            figures.append("ready ").append(ready.statusCode()).append(" in ").append((System.nanoTime() - r0) / 1_000_000).append(" ms");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.headers().firstValue("Retry-After")).isPresent();
            assertThat(get(base + "/api/health/live").statusCode()).isEqualTo(200);

            external = EmbeddedNeo4j.start(extStore, bolt, Duration.ofSeconds(60));
            long b0 = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - b0 < 60_000_000_000L && (status = get(base + "/api/health/ready").statusCode()) != 200) {
                Thread.sleep(250);
            }
            long backMs = (System.nanoTime() - b0) / 1_000_000;
            assertThat(status).as("ready again after the database came back").isEqualTo(200);
            for (String r : READS) assertThat(get(base + r).statusCode()).as(r + " after recovery").isEqualTo(200);
            System.out.println("external database down: stop took " + stopMs + " ms; while down: " + figures
                    + "; ready again " + backMs + " ms after the database restarted, without restarting the app");
        } finally {
            if (external != null) external.close();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
