package org.diplograph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.App;
import org.diplograph.TestApp;
import org.diplograph.common.Json;
import org.diplograph.config.Config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 16 at scale (not a test): {@code bench/analysis-scale.sh [nodes]} (default 1,000,000). Writes a synthetic
 * graph ({@link #GENERATE}: states, agreements, people; PARTY_TO, HOLDS_OFFICE, MET dated over 1995-2024, about 2.7
 * relationships a node) into a fresh embedded store with a long query timeout, reopens the store with the default one (10 s), then calls every analysis route once over real
 * HTTP (and a path, whose steps carry the analysis notes, and a sliced job polled to its end) and prints, for each, the
 * status, the time, whether the answer was cut and the cap an error names. A call that takes longer than a minute
 * counts as a hang. Written to bench/results/analysis-scale.json.
 */
public final class AnalysisScaleBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration HANG = Duration.ofSeconds(60);

    private AnalysisScaleBench() {}

    /**
     * The graph, written inside the database (no driver round trip per row; the loader's path of {@link Synthetic}
     * took over 10 minutes for its first 5% on this box when it was shared): $states states (hubs skewed to the low
     * ids), $agreements agreements dated over 1995-2024 with two parties each (PARTY_TO with the agreement's date),
     * $people people, each holding office in a state, with 1.5 MET a person dated over the same years.
     */
    static final List<String> GENERATE = List.of(
            "UNWIND range(0, $states - 1) AS i CREATE (:Entity:State {id: 'state:S' + i, name: 'State ' + i, aliases: ['State ' + i]})",
            """
            UNWIND range(0, $agreements - 1) AS i
            CALL (i) {
              WITH i, date('1995-01-01') + duration({days: toInteger(rand() * 10950)}) AS d
              CREATE (:Entity:Agreement {id: 'agreement:a' + i, name: 'Agreement ' + i, title: 'Agreement ' + i, kind: 'treaty',
                      date: toString(d), dateFrom: d, dateTo: d})
            } IN TRANSACTIONS OF 20000 ROWS""",
            """
            UNWIND range(0, $people - 1) AS i
            CALL (i) {
              CREATE (:Entity:Person {id: 'person:p' + i, name: 'Person ' + i, aliases: ['Person ' + i]})
            } IN TRANSACTIONS OF 20000 ROWS""",
            """
            UNWIND range(0, $agreements - 1) AS i
            CALL (i) {
              WITH i, toInteger($states * rand() * rand()) AS x, toInteger($states * rand()) AS y
              MATCH (a:Agreement {id: 'agreement:a' + i})
              MATCH (s1:State {id: 'state:S' + x})
              MATCH (s2:State {id: 'state:S' + CASE WHEN y = x THEN (y + 1) % $states ELSE y END})
              CREATE (s1)-[:PARTY_TO {date: a.date, dateFrom: a.dateFrom, dateTo: a.dateTo}]->(a),
                     (s2)-[:PARTY_TO {date: a.date, dateFrom: a.dateFrom, dateTo: a.dateTo}]->(a)
            } IN TRANSACTIONS OF 20000 ROWS""",
            """
            UNWIND range(0, $people - 1) AS i
            CALL (i) {
              MATCH (p:Person {id: 'person:p' + i})
              MATCH (s:State {id: 'state:S' + toInteger($states * rand() * rand())})
              CREATE (p)-[:HOLDS_OFFICE {role: 'Official'}]->(s)
            } IN TRANSACTIONS OF 20000 ROWS""",
            """
            UNWIND range(0, $people * 3 / 2 - 1) AS i
            CALL (i) {
              WITH toInteger(rand() * $people) AS x, toInteger(rand() * $people) AS y,
                   date('1995-01-01') + duration({days: toInteger(rand() * 10950)}) AS d
              WITH x, y, d WHERE x <> y
              MATCH (a:Person {id: 'person:p' + x})
              MATCH (b:Person {id: 'person:p' + y})
              CREATE (a)-[:MET {date: toString(d), dateFrom: d, dateTo: d}]->(b)
            } IN TRANSACTIONS OF 20000 ROWS""");

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, Object> out = new LinkedHashMap<>();
        Path store = Files.createTempDirectory("diplograph-bench-analysis-scale");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestApp.deleteTree(store)));
        Random r = new Random(3);
        int states = 200, agreements = nodes / 5, people = nodes - states - agreements;
        String hub = "state:S0", other = "state:S1", person = "person:p" + r.nextInt(people);
        try (App app = App.start(TestApp.testConfig(store, Map.of("DIPLOGRAPH_QUERY_TIMEOUT", "3600s")))) {
            long t0 = System.nanoTime();
            Map<String, Object> p = Map.of("states", states, "agreements", agreements, "people", people);
            for (int i = 0; i < GENERATE.size(); i++) {
                app.database().autoCommit(GENERATE.get(i), p);
                System.err.printf("generated step %d of %d at %.0f s%n", i + 1, GENERATE.size(), (System.nanoTime() - t0) / 1e9);
            }
            out.put("loadSeconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            out.put("nodes", app.database().read("MATCH (n:Entity) RETURN count(n) AS c", Map.of(), x -> x.single().get("c").asLong()));
            out.put("relationships", app.database().read("MATCH ()-[r]->() RETURN count(r) AS c", Map.of(), x -> x.single().get("c").asLong()));
            System.err.println("loaded " + out);
        }
        Config c = TestApp.testConfig(store, Map.of());
        out.put("queryTimeout", c.queryTimeout().toString());
        try (App app = App.start(c)) {
            String base = "http://localhost:" + app.port();
            Map<String, Object> calls = new LinkedHashMap<>();
            for (String url : List.of(
                    "/api/analysis/centrality?metric=degree",
                    "/api/analysis/centrality?metric=pagerank",
                    "/api/analysis/centrality?metric=betweenness",
                    "/api/analysis/centrality?metric=degree&labels=State,Agreement&types=PARTY_TO",
                    "/api/analysis/centrality?metric=betweenness&labels=State,Agreement&types=PARTY_TO&slice=year&from=1995&to=2024",
                    "/api/analysis/communities",
                    "/api/analysis/communities?labels=State,Agreement&types=PARTY_TO&maxParties=2&slice=year&from=1995&to=2024",
                    "/api/analysis/diff?from=2000-01-01&to=2020-01-01",
                    "/api/analysis/contradictions?entity=" + hub,
                    "/api/analysis/stage?party=" + hub + "&at=2015-01-01",
                    "/api/analysis/centrality?slice=year&from=1900&to=2025",
                    "/api/paths?from=" + hub + "&to=" + other + "&via=agreements&asOf=2015-01-01",
                    "/api/paths?from=" + person + "&to=" + hub + "&via=any")) {
                calls.put(url, call(HttpRequest.newBuilder(URI.create(base + url)).GET()));
                System.err.println(url + " -> " + calls.get(url));
            }
            // the sliced run as a job: started, polled to its end
            String job = "/api/analysis/centrality?metric=degree&labels=State,Agreement&types=PARTY_TO&slice=year&from=1995&to=2024";
            long t0 = System.nanoTime();
            Map<String, Object> started = call(HttpRequest.newBuilder(URI.create(base + job)).POST(HttpRequest.BodyPublishers.noBody()));
            Map<String, Object> last = started;
            int polls = 0;
            while (started.get("status").equals(202) && "running".equals(last.get("state")) && System.nanoTime() - t0 < HANG.toNanos()) {
                Thread.sleep(250);
                last = call(HttpRequest.newBuilder(URI.create(base + "/api/analysis/jobs/" + started.get("id"))).GET());
                polls++;
            }
            last.put("polls", polls);
            last.put("totalMs", (System.nanoTime() - t0) / 1_000_000);
            calls.put("POST " + job + " (job, polled)", last);
            System.err.println("job -> " + last);
            out.put("calls", calls);
        }
        String json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
        Files.createDirectories(Path.of("bench", "results"));
        Files.writeString(Path.of("bench", "results", "analysis-scale.json"), json + "\n");
        System.out.println(json);
        System.exit(0);
    }

    /** One call: status, ms, and what the answer says of its bounds (truncated, the cap an error names, its detail). */
    private static Map<String, Object> call(HttpRequest.Builder req) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        HttpResponse<String> res;
        try {
            res = HTTP.send(req.timeout(HANG).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            m.put("status", "HANG (no answer in " + HANG.toSeconds() + " s)");
            return m;
        }
        m.put("status", res.statusCode());
        m.put("ms", (System.nanoTime() - t0) / 1_000_000);
        JsonNode b;
        try {
            b = Json.mapper().readTree(res.body());
        } catch (Exception e) {
            m.put("body", res.body().substring(0, Math.min(200, res.body().length())));
            return m;
        }
        if (b.has("truncated")) m.put("truncated", b.get("truncated").asBoolean());
        if (b.has("id") && b.has("state")) {
            m.put("id", b.get("id").asText());
            m.put("state", b.get("state").asText());
            m.put("done", b.get("done").asInt() + " of " + b.get("total").asInt());
            if (b.hasNonNull("result")) m.put("truncated", b.at("/result/truncated").asBoolean());
        }
        if (b.has("cap")) m.put("cap", b.get("cap").asText() + (b.has("limit") ? " = " + b.get("limit").asText() : ""));
        if (res.statusCode() >= 400) m.put("detail", b.path("title").asText() + ": " + b.path("detail").asText());
        if (b.has("slices")) {
            m.put("slices", b.get("slices").size());
            m.put("nodes", b.at("/slices/0/nodes").asInt());
            m.put("edges", b.at("/slices/0/edges").asInt());
            m.put("method", b.at("/slices/0/method").asText());
        }
        if (b.has("addedCount")) m.put("added/removed", b.get("addedCount").asInt() + "/" + b.get("removedCount").asInt());
        if (b.has("paths")) {
            m.put("paths", b.get("paths").size());
            int notes = 0;
            for (JsonNode p : b.get("paths")) for (JsonNode s : p.get("steps")) notes += s.path("notes").size();
            m.put("notes", notes);
        }
        if (b.has("contradictions")) m.put("contradictions", b.get("contradictions").size());
        return m;
    }
}
