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

    /**
     * One sentence behind a relationship: the Evidence node's id, quote, offsets into its document's text, the rule and
     * extractor version that found it, and its document (id, title, source, url, published); any may be null.
     */
    public record Evidence(String id, String quote, Integer start, Integer end, String rule, String extractorVersion,
                           String document, String title, String source, String url, String published) {}

    /**
     * A relationship with its evidence: the relationship as a map (id, type, source, sourceName, target, targetName,
     * then its own properties, an open bag), its evidence in order, how many distinct documents, and the time.
     */
    public record Answer(Map<String, Object> relationship, List<Evidence> evidence, long documents, long elapsedMs) {}

    /** Evidence of one relationship given by element id; 404 when there is no such relationship. */
    public Answer forRelationship(String elementId) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            var rows = tx.run(CypherFiles.query("relationship-by-element-id"), Map.of("id", elementId)).list();
            if (rows.isEmpty()) throw ApiProblem.notFound("No relationship with id '" + elementId + "'");
            var rec = rows.get(0);
            var r = rec.get("r").asRelationship();
            List<String> ids = r.get("evidence").isNull() ? List.of() : r.get("evidence").asList(v -> v.asString());
            Map<String, Evidence> byId = byIds(tx, ids);
            List<Evidence> evidence = new ArrayList<>();
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
            return new Answer(rel, evidence, evidence.stream().map(Evidence::document).distinct().count(),
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /** Evidence rows by id, in a running transaction. */
    public static Map<String, Evidence> byIds(TransactionContext tx, Collection<String> ids) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        tx.run(CypherFiles.query("evidence-by-ids"), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(rec -> out.put(rec.get("id").asString(), row(rec)));
        return out;
    }

    /** Evidence rows by id. */
    public Map<String, Evidence> byIds(Collection<String> ids) {
        return db.readTx(tx -> byIds(tx, ids));
    }

    private static Evidence row(Record rec) {
        return new Evidence(rec.get("id").asString(), rec.get("quote").asString(null),
                rec.get("start").isNull() ? null : rec.get("start").asInt(), rec.get("end").isNull() ? null : rec.get("end").asInt(),
                rec.get("rule").asString(null), rec.get("extractorVersion").asString(null), rec.get("document").asString(null),
                rec.get("title").asString(null), rec.get("source").asString(null), rec.get("url").asString(null),
                rec.get("published").asString(null));
    }
}
