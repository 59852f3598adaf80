package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences behind a relationship: quote, document (id, title, source, published), offsets and rule. */
public final class EvidenceService {
    private final Database db;

    public EvidenceService(Database db) {
        this.db = db;
    }

    /** Evidence of one relationship given by element id; 404 when there is no such relationship. */
    public Map<String, Object> forRelationship(String elementId) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            var rows = tx.run(CypherFiles.query("relationship-by-element-id"), Map.of("id", elementId)).list();
            if (rows.isEmpty()) throw ApiProblem.notFound("No relationship with id '" + elementId + "'");
            var rec = rows.get(0);
            var r = rec.get("r").asRelationship();
            List<String> ids = r.get("evidence").isNull() ? List.of() : r.get("evidence").asList(v -> v.asString());
            Map<String, Map<String, Object>> byId = byIds(tx, ids);
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (String id : ids) if (byId.containsKey(id)) evidence.add(byId.get(id));
            Map<String, Object> rel = new LinkedHashMap<>();
            rel.put("id", r.elementId());
            rel.put("type", r.type());
            rel.put("source", Elements.modelId(rec.get("a").asNode()));
            rel.put("sourceName", rec.get("a").asNode().get("name").asString(null));
            rel.put("target", Elements.modelId(rec.get("b").asNode()));
            rel.put("targetName", rec.get("b").asNode().get("name").asString(null));
            r.asMap(Elements::plain).forEach((k, v) -> {
                if (!k.equals("evidence") && !k.equals("key")) rel.putIfAbsent(k, v);
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("relationship", rel);
            out.put("evidence", evidence);
            out.put("documents", evidence.stream().map(e -> e.get("document")).distinct().count());
            out.put("elapsedMs", (System.nanoTime() - t0) / 1_000_000);
            return out;
        });
    }

    /** Evidence rows by id, in a running transaction. */
    public static Map<String, Map<String, Object>> byIds(TransactionContext tx, Collection<String> ids) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        tx.run(CypherFiles.query("evidence-by-ids"), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(rec -> out.put(rec.get("id").asString(), row(rec)));
        return out;
    }

    /** Evidence rows by id. */
    public Map<String, Map<String, Object>> byIds(Collection<String> ids) {
        return db.readTx(tx -> byIds(tx, ids));
    }

    private static Map<String, Object> row(Record rec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rec.get("id").asString());
        m.put("quote", rec.get("quote").asString(null));
        m.put("start", rec.get("start").isNull() ? null : rec.get("start").asInt());
        m.put("end", rec.get("end").isNull() ? null : rec.get("end").asInt());
        m.put("rule", rec.get("rule").asString(null));
        m.put("extractorVersion", rec.get("extractorVersion").asString(null));
        m.put("document", rec.get("document").asString(null));
        m.put("title", rec.get("title").asString(null));
        m.put("source", rec.get("source").asString(null));
        m.put("url", rec.get("url").asString(null));
        m.put("published", rec.get("published").asString(null));
        return m;
    }
}
