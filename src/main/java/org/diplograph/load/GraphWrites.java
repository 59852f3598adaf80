package org.diplograph.load;

import org.diplograph.db.CypherFiles;
import org.neo4j.driver.TransactionContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        row.put("aliasKeys", all.stream().map(Loader::aliasKey).distinct().toList());
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

    /** MERGEs entities; returns the number of nodes created. */
    public static int entities(TransactionContext tx, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return 0;
        return tx.run(CypherFiles.query("load-entities"), Map.of("rows", rows)).consume().counters().nodesCreated();
    }

    /** MERGEs evidence nodes of one document and links them from it. */
    public static void evidence(TransactionContext tx, String doc, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return;
        tx.run(CypherFiles.query("load-evidence"), Map.of("doc", doc, "rows", rows)).consume();
    }

    /** MERGEs relationships (evidence ids accumulate); returns the number created. */
    public static int relations(TransactionContext tx, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return 0;
        return tx.run(CypherFiles.query("load-relations"), Map.of("rows", rows)).consume().counters().relationshipsCreated();
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
