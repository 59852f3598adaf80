package org.diplograph.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.diplograph.common.Json;
import org.diplograph.common.Sha256;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Labels;
import org.diplograph.facts.Relation;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Facts in, graph out: with {@link DatasetWriter} (its writer for dataset files), the only writer of the graph (the
 * schema aside). One article is one transaction, so it is loaded completely or not at all. Batched
 * {@code UNWIND ... MERGE} keyed on ids; importing the same facts twice changes nothing; a changed version of an
 * article replaces its evidence and drops relationships left with none.
 */
public final class Loader {
    private final Database db;
    private final Curation curation;
    private final Duration timeout;

    public Loader(Database db, Curation curation, Duration timeout) {
        this.db = db;
        this.curation = curation == null ? Curation.NONE : curation;
        this.timeout = timeout;
    }

    /** Loads one article's facts in one transaction. Invalid facts are skipped with a warning; nothing is partial. */
    public DocumentReport load(DocumentFacts raw, String extractorVersion) {
        long t0 = System.nanoTime();
        if (raw.id() == null || raw.id().isBlank()) {
            return DocumentReport.failed(null, raw.file(), "the document has no id", 0);
        }
        DocumentFacts doc = curation.apply(raw);
        List<String> warnings = new ArrayList<>();
        Prepared p = prepare(doc, extractorVersion, warnings);
        // Two imports MERGE-ing the same new node race on its uniqueness constraint, or deadlock: the write session
        // runs the whole article again under the one retry policy (db.WriteRetry); the second time it MATCHes.
        return db.inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> write(tx, doc, p, warnings, t0),
                TransactionConfig.builder().withTimeout(timeout).build()));
    }

    /** Everything to write, validated and grouped, computed outside the transaction. */
    private record Prepared(Map<String, Object> document, List<Map<String, Object>> entities,
                            List<Map<String, Object>> relations, List<Map<String, Object>> mentions,
                            List<Map<String, Object>> evidence, String factsHash) {}

    private Prepared prepare(DocumentFacts doc, String version, List<String> warnings) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : doc.entities()) {
            if (e.id() == null || e.id().isBlank() || !Labels.isEntityLabel(e.label())) {
                warnings.add("entity skipped: id '" + e.id() + "' / label '" + e.label() + "' is not allowed");
                continue;
            }
            entities.put(e.id(), e);
        }
        List<Map<String, Object>> entityRows = new ArrayList<>();
        for (Entity e : entities.values()) {
            String name = e.name() == null || e.name().isBlank() ? e.id() : e.name();
            // label on the allow-list (checked above)
            Map<String, Object> row = GraphWrites.entityRow(e.id(), e.label(), name, e.aliases(),
                    graphProperties(e.properties(), Set.of("id", "name", "aliases", "aliasKeys")), curation.renames(e.id()));
            entityRows.add(row);
        }

        Map<String, Map<String, Object>> evidence = new LinkedHashMap<>();
        List<Map<String, Object>> relationRows = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Relation r : doc.relations()) {
            String what = r.type() + " " + r.source() + " -> " + r.target();
            if (!Labels.isRelationshipType(r.type())) {
                warnings.add("relation skipped: type '" + r.type() + "' is not allowed");
                continue;
            }
            boolean mention = r.type().equals("MENTIONS");
            if ((mention && !doc.id().equals(r.source())) || (!mention && !entities.containsKey(r.source()))
                    || !entities.containsKey(r.target())) {
                warnings.add("relation skipped: " + what + " names an entity the article does not have");
                continue;
            }
            List<String> evIds = new ArrayList<>();
            for (Evidence ev : r.evidence()) {
                if (doc.text() != null && (ev.start() < 0 || ev.end() > doc.text().length() || ev.start() >= ev.end()
                        || !doc.text().substring(ev.start(), ev.end()).equals(ev.quote()))) {
                    warnings.add("evidence skipped for " + what + ": the quote is not the text at " + ev.start() + ".." + ev.end());
                    continue;
                }
                String id = "ev:" + hash(doc.id() + "|" + ev.start() + "|" + ev.end() + "|" + ev.rule()).substring(0, 20);
                Map<String, Object> row = evidence.computeIfAbsent(id, k -> GraphWrites.evidenceRow(id, ev.quote(), ev.start(),
                        ev.end(), ev.rule(), version, new ArrayList<String>(), null));
                @SuppressWarnings("unchecked") List<String> nodes = (List<String>) row.get("nodes");
                for (String n : List.of(r.source(), r.target())) if (entities.containsKey(n) && !nodes.contains(n)) nodes.add(n);
                if (!evIds.contains(id)) evIds.add(id);
            }
            if (evIds.isEmpty()) {
                warnings.add("relation skipped: " + what + " has no evidence (no evidence, no edge)");
                continue;
            }
            String source = r.source(), target = r.target();
            if (r.type().equals("MET") && source.compareTo(target) > 0) { // MET is read undirected: store it one way
                source = r.target();
                target = r.source();
            }
            // type on the allow-list (checked above)
            Map<String, Object> row = GraphWrites.relationRow(r.type(), source, target, mergeKey(r),
                    graphProperties(r.properties(), Set.of("evidence", "key")), evIds);
            if (mention) mentions.add(row);
            else relationRows.add(row);
        }

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", doc.title());
        document.put("source", doc.source());
        document.put("url", doc.url());
        document.put("published", doc.published());
        document.put("file", doc.file());
        document.put("sha256", doc.sha256() != null ? doc.sha256() : doc.text() == null ? null : hash(doc.text()));
        document.put("text", doc.text());
        document.put("name", doc.title() != null ? doc.title() : doc.file() != null ? doc.file() : doc.id());
        document.put("extractorVersion", version);
        String factsHash;
        try {
            factsHash = hash(Json.mapper().writeValueAsString(List.of(document, entityRows, relationRows, mentions, evidence)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        document.put("factsHash", factsHash);
        return new Prepared(document, entityRows, relationRows, mentions, new ArrayList<>(evidence.values()), factsHash);
    }

    private DocumentReport write(TransactionContext tx, DocumentFacts doc, Prepared p, List<String> warnings, long t0) {
        // MERGE and write-lock the document first: a concurrent import of the same article waits here, then reads the
        // committed hash (so exactly one import reports it created and the other unchanged)
        var existing = tx.run(CypherFiles.query("lock-document"), Map.of("id", doc.id())).single();
        boolean isNew = existing.get("isNew").asBoolean();
        if (!isNew && p.factsHash().equals(existing.get("h").asString(null))) {
            return new DocumentReport(doc.id(), doc.file(), "unchanged", 0, 0, 0, 0, 0, warnings, null, millis(t0));
        }
        String status = isNew ? "created" : "updated";
        if (!isNew) removeDocumentFacts(tx, doc.id());

        GraphWrites.document(tx, doc.id(), p.document());

        Map<String, String> remap = resolveByAlias(tx, p.entities());
        List<Map<String, Object>> entities = remapRows(p.entities(), remap);
        int entitiesCreated = GraphWrites.entities(tx, entities);
        int entitiesTotal = entities.size();
        GraphWrites.evidence(tx, doc.id(), remapNodes(p.evidence(), remap));
        List<Map<String, Object>> relations = remapEnds(p.relations(), remap);
        int relationsCreated = GraphWrites.relations(tx, relations);
        int relationsTotal = relations.size();
        GraphWrites.partyCounts(tx, relations.stream().filter(r -> "PARTY_TO".equals(r.get("type")))
                .map(r -> (String) r.get("target")).distinct().toList());
        if (!p.mentions().isEmpty()) {
            relationsCreated += GraphWrites.mentions(tx, doc.id(), remapEnds(p.mentions(), remap));
            relationsTotal += p.mentions().size();
        }
        return new DocumentReport(doc.id(), doc.file(), status, entitiesCreated, entitiesTotal - entitiesCreated,
                relationsCreated, relationsTotal - relationsCreated, p.evidence().size(), warnings, null, millis(t0));
    }

    /** Strips this document's evidence from every relationship, drops those left with none, deletes its evidence. */
    private static void removeDocumentFacts(TransactionContext tx, String docId) {
        tx.run(CypherFiles.query("unload-document"), Map.of("doc", docId)).consume();
    }

    /** Entities not yet in the graph by id are matched to an existing node of the same label by name or alias. */
    private static Map<String, String> resolveByAlias(TransactionContext tx, List<Map<String, Object>> entities) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : entities) {
            if (row.get("label").equals("State")) continue; // state ids are ISO codes: already canonical
            @SuppressWarnings("unchecked") List<String> keys = (List<String>) row.get("aliasKeys");
            // only multi-word aliases identify an entity across articles ("Raisi" alone could be anyone), and of an
            // agreement not a bare kind of document ("joint statement", "memorandum of understanding"): every article
            // has its own, and which one an article names first must not decide which merge
            boolean agreement = row.get("label").equals("Agreement");
            List<String> strong = keys.stream().filter(k -> k.contains(" ") && !(agreement && AliasKeys.generic(k))).toList();
            if (!strong.isEmpty()) rows.add(Map.of("id", row.get("id"), "label", row.get("label"), "keys", strong));
        }
        Map<String, String> remap = new LinkedHashMap<>();
        if (rows.isEmpty()) return remap;
        // Two concurrent articles naming one new entity under different ids would both miss the other's node and
        // create two. Lock each alias key first (in sorted order): MERGE-ing a placeholder on the unique entity id
        // takes the constraint's key lock until commit; the placeholder is deleted at once, so nothing remains.
        List<String> locks = rows.stream().flatMap(r -> {
            @SuppressWarnings("unchecked") List<String> keys = (List<String>) r.get("keys");
            return keys.stream().map(k -> "\u0000alias-lock:" + r.get("label") + ":" + k);
        }).distinct().sorted().toList();
        tx.run(CypherFiles.query("lock-alias-keys"), Map.of("keys", locks)).consume();
        tx.run(CypherFiles.query("resolve-aliases"), Map.of("rows", rows)).forEachRemaining(r -> {
            if (!r.get("existing").isNull()) remap.put(r.get("id").asString(), r.get("existing").asString());
        });
        return remap;
    }

    private static List<Map<String, Object>> remapRows(List<Map<String, Object>> rows, Map<String, String> remap) {
        if (remap.isEmpty()) return rows;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> m = new LinkedHashMap<>(row);
            m.put("id", remap.getOrDefault((String) row.get("id"), (String) row.get("id")));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> remapEnds(List<Map<String, Object>> rows, Map<String, String> remap) {
        if (remap.isEmpty()) return rows;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> m = new LinkedHashMap<>(row);
            m.put("source", remap.getOrDefault((String) row.get("source"), (String) row.get("source")));
            m.put("target", remap.getOrDefault((String) row.get("target"), (String) row.get("target")));
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> remapNodes(List<Map<String, Object>> rows, Map<String, String> remap) {
        if (remap.isEmpty()) return rows;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> m = new LinkedHashMap<>(row);
            m.put("nodes", ((List<String>) row.get("nodes")).stream().map(n -> remap.getOrDefault(n, n)).toList());
            out.add(m);
        }
        return out;
    }

    /** The part of a relationship's identity beyond its type and ends: one MET per event, one office per role. */
    private static String mergeKey(Relation r) {
        Object v = switch (r.type()) {
            case "MET", "ATTENDED" -> r.properties().get("event");
            case "HOLDS_OFFICE" -> r.properties().get("role");
            case "VISITED" -> r.properties().get("date");
            default -> null;
        };
        return v == null ? "" : v.toString().toLowerCase(Locale.ROOT);
    }

    /** Properties as stored: {@code dateFrom}/{@code dateTo} become Neo4j dates; nulls and reserved names are dropped. */
    static Map<String, Object> graphProperties(Map<String, Object> in, Set<String> reserved) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            if (v == null || reserved.contains(k)) return;
            if ((k.equals("dateFrom") || k.equals("dateTo")) && v instanceof String s) {
                try {
                    out.put(k, LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    // a malformed bound is left out rather than guessed
                }
            } else if (v instanceof Map<?, ?>) {
                out.put(k, v.toString());
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    static String hash(String s) {
        return Sha256.of(s);
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
