package org.diplograph.graph;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per label and type, and a capped picture of the whole graph. */
public final class OverviewService {
    private final Database db;

    public OverviewService(Database db) {
        this.db = db;
    }

    /** Node counts per label and relationship counts per type (labels and types sorted), and their totals. */
    public record Stats(Map<String, Long> nodes, Map<String, Long> relationships, long totalNodes, long totalRelationships) {}

    /** Node counts per label and relationship counts per type. */
    public Stats stats() {
        return db.readTx(tx -> {
            Map<String, Long> labels = new TreeMap<>();
            tx.run(CypherFiles.query("stats-labels")).forEachRemaining(r ->
                    labels.put(r.get("label").asString(), r.get("count").asLong()));
            Map<String, Long> types = new TreeMap<>();
            tx.run(CypherFiles.query("stats-types")).forEachRemaining(r ->
                    types.put(r.get("type").asString(), r.get("count").asLong()));
            return new Stats(labels, types, labels.values().stream().mapToLong(Long::longValue).sum(),
                    types.values().stream().mapToLong(Long::longValue).sum());
        });
    }

    /** The overview: its Cytoscape.js elements, whether the limit cut it, and the time it took. */
    public record Overview(List<Elements.Element> nodes, List<Elements.Element> edges, boolean truncated, long elapsedMs)
            implements Elements.Graph {}

    /** Up to {@code limit} entity nodes (best connected first) and the relationships among them. */
    public Overview graph(int limit) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            Elements el = new Elements();
            var rows = tx.run(CypherFiles.query("overview"), Map.of("limit", limit + 1)).list();
            boolean truncated = rows.size() > limit;
            var ids = rows.stream().limit(limit).map(r -> el.add(r.get("n").asNode())).toList();
            tx.run(CypherFiles.query("overview-edges"), Map.of("ids", ids))
                    .forEachRemaining(r -> el.add(r.get("r").asRelationship()));
            Elements.Plain g = el.graph();
            return new Overview(g.nodes(), g.edges(), truncated, (System.nanoTime() - t0) / 1_000_000);
        });
    }
}
