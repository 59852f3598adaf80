package org.diplograph.load;

import org.diplograph.db.CypherFiles;
import org.diplograph.facts.Labels;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write steps every loader shares (articles, CSV datasets, the synthetic benchmark graphs): the row shapes and the
 * batched {@code UNWIND $rows ... MERGE} queries of {@code cypher/queries/load-*.cypher}, keyed on ids, so loading the
 * same rows twice changes nothing. Labels and types in rows must already be checked against {@link org.diplograph.facts.Labels}.
 */
public final class GraphWrites {
    private GraphWrites() {}

    /** An entity row for {@code load-entities}: the name is an alias too; alias keys are computed here. */
    public static Map<String, Object> entityRow(String id, String label, String name, Collection<String> aliases,
                                                Map<String, Object> props, boolean rename) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("label", label);
        row.put("rename", rename);
        String n = name == null || name.isBlank() ? id : name;
        row.put("name", n);
        Set<String> all = new LinkedHashSet<>();
        all.add(n);
        if (aliases != null) all.addAll(aliases);
        row.put("aliases", List.copyOf(all));
        row.put("aliasKeys", all.stream().map(AliasKeys::of).distinct().toList());
        row.put("props", props);
        return row;
    }

    /** A relationship row for {@code load-relations} (or {@code load-mentions}). */
    public static Map<String, Object> relationRow(String type, String source, String target, String key,
                                                  Map<String, Object> props, List<String> evidence) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", type);
        row.put("source", source);
        row.put("target", target);
        row.put("key", key == null ? "" : key);
        row.put("props", props);
        row.put("evidence", evidence);
        return row;
    }

    /** An evidence row for {@code load-evidence}; {@code extra} holds further properties (dataset, file, row). */
    public static Map<String, Object> evidenceRow(String id, String quote, Integer start, Integer end, String rule,
                                                  String version, List<String> nodes, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("quote", quote);
        m.put("start", start);
        m.put("end", end);
        m.put("rule", rule);
        m.put("extractorVersion", version);
        m.put("nodes", nodes);
        m.put("extra", extra == null ? Map.of() : extra);
        return m;
    }

    public static void document(TransactionContext tx, String id, Map<String, Object> props) {
        tx.run(CypherFiles.query("load-document"), Map.of("id", id, "props", props)).consume();
    }

    /** MERGEs entities, one statement per label (from the allow-list only); returns the number of nodes created. */
    public static int entities(TransactionContext tx, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return 0;
        Map<String, List<Map<String, Object>>> byLabel = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) byLabel.computeIfAbsent((String) r.get("label"), l -> new ArrayList<>()).add(r);
        int created = 0;
        for (var e : byLabel.entrySet()) {
            created += tx.run(entitiesQuery(e.getKey()), Map.of("rows", e.getValue())).consume().counters().nodesCreated();
        }
        return created;
    }

    private static final Map<String, String> ENTITIES_QUERY = new ConcurrentHashMap<>();

    /** {@code load-entities} for one entity label of the allow-list. */
    static String entitiesQuery(String label) {
        if (!Labels.isEntityLabel(label)) throw new IllegalArgumentException("entity label '" + label + "' is not allowed");
        return ENTITIES_QUERY.computeIfAbsent(label, l -> CypherFiles.query("load-entities").replace("__LABEL__", l));
    }

    /** MERGEs evidence nodes of one document and links them from it. */
    public static void evidence(TransactionContext tx, String doc, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return;
        tx.run(CypherFiles.query("load-evidence"), Map.of("doc", doc, "rows", rows)).consume();
    }

    /**
     * MERGEs relationships (evidence ids accumulate); returns the number created. Rows are grouped by type, one statement
     * per type with the type written in (from the allow-list only), and sorted by start and end node within a type (a
     * stable sort: rows of the same relationship keep their order, so the last one's properties still win).
     */
    public static int relations(TransactionContext tx, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return 0;
        int created = 0;
        for (var e : byType(rows).entrySet()) {
            created += tx.run(relationsQuery(e.getKey()), Map.of("rows", e.getValue())).consume().counters().relationshipsCreated();
        }
        return created;
    }

    private static final Map<String, String> RELATIONS_QUERY = new ConcurrentHashMap<>();

    /** {@code load-relations} for one relationship type of the allow-list. */
    static String relationsQuery(String type) {
        if (!Labels.isRelationshipType(type)) throw new IllegalArgumentException("relationship type '" + type + "' is not allowed");
        return RELATIONS_QUERY.computeIfAbsent(type, t -> CypherFiles.query("load-relations").replace("__TYPE__", t));
    }

    /** Rows grouped by type (first-seen order), each group sorted by source then target. */
    static Map<String, List<Map<String, Object>>> byType(List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) out.computeIfAbsent((String) r.get("type"), t -> new ArrayList<>()).add(r);
        Comparator<Map<String, Object>> order = Comparator.comparing((Map<String, Object> r) -> (String) r.get("source"))
                .thenComparing(r -> (String) r.get("target"));
        out.values().forEach(l -> l.sort(order));
        return out;
    }

    /** MERGEs the document's MENTIONS; returns the number created. */
    public static int mentions(TransactionContext tx, String doc, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return 0;
        return tx.run(CypherFiles.query("load-mentions"), Map.of("doc", doc, "rows", rows)).consume().counters().relationshipsCreated();
    }

    /** Sets {@code parties} (number of distinct PARTY_TO sources) on the given agreements (or any PARTY_TO targets). */
    public static void partyCounts(TransactionContext tx, Collection<String> ids) {
        if (ids.isEmpty()) return;
        tx.run(CypherFiles.query("load-party-counts"), Map.of("ids", List.copyOf(ids))).consume();
    }
}
