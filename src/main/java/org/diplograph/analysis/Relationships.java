package org.diplograph.analysis;

import org.diplograph.db.CypherFiles;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relationships by element id with their ends, dates and evidence ({@code cypher/queries/analysis-relationships.cypher}),
 * as the items of a diff or a contradiction list.
 */
public final class Relationships {
    /** At most this many evidence items per relationship. */
    static final int EVIDENCE = 5;

    private Relationships() {}

    /**
     * One piece of evidence: its id and quote, and either its article (document id, title, source, published) or its
     * dataset row (dataset, file, row); the others are null.
     */
    public record Cited(String id, String quote, String document, String title, String source, String published,
                        String dataset, String file, Integer row) {}

    /**
     * One relationship: element id, type, its ends (id, name and model label), its date, the stage of a PARTY_TO at the date asked
     * (null for other types) and its evidence (at most five).
     */
    public record Item(String relationship, String type, String source, String sourceName, String sourceLabel,
                       String target, String targetName, String targetLabel, String date, String stage, List<Cited> evidence) {}

    /** The relationships with these element ids (in that order); stage is judged at {@code stageAt}. */
    public static List<Item> byIds(TransactionContext tx, List<String> ids, LocalDate stageAt) {
        Map<String, Item> found = new LinkedHashMap<>();
        if (ids.isEmpty()) return List.of();
        tx.run(CypherFiles.query("analysis-relationships"), Map.of("ids", ids)).forEachRemaining(r -> {
            String type = r.get("type").asString();
            String date = text(r.get("date"));
            String stage = !type.equals("PARTY_TO") || stageAt == null ? null
                    : Stage.at(stageAt, text(r.get("signed")) == null ? date : text(r.get("signed")), text(r.get("ratified")),
                    text(r.get("inForce")), text(r.get("ended")));
            List<Cited> ev = new ArrayList<>();
            for (Value e : r.get("evidence").values()) {
                if (ev.size() >= EVIDENCE) break;
                ev.add(new Cited(e.get("id").asString(null), e.get("quote").asString(null), text(e.get("document")),
                        text(e.get("title")), text(e.get("source")), text(e.get("published")), text(e.get("dataset")),
                        text(e.get("file")), e.get("row").isNull() ? null : e.get("row").asInt()));
            }
            found.put(r.get("rel").asString(), new Item(r.get("rel").asString(), type, r.get("source").asString(null),
                    r.get("sourceName").asString(null), r.get("sourceLabel").asString(null), r.get("target").asString(null),
                    r.get("targetName").asString(null), r.get("targetLabel").asString(null), date, stage, ev));
        });
        List<Item> out = new ArrayList<>();
        for (String id : ids) if (found.containsKey(id)) out.add(found.get(id));
        return out;
    }

    /** A property as text (dates and numbers too), or null. */
    static String text(Value v) {
        if (v == null || v.isNull()) return null;
        Object o = v.asObject();
        return o instanceof String s ? s : String.valueOf(o);
    }
}
