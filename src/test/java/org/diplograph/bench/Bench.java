package org.diplograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.diplograph.App;
import org.diplograph.common.Json;
import org.diplograph.TestApp;
import org.diplograph.config.Config;
import org.diplograph.graph.NeighborhoodService;
import org.diplograph.load.GraphWrites;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.load.csv.MappingSpec;
import org.neo4j.driver.AccessMode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The benchmarks of issue 6 (not tests): {@code bench/run.sh [scales...]}. Each section writes bench/results/NAME.json;
 * {@link Report} turns them into bench/RESULTS.md. Everything runs in one JVM against embedded Neo4j through the driver
 * (Bolt), and over real HTTP for the API figures.
 */
public final class Bench {
    static final Path RESULTS = Path.of("bench", "results");
    static final ObjectMapper JSON = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1) // what browsers speak to http://
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Files.createDirectories(RESULTS);
        List<String> todo = args.length == 0 ? List.of("machine", "import", "treaties", "scale:10000", "scale:100000", "coldstart")
                : Arrays.asList(args);
        for (String t : todo) {
            long t0 = System.nanoTime();
            System.err.println("== " + t);
            if (t.equals("machine")) write("machine", machine());
            else if (t.equals("import")) write("import", importThroughput());
            else if (t.equals("treaties")) write("treaties", treaties());
            else if (t.startsWith("scale:")) write("scale-" + t.substring(6), scale(Integer.parseInt(t.substring(6))));
            else if (t.equals("coldstart")) write("coldstart", coldStart());
            else if (t.equals("extract")) write("extract", ExtractBench.run());
            System.err.printf("== %s done in %.0f s%n", t, (System.nanoTime() - t0) / 1e9);
        }
        Report.main(new String[0]);
    }

    static void write(String name, Map<String, Object> m) throws IOException {
        m.put("loadAverageAfter", Files.readString(Path.of("/proc/loadavg")).strip());
        Files.writeString(RESULTS.resolve(name + ".json"), JSON.writeValueAsString(m) + "\n");
    }

    // ------------------------------------------------------------------ machine

    static Map<String, Object> machine() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", java.time.OffsetDateTime.now().toString());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        m.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
        m.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?"));
        m.put("note", "load average at the start of the run; what else ran on the box is in bench/NOTES.md");
        return m;
    }

    // ------------------------------------------------------------------ apps

    static App openApp(String name) throws IOException {
        Path store = Files.createTempDirectory("diplograph-bench-" + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestApp.deleteTree(store))); // up to 8 GB at 1M nodes
        Config c = TestApp.testConfig(store, Map.of("DIPLOGRAPH_QUERY_TIMEOUT", "120s"));
        return App.start(c);
    }

    static void clean(App app) {
        app.database().autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", Map.of());
    }

    // ------------------------------------------------------------------ import throughput

    static Map<String, Object> importThroughput() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Synthetic g = new Synthetic(5_000, 42);
        int rels = g.relationships.size();
        out.put("data", Map.of("nodes", g.nodes.size(), "relationships", rels, "evidence", g.evidence.size()));
        try (App app = openApp("import")) {
            // warm-up (untimed): the JIT and the Cypher plan cache, for the batched queries and the one-row baseline
            g.write(app, 10_000);
            clean(app);
            g.writeEntities(app, 10_000);
            g.writeRelationsOneByOne(app, 300);
            java.util.Arrays.fill(g.steps, 0);
            List<Map<String, Object>> curve = new ArrayList<>();
            for (int batch : List.of(1_000, 10_000, 50_000)) {
                clean(app);
                long t0 = System.nanoTime(), c0 = cpuNanos();
                g.write(app, batch);
                double s = (System.nanoTime() - t0) / 1e9, cpu = (cpuNanos() - c0) / 1e9;
                System.err.printf("  steps ms: entities %d, evidence %d, relations %d, party counts %d, relationship transactions %d%n",
                        g.steps[0] / 1_000_000, g.steps[1] / 1_000_000, g.steps[2] / 1_000_000, g.steps[3] / 1_000_000, g.steps[4] / 1_000_000);
                java.util.Arrays.fill(g.steps, 0);
                long inGraph = count(app, "MATCH ()-[r]->() WHERE NOT type(r) IN ['HAS_EVIDENCE','MENTIONS'] RETURN count(r)");
                curve.add(Map.of("batchSize", batch, "seconds", round(s), "relationshipsPerSecond", Math.round(rels / s),
                        "relationshipsInGraph", inGraph, "processCpuSeconds", round(cpu), "relationshipsPerCpuSecond", Math.round(rels / cpu)));
                System.err.printf("batch %d: %.1f s, %.0f rel/s%n", batch, s, rels / s);
            }
            out.put("batched", curve);
            // idempotence: the same rows again create nothing
            long[] before = counts(app);
            g.write(app, 10_000);
            out.put("reimportChangesNothing", Arrays.equals(before, counts(app)));
            // baseline: one MERGE per row per transaction, the same rows (the first N, timed, rate compared)
            clean(app);
            int n = Math.min(3_000, rels);
            g.writeEntities(app, 10_000);
            long t0 = System.nanoTime(), c0 = cpuNanos();
            g.writeRelationsOneByOne(app, n);
            double s = (System.nanoTime() - t0) / 1e9, cpu = (cpuNanos() - c0) / 1e9;
            out.put("oneRowPerTransaction", Map.of("relationships", n, "seconds", round(s), "relationshipsPerSecond", Math.round(n / s),
                    "processCpuSeconds", round(cpu), "relationshipsPerCpuSecond", Math.round(n / cpu)));
            double best = curve.stream().mapToDouble(m -> ((Number) m.get("relationshipsPerSecond")).doubleValue()).max().orElse(0);
            out.put("speedup", round(best / (n / s)));
        }
        return out;
    }

    // ------------------------------------------------------------------ treaties

    static Map<String, Object> treaties() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path dir = Path.of("..", "shared", "data", "treaties");
        if (!Files.isDirectory(dir)) {
            out.put("skipped", "no " + dir);
            return out;
        }
        try (App app = openApp("treaties")) {
            MappingSpec spec = MappingSpec.parse(Files.readString(Path.of("mappings", "manytreaties.yaml")));
            long t0 = System.nanoTime();
            var report = app.csvImporter().importFiles(spec, List.of(CsvImporter.Input.of(dir.resolve("manytreaties_GGO_agreements.csv")),
                    CsvImporter.Input.of(dir.resolve("manytreaties_GGO_parties.csv"))), null, null);
            double s = (System.nanoTime() - t0) / 1e9;
            out.put("importSeconds", round(s));
            out.put("rows", report.rows());
            out.put("rowsFailed", report.rowsFailed());
            out.put("relationshipsWritten", report.relationshipsWritten());
            out.put("relationshipsPerSecond", Math.round(report.relationshipsWritten() / s));
            out.put("notes", report.files().stream().flatMap(f -> f.notes().stream().map(x -> f.part() + ": " + x)).toList());
            String base = "http://localhost:" + app.port();
            out.put("pathTJKtoRUS", latency(() -> base + "/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2010-01-01&mode=shortest&k=5", 10, 50));
            var body = Json.mapper().readTree(get(base + "/api/paths?from=state:TJK&to=state:RUS&via=agreements&asOf=2010-01-01&mode=shortest&k=5").body());
            out.put("top", body.get("paths").get(0).get("explanation").get(0).asText());
            out.put("heapMBAfterLoad", heapMB());
        }
        return out;
    }

    // ------------------------------------------------------------------ scale

    static Map<String, Object> scale(int nodes) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Synthetic g = new Synthetic(nodes, 7);
        out.put("nodes", g.nodes.size());
        out.put("relationships", g.relationships.size());
        try (App app = openApp("scale" + nodes)) {
            long t0 = System.nanoTime();
            g.write(app, 10_000);
            double s = (System.nanoTime() - t0) / 1e9;
            out.put("loadSeconds", round(s));
            out.put("loadRelationshipsPerSecond", Math.round(g.relationships.size() / s));
            out.put("heapMBAfterLoad", heapMB());
            g.release();
            String base = "http://localhost:" + app.port();
            Random r = new Random(1);
            int warm = 20, reps = nodes >= 100_000 ? 100 : 200;
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("search", latency(() -> base + "/api/search?q=" + Synthetic.NAMES[r.nextInt(Synthetic.NAMES.length)] + "&limit=10", warm, reps));
            q.put("neighbourhood1", latency(() -> base + "/api/entities/" + g.anyId(r) + "/neighborhood?depth=1", warm, reps));
            q.put("neighbourhood2", latency(() -> base + "/api/entities/" + g.anyId(r) + "/neighborhood?depth=2", warm, reps));
            // two different ends (the same id twice is a 400, not a path)
            q.put("shortestPath", latency(() -> {
                String a = g.personId(r), b;
                do b = g.personId(r); while (b.equals(a));
                return base + "/api/paths?from=" + a + "&to=" + b + "&via=any&mode=shortest&maxHops=4";
            }, warm, reps));
            q.put("pathViaAgreements", latency(() -> {
                String a = g.stateId(r), b;
                do b = g.stateId(r); while (b.equals(a));
                return base + "/api/paths?from=" + a + "&to=" + b + "&via=agreements&asOf=2015-01-01&mode=shortest&k=5";
            }, warm, reps));
            NeighborhoodService ns = new NeighborhoodService(app.database(), app.config().maxExpand());
            q.put("console", timed(() -> app.database().read("MATCH (n:Person)-[r]->(m) RETURN n, r, m LIMIT 100", Map.of(),
                    res -> res.list().size()), warm, reps));
            out.put("latencyMs", q);
            // HTTP overhead: the same neighbourhood through the API and straight through the driver (service in-process)
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < warm + reps; i++) ids.add(g.anyId(r));
            int[] k = {0};
            var api = latency(() -> base + "/api/entities/" + ids.get(k[0]++ % ids.size()) + "/neighborhood?depth=1", warm, reps);
            k[0] = 0;
            var driver = timed(() -> ns.neighborhood(new NeighborhoodService.Request(ids.get(k[0]++ % ids.size()), 1, null, null,
                    null, null, app.config().maxNodes())), warm, reps);
            k[0] = 0;
            Map<String, Object> raw;
            try (RawHttp client = RawHttp.to(base)) {
                raw = timed(() -> client.get("/api/entities/" + ids.get(k[0]++ % ids.size()) + "/neighborhood?depth=1"), warm, reps);
            }
            out.put("httpOverhead", Map.of("api", api, "apiRawClient", raw, "driver", driver,
                    "addedP50Ms", round((Double) api.get("p50") - (Double) driver.get("p50")),
                    "addedP50MsRawClient", round((Double) raw.get("p50") - (Double) driver.get("p50"))));
            out.put("explain", Explain.run(app.database(), g.stateId(r), g.stateId(r), g.anyId(r)));
        }
        return out;
    }

    // ------------------------------------------------------------------ cold start

    static Map<String, Object> coldStart() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path jar = Path.of("target", "diplograph.jar");
        if (!Files.isRegularFile(jar)) {
            out.put("skipped", "build target/diplograph.jar first");
            return out;
        }
        Path store = Files.createTempDirectory("diplograph-cold");
        int port = TestApp.freePort(), bolt = TestApp.freePort();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--data", store.toString(), "--port", String.valueOf(port),
                "--bolt-port", String.valueOf(bolt)).redirectErrorStream(true).redirectOutput(store.resolveSibling(store.getFileName() + ".log").toFile()).start();
        try {
            double ready = -1, seeded = -1;
            while ((System.nanoTime() - t0) < 300e9) {
                try {
                    if (ready < 0 && get("http://localhost:" + port + "/api/health/ready").statusCode() == 200) ready = (System.nanoTime() - t0) / 1e9;
                    if (ready >= 0) {
                        var stats = get("http://localhost:" + port + "/api/documents");
                        if (stats.statusCode() == 200 && Json.mapper().readTree(stats.body()).size() >= 5) {
                            seeded = (System.nanoTime() - t0) / 1e9;
                            break;
                        }
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            out.put("secondsToReady", round(ready));
            out.put("secondsToSeedsImported", round(seeded));
        } finally {
            p.destroy();
            p.waitFor();
        }
        return out;
    }

    // ------------------------------------------------------------------ measuring

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, Object> latency(Supplier<String> url, int warm, int reps) {
        int[] errors = {0};
        Map<String, Object> m = timed(() -> {
            try {
                var res = get(url.get());
                if (res.statusCode() != 200) errors[0]++;
                return res.statusCode();
            } catch (Exception e) {
                errors[0]++;
                return -1;
            }
        }, warm, reps);
        m.put("non200", errors[0]);
        return m;
    }

    static Map<String, Object> timed(Supplier<?> call, int warm, int reps) {
        for (int i = 0; i < warm; i++) call.get();
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", reps);
        m.put("p50", round(ms[reps / 2]));
        m.put("p99", round(ms[Math.min(reps - 1, (int) Math.ceil(reps * 0.99) - 1)]));
        m.put("max", round(ms[reps - 1]));
        return m;
    }

    /** CPU time of this process (all threads: the database's, GC, JIT), in nanoseconds: less sensitive than wall time to other load. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long heapMB() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    static long count(App app, String cypher) {
        return app.database().read(cypher, Map.of(), r -> r.single().get(0).asLong());
    }

    static long[] counts(App app) {
        return new long[]{count(app, "MATCH (n) RETURN count(n)"), count(app, "MATCH ()-[r]->() RETURN count(r)")};
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static LocalDate day(Random r) {
        return LocalDate.of(1995, 1, 1).plusDays(r.nextInt(30 * 365));
    }

    static void writeTx(App app, java.util.function.Consumer<org.neo4j.driver.TransactionContext> work) {
        app.database().inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> {
            work.accept(tx);
            return null;
        }));
    }
}
