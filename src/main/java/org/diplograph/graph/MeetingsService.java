package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who met whom: Persons as nodes and one {@code MET} edge per pair with the number of meetings, their dates, events
 * and places. Filters: a person (their meetings), a state (meetings of persons holding office in it), a date range.
 */
public final class MeetingsService {
    private final Database db;
    private final int maxNodes;

    public MeetingsService(Database db, int maxNodes) {
        this.db = db;
        this.maxNodes = maxNodes;
    }

    public record Request(String person, String state, LocalDate from, LocalDate to) {}

    public Map<String, Object> meetings(Request q) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            for (String id : new String[]{q.person(), q.state()}) {
                if (id != null && !tx.run(CypherFiles.query("entity-node"), Map.of("id", id)).hasNext()) {
                    throw ApiProblem.notFound("No entity with id '" + id + "'");
                }
            }
            Map<String, Object> p = new HashMap<>();
            p.put("person", q.person());
            p.put("state", q.state());
            p.put("from", q.from());
            p.put("to", q.to());
            int cap = maxNodes * 20;
            p.put("cap", cap + 1);
            var rows = tx.run(CypherFiles.query("meetings"), p).list();
            boolean truncated = rows.size() > cap;
            Elements el = new Elements();
            Map<String, Map<String, Object>> pairs = new LinkedHashMap<>();
            for (var rec : rows.subList(0, Math.min(rows.size(), cap))) {
                Node a = rec.get("p").asNode(), b = rec.get("q").asNode();
                String ia = Elements.modelId(a), ib = Elements.modelId(b);
                int newNodes = (el.hasNode(ia) ? 0 : 1) + (el.hasNode(ib) ? 0 : 1);
                if (el.nodeCount() + newNodes > maxNodes) {
                    truncated = true;
                    continue;
                }
                el.add(a);
                el.add(b);
                String s = ia.compareTo(ib) <= 0 ? ia : ib, t = s.equals(ia) ? ib : ia;
                Relationship m = rec.get("m").asRelationship();
                Map<String, Object> d = pairs.computeIfAbsent(s + "|" + t, k -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("id", "met:" + k);
                    x.put("source", s);
                    x.put("target", t);
                    x.put("type", "MET");
                    x.put("meetings", 0);
                    x.put("dates", new TreeSet<String>());
                    x.put("places", new TreeSet<String>());
                    x.put("events", new ArrayList<Map<String, Object>>());
                    x.put("relationships", new ArrayList<String>());
                    x.put("evidenceCount", 0);
                    return x;
                });
                d.put("meetings", (Integer) d.get("meetings") + 1);
                String date = m.get("date").isNull() ? null : m.get("date").asString(null);
                if (date != null) cast(d.get("dates")).add(date);
                rec.get("places").asList(Value::asString).forEach(cast(d.get("places"))::add);
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("id", rec.get("event").asString(null));
                ev.put("name", rec.get("eventName").asString(null));
                ev.put("date", date);
                ev.put("places", rec.get("places").asList(Value::asString));
                ev.put("relationship", m.elementId());
                @SuppressWarnings("unchecked") List<Map<String, Object>> events = (List<Map<String, Object>>) d.get("events");
                events.add(ev);
                @SuppressWarnings("unchecked") List<String> rels = (List<String>) d.get("relationships");
                rels.add(m.elementId());
                d.put("evidenceCount", (Integer) d.get("evidenceCount") + PathService.evidence(m).size());
            }
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Map<String, Object> d : pairs.values()) {
                d.put("dates", new ArrayList<>(cast(d.get("dates"))));
                d.put("places", new ArrayList<>(cast(d.get("places"))));
                edges.add(Map.of("data", d));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nodes", el.toJson().get("nodes"));
            out.put("edges", edges);
            out.put("truncated", truncated);
            out.put("elapsedMs", (System.nanoTime() - t0) / 1_000_000);
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static TreeSet<String> cast(Object o) {
        return (TreeSet<String>) o;
    }
}
