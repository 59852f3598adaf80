import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for a running Diplograph (issue 7, "Load"): search, neighbourhood, path and console requests from
 * 1, 8 and 64 concurrent clients, each level for a fixed time. Prints throughput, p50/p99 per endpoint and the status
 * counts; exits 1 when any 5xx other than a deliberate 503 was answered.
 *
 * <pre>java bench/LoadClient.java http://localhost:8080 [seconds-per-level=15] [levels=1,8,64]</pre>
 */
public class LoadClient {
    record Endpoint(String name, String method, String path, String body) {}

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("search", "GET", "/api/search?q=Iran", null),
            new Endpoint("search", "GET", "/api/search?q=Putin", null),
            new Endpoint("neighbourhood", "GET", "/api/entities/state:IRN/neighborhood", null),
            new Endpoint("neighbourhood", "GET", "/api/entities/state:RUS/neighborhood", null),
            new Endpoint("path", "GET", "/api/paths?from=state:IRN&to=state:RUS", null),
            new Endpoint("console", "POST", "/api/cypher",
                    "{\"query\": \"MATCH (a:Person)-[m:MET]-(b:Person) RETURN a.name, b.name, m.event LIMIT 25\"}"));

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int[] levels = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[]{1, 8, 64};
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        int bad5xx = 0;
        for (int clients : levels) {
            Map<String, List<Long>> latency = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        Endpoint e = ENDPOINTS.get(i++ % ENDPOINTS.size());
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + e.path())).timeout(Duration.ofSeconds(60));
                        if (e.body() != null) b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(e.body()));
                        long s = System.nanoTime();
                        String status;
                        try {
                            status = String.valueOf(http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
                        } catch (Exception ex) {
                            status = "error:" + ex.getClass().getSimpleName();
                        }
                        latency.computeIfAbsent(e.name(), k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - s) / 1_000);
                        statuses.computeIfAbsent(e.name() + " " + status, k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
            double secs = (System.nanoTime() - t0) / 1e9;
            long total = latency.values().stream().mapToLong(List::size).sum();
            System.out.printf("%n== %d concurrent client%s, %.1f s: %d requests, %.1f requests/s%n", clients, clients == 1 ? "" : "s",
                    secs, total, total / secs);
            for (var en : new TreeMap<>(latency).entrySet()) {
                List<Long> xs = new ArrayList<>(en.getValue());
                Collections.sort(xs);
                System.out.printf("   %-14s %6d requests  %7.1f/s  p50 %7.1f ms  p99 %7.1f ms%n", en.getKey(), xs.size(), xs.size() / secs,
                        pct(xs, 50) / 1000.0, pct(xs, 99) / 1000.0);
            }
            System.out.println("   statuses: " + new TreeMap<>(Map.copyOf(statuses.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> x.getValue().get())))));
            for (var en : statuses.entrySet()) {
                String st = en.getKey().substring(en.getKey().indexOf(' ') + 1);
                if ((st.startsWith("5") && !st.equals("503")) || st.startsWith("error")) bad5xx += en.getValue().get();
            }
        }
        System.out.println();
        System.out.println(bad5xx == 0 ? "OK: no 5xx other than deliberate 503 (429 = the console/import rate limit)"
                : "FAIL: " + bad5xx + " answers were 5xx (not 503) or connection errors");
        System.exit(bad5xx == 0 ? 0 : 1);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
