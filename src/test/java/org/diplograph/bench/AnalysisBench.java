package org.diplograph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.App;
import org.diplograph.TestApp;
import org.diplograph.common.Json;
import org.diplograph.config.Config;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.load.csv.MappingSpec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of issue 16 (not a test): {@code bench/analysis.sh}. Imports the treaty data (../shared/data/treaties)
 * into a fresh embedded store with the default query timeout (10 s), then times the analysis routes over real HTTP
 * (median of 3 after a warm-up) and prints them as JSON (also written to bench/results/analysis.json).
 */
public final class AnalysisBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AnalysisBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("..", "shared", "data", "treaties");
        Map<String, Object> out = new LinkedHashMap<>();
        Path store = Files.createTempDirectory("diplograph-bench-analysis");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestApp.deleteTree(store)));
        Config c = TestApp.testConfig(store, Map.of());
        try (App app = App.start(c)) {
            MappingSpec spec = MappingSpec.parse(Files.readString(Path.of("mappings", "manytreaties.yaml")));
            long t0 = System.nanoTime();
            app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(dir.resolve("manytreaties_GGO_agreements.csv")),
                    CsvImporter.Input.of(dir.resolve("manytreaties_GGO_parties.csv"))), null, null);
            out.put("importSeconds", (System.nanoTime() - t0) / 1_000_000_000.0);
            out.put("queryTimeout", c.queryTimeout().toString());
            String base = "http://localhost:" + app.port() + "/api/analysis/";
            String treaties = "labels=State,Organization,Agreement&types=PARTY_TO";
            for (String[] q : List.of(
                    new String[]{"centrality degree, whole treaty graph", "centrality?metric=degree&" + treaties},
                    new String[]{"centrality pagerank, whole treaty graph", "centrality?metric=pagerank&" + treaties},
                    new String[]{"centrality betweenness, whole treaty graph", "centrality?metric=betweenness&" + treaties},
                    new String[]{"centrality degree, 30 yearly slices 1995-2024", "centrality?metric=degree&slice=year&from=1995&to=2024&" + treaties},
                    new String[]{"centrality betweenness, 30 yearly slices 1995-2024", "centrality?metric=betweenness&slice=year&from=1995&to=2024&" + treaties},
                    new String[]{"communities, bilateral ties as of 2010", "communities?maxParties=2&asOf=2010-01-01&" + treaties},
                    new String[]{"communities, 30 yearly slices of bilateral ties", "communities?maxParties=2&slice=year&from=1995&to=2024&" + treaties},
                    new String[]{"diff 2000-01-01 / 2020-01-01", "diff?from=2000-01-01&to=2020-01-01&" + treaties},
                    new String[]{"TJK bilateral partners 2000", "centrality?metric=degree&maxParties=2&around=state:TJK&asOf=2000-06-30&limit=6&" + treaties},
                    new String[]{"TJK bilateral partners 2020", "centrality?metric=degree&maxParties=2&around=state:TJK&asOf=2020-06-30&limit=6&" + treaties})) {
                Map<String, Object> m = new LinkedHashMap<>();
                get(base + q[1]);
                List<Long> ms = new ArrayList<>();
                JsonNode body = null;
                int status = 0;
                for (int i = 0; i < 3; i++) {
                    long s = System.nanoTime();
                    HttpResponse<String> res = get(base + q[1]);
                    ms.add((System.nanoTime() - s) / 1_000_000);
                    status = res.statusCode();
                    body = Json.mapper().readTree(res.body());
                }
                m.put("url", "/api/analysis/" + q[1]);
                m.put("status", status);
                m.put("medianMs", ms.stream().sorted().toList().get(1));
                if (body.has("slices")) {
                    JsonNode s0 = body.at("/slices/0");
                    m.put("slices", body.get("slices").size());
                    m.put("nodes", s0.path("nodes").asInt());
                    m.put("edges", s0.path("edges").asInt());
                    m.put("method", s0.path("method").asText());
                    m.put("truncated", body.path("truncated").asBoolean());
                    if (s0.has("ranked")) {
                        List<String> top = new ArrayList<>();
                        for (JsonNode r : s0.get("ranked")) if (top.size() < 6) top.add(r.get("name").asText() + " " + r.get("value").asText());
                        m.put("top", top);
                    }
                    if (s0.has("blocs")) m.put("blocs", s0.get("blocs").size());
                } else if (body.has("addedCount")) {
                    m.put("added", body.get("addedCount").asInt());
                    m.put("removed", body.get("removedCount").asInt());
                } else {
                    m.put("body", body.toString().substring(0, Math.min(300, body.toString().length())));
                }
                out.put(q[0], m);
                System.err.println(q[0] + ": " + m);
            }
        }
        String json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
        Files.createDirectories(Path.of("bench", "results"));
        Files.writeString(Path.of("bench", "results", "analysis.json"), json + "\n");
        System.out.println(json);
        System.exit(0);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
