package org.diplograph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.common.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** bench/results/*.json -> bench/RESULTS.md */
public final class Report {
    public static void main(String[] args) throws Exception {
        Path dir = Bench.RESULTS;
        StringBuilder b = new StringBuilder("# Benchmark results (issue 6)\n\n");
        b.append("Reproduce: `BENCH_HEAP=14g bench/run.sh machine import treaties scale:10000 scale:100000 scale:1000000 coldstart` "
                + "(the run below, about 25 min), `bench/run.sh` (all but 1M) or `bench/run.sh import treaties scale:10000` (some); raw figures in "
                + "`bench/results/*.json`. Latencies are measured at the client (HTTP unless said otherwise), after warm-up.\n\n");
        JsonNode m = read(dir, "machine");
        if (m != null) {
            b.append("## Machine\n\n").append("| | |\n|---|---|\n");
            m.fields().forEachRemaining(e -> b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().asText()).append(" |\n"));
            b.append("\n");
        }
        JsonNode imp = read(dir, "import");
        if (imp != null) {
            b.append("## 1. Import throughput (synthetic graph: ").append(imp.at("/data/nodes")).append(" nodes, ")
                    .append(imp.at("/data/relationships")).append(" relationships, ").append(imp.at("/data/evidence")).append(" evidence)\n\n");
            b.append("| loader | batch size | seconds | relationships/s | process CPU s | relationships per CPU s |\n|---|---|---|---|---|---|\n");
            for (JsonNode c : imp.get("batched")) {
                b.append("| batched UNWIND ... MERGE | ").append(c.get("batchSize")).append(" | ").append(c.get("seconds")).append(" | ")
                        .append(c.get("relationshipsPerSecond")).append(" | ").append(c.path("processCpuSeconds")).append(" | ")
                        .append(c.path("relationshipsPerCpuSecond")).append(" |\n");
            }
            JsonNode one = imp.get("oneRowPerTransaction");
            b.append("| one MERGE per row per transaction (first ").append(one.get("relationships")).append(" rows) | 1 | ")
                    .append(one.get("seconds")).append(" | ").append(one.get("relationshipsPerSecond")).append(" | ")
                    .append(one.path("processCpuSeconds")).append(" | ").append(one.path("relationshipsPerCpuSecond")).append(" |\n\n");
            b.append("Speed-up of the best batch size over one row per transaction: **").append(imp.get("speedup")).append("x**. ")
                    .append("Re-import of the same rows changes nothing: ").append(imp.get("reimportChangesNothing")).append(".\n\n");
        }
        JsonNode tr = read(dir, "treaties");
        if (tr != null && !tr.has("skipped")) {
            b.append("## 5. Treaty dataset (manytreaties GGO, ").append(tr.get("rows")).append(" rows)\n\n")
                    .append("| import seconds | rows failed | relationships written | relationships/s | heap MB after | TJK→RUS path p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n")
                    .append("| ").append(tr.get("importSeconds")).append(" | ").append(tr.get("rowsFailed")).append(" | ")
                    .append(tr.get("relationshipsWritten")).append(" | ").append(tr.get("relationshipsPerSecond")).append(" | ")
                    .append(tr.get("heapMBAfterLoad")).append(" | ").append(tr.at("/pathTJKtoRUS/p50")).append(" | ")
                    .append(tr.at("/pathTJKtoRUS/p99")).append(" |\n\n")
                    .append("Top path: ").append(tr.get("top").asText()).append("\n\n");
        }
        b.append("## 2-4. Query latency, HTTP overhead, memory at each scale\n\n");
        b.append("| scale | relationships | load s | load rel/s | heap MB after load | search p50/p99 | depth-1 p50/p99 | depth-2 p50/p99 | shortest path p50/p99 | via=agreements p50/p99 | console LIMIT 100 (driver) p50/p99 | HTTP overhead p50 (java.net.http / raw HTTP/1.1 socket) |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        boolean any = false;
        for (String s : List.of("10000", "100000", "1000000")) {
            JsonNode x = read(dir, "scale-" + s);
            if (x == null) continue;
            any = true;
            JsonNode q = x.get("latencyMs");
            b.append("| ").append(x.get("nodes")).append(" nodes | ").append(x.get("relationships")).append(" | ").append(x.get("loadSeconds"))
                    .append(" | ").append(x.get("loadRelationshipsPerSecond")).append(" | ").append(x.get("heapMBAfterLoad"));
            for (String k : List.of("search", "neighbourhood1", "neighbourhood2", "shortestPath", "pathViaAgreements", "console")) {
                b.append(" | ").append(q.at("/" + k + "/p50")).append(" / ").append(q.at("/" + k + "/p99"));
            }
            b.append(" | ").append(x.at("/httpOverhead/addedP50Ms")).append(" / ").append(x.at("/httpOverhead/addedP50MsRawClient").asText("-")).append(" ms |\n");
        }
        if (!any) b.append("(no scale run yet)\n");
        b.append("\nAll latencies in ms. HTTP overhead = neighbourhood depth 1 through the API minus the same service call "
                + "straight through the driver, p50, the same entities in the same order; the API measured with java.net.http "
                + "(HTTP/1.1, as all the latency columns) and with a raw keep-alive socket client (bench/RawHttp), which "
                + "leaves out the Java client's own cost.\n\n");
        for (String s : List.of("10000", "100000", "1000000")) {
            JsonNode x = read(dir, "scale-" + s);
            if (x == null) continue;
            b.append("### PROFILE of the query branch's Cypher at ").append(s).append(" nodes\n\n| query | ms | db hits | rows | flags |\n|---|---|---|---|---|\n");
            x.get("explain").fields().forEachRemaining(e -> b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().path("ms"))
                    .append(" | ").append(e.getValue().path("dbHits")).append(" | ").append(e.getValue().path("rows")).append(" | ")
                    .append(e.getValue().has("error") ? "error: " + e.getValue().get("error").asText().replaceAll("\\s+", " ").replace("|", "\\|") : e.getValue().path("flags").toString())
                    .append(" |\n"));
            b.append("\n");
        }
        JsonNode cs = read(dir, "coldstart");
        if (cs != null) {
            b.append("## Cold start (java -jar, fresh store)\n\n").append("| to /api/health/ready | to the 5 seed articles imported |\n|---|---|\n")
                    .append("| ").append(cs.path("secondsToReady")).append(" s | ").append(cs.path("secondsToSeedsImported")).append(" s |\n\n");
        }
        Path notes = Path.of("bench", "NOTES.md");
        if (Files.exists(notes)) b.append(Files.readString(notes));
        Files.writeString(Path.of("bench", "RESULTS.md"), b.toString());
    }

    static JsonNode read(Path dir, String name) throws Exception {
        Path p = dir.resolve(name + ".json");
        return Files.exists(p) ? Json.mapper().readTree(p.toFile()) : null;
    }
}
