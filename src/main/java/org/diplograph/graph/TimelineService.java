package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dated events and agreements in order (of one entity, or all), each with the entities around it and evidence; with a
 * window, the relationships followed are those valid in it ({@link Validity}).
 */
public final class TimelineService {
    private static final String QUERY = Validity.query("timeline");
    private final Database db;
    private final int limit;

    public TimelineService(Database db, int limit) {
        this.db = db;
        this.limit = limit;
    }

    public record Request(String entity, LocalDate from, LocalDate to) {}

    @SuppressWarnings("unchecked")
    public Map<String, Object> timeline(Request q) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            if (q.entity() != null && !tx.run(CypherFiles.query("entity-node"), Map.of("id", q.entity())).hasNext()) {
                throw ApiProblem.notFound("No entity with id '" + q.entity() + "'");
            }
            Map<String, Object> p = new HashMap<>();
            p.put("entity", q.entity());
            p.put("from", q.from());
            p.put("to", q.to());
            p.put("limit", limit + 1);
            Validity.window(p, q.from(), q.to());
            var rows = tx.run(QUERY, p).list();
            boolean truncated = rows.size() > limit;
            List<Map<String, Object>> items = new ArrayList<>();
            Set<String> evidenceIds = new LinkedHashSet<>();
            for (var rec : rows.subList(0, Math.min(rows.size(), limit))) {
                var n = rec.get("i").asNode();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", Elements.modelId(n));
                item.put("label", Elements.primaryLabel(n));
                item.put("name", n.get("name").asString(Elements.modelId(n)));
                item.put("kind", n.get("kind").isNull() ? null : Elements.plain(n.get("kind")));
                item.put("date", n.get("date").asString(null));
                item.put("dateFrom", Elements.plain(n.get("dateFrom")));
                item.put("dateTo", Elements.plain(n.get("dateTo")));
                item.put("dateInferred", Elements.plain(n.get("dateInferred")));
                List<Map<String, Object>> related = (List<Map<String, Object>>) Elements.plain(rec.get("related"));
                item.put("related", related);
                for (Map<String, Object> r : related) evidenceIds.addAll((List<String>) r.get("evidence"));
                items.add(item);
            }
            Map<String, Map<String, Object>> ev = EvidenceService.byIds(tx, evidenceIds);
            for (Map<String, Object> item : items) {
                Map<String, Map<String, Object>> mine = new LinkedHashMap<>();
                for (Map<String, Object> r : (List<Map<String, Object>>) item.get("related")) {
                    for (String id : (List<String>) r.get("evidence")) if (ev.containsKey(id)) mine.putIfAbsent(id, ev.get(id));
                }
                item.put("evidence", new ArrayList<>(mine.values()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("entity", q.entity());
            out.put("items", items);
            out.put("truncated", truncated);
            out.put("elapsedMs", (System.nanoTime() - t0) / 1_000_000);
            return out;
        });
    }
}
