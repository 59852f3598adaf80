package org.diplograph;

import org.diplograph.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.config.Config;
import org.diplograph.db.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The app under test: one embedded Neo4j and one Javalin server per test JVM, on free ports with a temporary store.
 * Obtain it with {@link #get()} (tests use {@link DiplographExtension}); {@link #clean()} empties the graph.
 */
public final class TestApp {
    private static TestApp instance;

    public final App app;
    public final Path store;
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final ObjectMapper json = Json.mapper();

    private TestApp(App app, Path store) {
        this.app = app;
        this.store = store;
    }

    /** Starts the shared app on first use. */
    public static synchronized TestApp get() {
        if (instance == null) {
            try {
                Path store = Files.createTempDirectory("diplograph-test-store");
                Config config = testConfig(store, Map.of());
                instance = new TestApp(App.start(config), store);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    instance.app.close();
                    deleteTree(store); // about 500 MB a run otherwise left in the temp folder
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Deletes a folder and everything in it, as far as it can (a test's temp store). */
    public static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the temp folder is cleaned by the system eventually
        }
    }

    /** A configuration for a test app: free ports, the given store, no seed import, extra settings on top. */
    public static Config testConfig(Path store, Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "DIPLOGRAPH_PORT", "0",
                "DIPLOGRAPH_BOLT_PORT", String.valueOf(freePort()),
                "DIPLOGRAPH_DATA", store.toString(),
                "DIPLOGRAPH_IMPORT_SEEDS", "false",
                "DIPLOGRAPH_RATE_LIMIT", "1000000",
                "DIPLOGRAPH_SEEDS", Path.of("seeds").toAbsolutePath().toString()));
        env.putAll(extra);
        return Config.load(env);
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Database db() {
        return app.database();
    }

    public String baseUrl() {
        return "http://localhost:" + app.port();
    }

    /** Deletes every node and relationship. */
    public void clean() {
        db().autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", Map.of());
    }

    /** Makes the graph hold exactly the seed articles (imports them unless they are already the whole graph). */
    public synchronized void importSeeds() {
        long seedFiles;
        try (var files = Files.list(Path.of("seeds"))) {
            seedFiles = files.filter(f -> f.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long docs = db().read("MATCH (d:Document) RETURN count(d) AS c", Map.of(), r -> r.single().get("c").asLong());
        long seedDocs = db().read("MATCH (d:Document) WHERE d.file STARTS WITH '00' RETURN count(d) AS c", Map.of(),
                r -> r.single().get("c").asLong());
        if (docs == seedFiles && seedDocs == seedFiles) return;
        clean();
        try {
            var report = app.importer().importPaths(List.of(Path.of("seeds")), null);
            if (report.failed() > 0) throw new IllegalStateException("seed import failed: " + report.documents());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single number a query returns (e.g. {@code RETURN count(x)}). */
    public long count(String cypher) {
        return db().read(cypher, Map.of(), r -> r.single().get(0).asLong());
    }

    /** Total number of nodes and relationships, for "nothing was written" checks. */
    public long[] counts() {
        return db().read("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels",
                Map.of(), r -> {
                    var rec = r.single();
                    return new long[]{rec.get("nodes").asLong(), rec.get("rels").asLong()};
                });
    }

    /** A response with its parsed JSON body. */
    public record Response(int status, JsonNode body, String raw, java.net.http.HttpHeaders headers) {}

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).GET());
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> res = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            String ct = res.headers().firstValue("Content-Type").orElse("");
            if (ct.contains("json") && !res.body().isEmpty()) body = json.readTree(res.body());
            return new Response(res.statusCode(), body, res.body(), res.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
