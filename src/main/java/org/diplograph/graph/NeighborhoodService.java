package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ego network of an entity, expanded level by level (never a variable-length pattern): at each level every
 * frontier node brings at most {@code maxExpand} new neighbours, and the whole answer at most {@code limit} nodes.
 * Filters: neighbour labels, relationship types, and a date range on relationships (undated ones are kept).
 */
public final class NeighborhoodService {
    private final Database db;
    private final int maxExpand;

    public NeighborhoodService(Database db, int maxExpand) {
        this.db = db;
        this.maxExpand = maxExpand;
    }

    /** What to expand: labels and types are already checked against the allow-lists (null = all). */
    public record Request(String id, int depth, List<String> labels, List<String> types, LocalDate from, LocalDate to,
                          int limit) {}

    public Map<String, Object> neighborhood(Request q) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            Set<String> seen = new LinkedHashSet<>();
            if (!tx.run(CypherFiles.query("entity-node"), Map.of("id", q.id())).hasNext()) {
                throw ApiProblem.notFound("No entity with id '" + q.id() + "'");
            }
            seen.add(q.id());
            boolean truncated = false;
            List<String> frontier = List.of(q.id());
            for (int level = 1; level <= q.depth() && !frontier.isEmpty() && seen.size() < q.limit(); level++) {
                Map<String, Object> p = filters(q);
                p.put("frontier", frontier);
                p.put("seen", new ArrayList<>(seen));
                p.put("perNode", maxExpand + 1);
                List<String> next = new ArrayList<>();
                for (var rec : tx.run(CypherFiles.query("neighborhood-expand"), p).list()) {
                    List<String> ids = rec.get("ids").asList(Value::asString);
                    if (ids.size() > maxExpand) truncated = true;
                    for (String id : ids.subList(0, Math.min(ids.size(), maxExpand))) {
                        if (seen.contains(id)) continue;
                        if (seen.size() >= q.limit()) {
                            truncated = true;
                            break;
                        }
                        seen.add(id);
                        next.add(id);
                    }
                }
                frontier = next;
            }
            Elements el = new Elements();
            Map<String, Object> p = filters(q);
            p.put("ids", new ArrayList<>(seen));
            int edgeCap = q.limit() * 20;
            p.put("cap", edgeCap + 1);
            int edges = 0;
            for (var rec : tx.run(CypherFiles.query("neighborhood-edges"), p).list()) {
                el.add(rec.get("a").asNode());
                for (Value r : rec.get("rels").values()) {
                    if (++edges > edgeCap) {
                        truncated = true;
                        break;
                    }
                    el.add(r.asRelationship());
                }
            }
            Map<String, Object> out = new LinkedHashMap<>(el.toJson());
            out.put("root", q.id());
            out.put("truncated", truncated);
            out.put("elapsedMs", (System.nanoTime() - t0) / 1_000_000);
            return out;
        });
    }

    private static Map<String, Object> filters(Request q) {
        Map<String, Object> p = new HashMap<>();
        p.put("types", q.types());
        p.put("labels", q.labels());
        p.put("from", q.from());
        p.put("to", q.to());
        return p;
    }
}
