package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity's details: its properties, and its relationships with other entities in sections (offices, memberships,
 * agreements, meetings, corridors, places), each entry one group of relationships of the same type with the same other
 * end (the relationship count, the date span, roles, keys, dates and up to {@value #ID_CAP} relationship ids), then the
 * documents that mention it. A section lists at most {@value #CAP} groups; {@code summary} gives each section's number
 * of groups and relationships and whether a cap cut it, {@code truncated} whether any was cut.
 */
public final class EntityService {
    /** The relationship types of each section, in the order of the answer. */
    static final Map<String, List<String>> SECTIONS = sections();
    static final List<String> NODE_DATED = List.of("PARTY_TO", "SIGNED", "CONCERNS", "ATTENDED");
    static final int CAP = 200;
    static final int ID_CAP = 20;
    static final int READ_CAP = 20_000;
    private final Database db;

    public EntityService(Database db) {
        this.db = db;
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("offices", List.of("HOLDS_OFFICE"));
        s.put("memberships", List.of("MEMBER_OF"));
        s.put("agreements", List.of("PARTY_TO", "SIGNED", "CONCERNS"));
        s.put("meetings", List.of("MET", "ATTENDED"));
        s.put("corridors", List.of("CONNECTS"));
        s.put("places", List.of("VISITED", "HELD_IN", "LOCATED_IN"));
        return s;
    }

    /** The details, or a 404 {@link ApiProblem} for an unknown id. */
    public Map<String, Object> details(String id) {
        long t0 = System.nanoTime();
        Map<String, Object> out = db.readTx(tx -> {
            var r = tx.run(CypherFiles.query("entity-details"), Map.of("id", id, "cap", CAP));
            if (!r.hasNext()) throw ApiProblem.notFound("No entity with id '" + id + "'");
            Record rec = r.next();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("entity", entity(rec.get("n").asNode()));
            answer.put("degree", rec.get("degree").asLong());
            List<String> types = SECTIONS.values().stream().flatMap(List::stream).toList();
            Map<String, Object> params = Map.of("id", id, "types", types, "nodeDated", NODE_DATED,
                    "readCap", READ_CAP, "idCap", ID_CAP);
            Map<String, Long> totals = new LinkedHashMap<>();
            Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
            tx.run(CypherFiles.query("entity-relationship-groups"), params).forEachRemaining(g -> {
                String type = g.get("type").asString();
                totals.put(type, g.get("total").asLong());
                List<Map<String, Object>> list = new ArrayList<>();
                g.get("groups").asList(v -> v.asMap(Elements::plain)).forEach(m -> list.add(group(type, m)));
                groups.put(type, list);
            });
            Map<String, Object> summary = new LinkedHashMap<>();
            boolean anyCut = false;
            for (var section : SECTIONS.entrySet()) {
                List<Map<String, Object>> all = new ArrayList<>();
                long relationships = 0;
                boolean cut = false;
                for (String type : section.getValue()) {
                    List<Map<String, Object>> of = groups.getOrDefault(type, List.of());
                    all.addAll(of);
                    long total = totals.getOrDefault(type, 0L);
                    relationships += total;
                    long read = of.stream().mapToLong(m -> ((Number) m.get("count")).longValue()).sum();
                    if (read < total && total > READ_CAP) cut = true; // the read cap left relationships unread
                }
                all.sort(order(section.getKey()));
                int groupCount = all.size();
                if (all.size() > CAP) {
                    cut = true;
                    all = new ArrayList<>(all.subList(0, CAP));
                }
                anyCut |= cut;
                answer.put(section.getKey(), all);
                summary.put(section.getKey(), Map.of("groups", groupCount, "relationships", relationships, "truncated", cut));
            }
            List<Object> documents = new ArrayList<>(rec.get("documents").asList(Elements::plain));
            long documentTotal = rec.get("documentTotal").asLong();
            boolean docsCut = documents.size() > CAP;
            if (docsCut) documents = new ArrayList<>(documents.subList(0, CAP));
            answer.put("documents", documents);
            summary.put("documents", Map.of("documents", documentTotal, "truncated", docsCut));
            answer.put("summary", summary);
            answer.put("truncated", anyCut || docsCut);
            return answer;
        });
        out.put("elapsedMs", (System.nanoTime() - t0) / 1_000_000);
        return out;
    }

    private static Map<String, Object> entity(org.neo4j.driver.types.Node n) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", Elements.modelId(n));
        entity.put("label", Elements.primaryLabel(n));
        entity.put("name", n.get("name").asString(Elements.modelId(n)));
        n.asMap(Elements::plain).forEach((k, v) -> {
            if (!k.equals("aliasKeys")) entity.putIfAbsent(k, v);
        });
        return entity;
    }

    /**
     * One group as JSON: the other end ({@code id, name, label}, an agreement's {@code title, kind, stage, parties}),
     * {@code type, direction, count, from, to} (an open-ended interval has no {@code to} and {@code openEnded: true}),
     * {@code role} (the distinct roles, joined), {@code date} and {@code event} when the group has one, {@code dates},
     * {@code keys}, {@code evidenceCount}, {@code relationships} (ids) and {@code relationship} (the first id).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(String type, Map<String, Object> m) {
        Map<String, Object> g = new LinkedHashMap<>();
        List<Object> ids = (List<Object>) m.get("relationships");
        g.put("relationship", ids.isEmpty() ? null : ids.get(0));
        g.put("type", type);
        g.put("direction", m.get("direction"));
        for (String k : List.of("id", "name", "label", "title", "kind", "stage", "agreementCount", "parties", "order")) {
            if (m.get(k) != null) g.put(k, m.get(k));
        }
        g.put("count", m.get("count"));
        boolean open = Boolean.TRUE.equals(m.get("openEnded"));
        g.put("from", m.get("from"));
        g.put("to", open ? null : m.get("to"));
        if (open) g.put("openEnded", true);
        List<Object> roles = (List<Object>) m.get("roles");
        if (!roles.isEmpty()) g.put("role", String.join(", ", roles.stream().map(String::valueOf).sorted().toList()));
        List<Object> dates = (List<Object>) m.get("dates");
        if (dates.size() == 1) g.put("date", dates.get(0));
        if (dates.size() > 1) g.put("dates", dates.stream().map(String::valueOf).sorted(Comparator.reverseOrder()).toList());
        List<Object> events = (List<Object>) m.get("events");
        if (events.size() == 1) g.put("event", events.get(0));
        List<Object> keys = (List<Object>) m.get("keys");
        if (!keys.isEmpty()) g.put("keys", keys.stream().map(String::valueOf).sorted().toList());
        g.put("evidenceCount", m.get("evidenceCount"));
        g.put("relationships", ids);
        return g;
    }

    /** Offices by role then name, corridors by order, dated sections latest first, the rest by name. */
    private static Comparator<Map<String, Object>> order(String section) {
        Comparator<Map<String, Object>> byName = Comparator.comparing(g -> text(g.get("name")), String.CASE_INSENSITIVE_ORDER);
        return switch (section) {
            case "offices" -> Comparator.<Map<String, Object>, String>comparing(g -> text(g.get("role"))).thenComparing(byName);
            case "corridors" -> Comparator.<Map<String, Object>, Long>comparing(
                    g -> g.get("order") instanceof Number o ? o.longValue() : Long.MAX_VALUE).thenComparing(byName);
            case "agreements", "meetings", "places" -> Comparator.<Map<String, Object>, String>comparing(
                    g -> text(g.get("to") != null ? g.get("to") : g.get("from")), Comparator.reverseOrder()).thenComparing(byName);
            default -> byName;
        };
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** Whether an entity with this id exists. */
    public boolean exists(String id) {
        return db.read(CypherFiles.query("entity-node"), Map.of("id", id), r -> r.hasNext());
    }
}
