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

    /** The timeline: the entity asked for (null: all), its items in date order, whether the limit cut them, the time. */
    public record Answer(String entity, List<Item> items, boolean truncated, long elapsedMs) {}

    /**
     * One dated Event or Agreement: its id, model label, name, kind and date fields as stored (null when absent); the
     * entities around it ({@code related}: maps as the timeline query returns them, each with its relationship's
     * {@code evidence} ids) and the evidence behind those relationships (once each).
     */
    public record Item(String id, String label, String name, Object kind, String date, Object dateFrom, Object dateTo,
                       Object dateInferred, List<Map<String, Object>> related, List<EvidenceService.Evidence> evidence) {}

    @SuppressWarnings("unchecked")
    public Answer timeline(Request q) {
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
            List<org.neo4j.driver.types.Node> nodes = new ArrayList<>();
            List<List<Map<String, Object>>> relatedOf = new ArrayList<>();
            Set<String> evidenceIds = new LinkedHashSet<>();
            for (var rec : rows.subList(0, Math.min(rows.size(), limit))) {
                List<Map<String, Object>> related = (List<Map<String, Object>>) Elements.plain(rec.get("related"));
                for (Map<String, Object> r : related) evidenceIds.addAll((List<String>) r.get("evidence"));
                nodes.add(rec.get("i").asNode());
                relatedOf.add(related);
            }
            Map<String, EvidenceService.Evidence> ev = EvidenceService.byIds(tx, evidenceIds);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                var n = nodes.get(i);
                List<Map<String, Object>> related = relatedOf.get(i);
                Map<String, EvidenceService.Evidence> mine = new LinkedHashMap<>();
                for (Map<String, Object> r : related) {
                    for (String id : (List<String>) r.get("evidence")) if (ev.containsKey(id)) mine.putIfAbsent(id, ev.get(id));
                }
                items.add(new Item(Elements.modelId(n), Elements.primaryLabel(n), n.get("name").asString(Elements.modelId(n)),
                        n.get("kind").isNull() ? null : Elements.plain(n.get("kind")), n.get("date").asString(null),
                        Elements.plain(n.get("dateFrom")), Elements.plain(n.get("dateTo")), Elements.plain(n.get("dateInferred")),
                        related, new ArrayList<>(mine.values())));
            }
            return new Answer(q.entity(), items, truncated, (System.nanoTime() - t0) / 1_000_000);
        });
    }
}
