package org.diplograph.web;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * p50/p99 over HTTP (one client, sequential) on the seed graph for search, neighbourhood depth 1 and 2, and paths;
 * each answer is also checked. Printed and written to target/query-latency.txt. The bounds asserted are loose
 * (a regression guard on a shared 2-core machine, not the benchmark's targets).
 */
@ExtendWith(DiplographExtension.class)
class QueryLatencyTest {
    static final int WARMUP = 50, RUNS = 200;

    @Test
    void latencyOverHttpOnTheSeedGraph(TestApp t) throws Exception {
        t.importSeeds();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("search 'pezesh'", "/api/search?q=pezesh");
        queries.put("neighbourhood depth 1 (state:IRN)", "/api/entities/state:IRN/neighborhood?depth=1");
        queries.put("neighbourhood depth 2 (state:IRN)", "/api/entities/state:IRN/neighborhood?depth=2");
        queries.put("paths TJK→RUS via agreements", "/api/paths?from=state:TJK&to=state:RUS&via=agreements");
        queries.put("paths TJK→RUS any, k=3", "/api/paths?from=state:TJK&to=state:RUS&mode=k&k=3");
        Map<String, Consumer<TestApp.Response>> checks = Map.of(
                "search 'pezesh'", r -> assertThat(r.body().at("/results/0/id").asText()).isEqualTo("person:masoud-pezeshkian"),
                "paths TJK→RUS via agreements", r -> assertThat(r.body().at("/paths/0/nodes").toString()).contains("state:IRN"));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-36s %8s %8s %8s  (n=%d after %d warm-up, sequential, %d cores)", "query", "p50 ms", "p99 ms",
                "max ms", RUNS, WARMUP, Runtime.getRuntime().availableProcessors()));
        for (var q : queries.entrySet()) {
            for (int i = 0; i < WARMUP; i++) assertThat(t.get(q.getValue()).status()).isEqualTo(200);
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                var r = t.get(q.getValue());
                ms[i] = (System.nanoTime() - t0) / 1e6;
                assertThat(r.status()).isEqualTo(200);
                if (i == 0 && checks.containsKey(q.getKey())) checks.get(q.getKey()).accept(r);
            }
            Arrays.sort(ms);
            double p50 = ms[RUNS / 2], p99 = ms[(int) Math.ceil(RUNS * 0.99) - 1];
            lines.add(String.format("%-36s %8.2f %8.2f %8.2f", q.getKey(), p50, p99, ms[RUNS - 1]));
            assertThat(p50).as(q.getKey() + " p50").isLessThan(500);
        }
        String table = String.join("\n", lines);
        System.out.println("Query API latency over HTTP on the seed graph\n" + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/query-latency.txt"), table + "\n");
    }
}
