package org.diplograph.analysis;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the sources disagree about an entity's agreements and events (the entity itself when it is one, else those one
 * hop away), from what the graph already stores: every relationship keeps the evidence of each document that stated it.
 * Three facts are compared, source by source (an article is a source; a dataset is one source):
 * <ul>
 *   <li>{@code count}: the number of documents of a signing ("23 documents") that each article's quotes give;</li>
 *   <li>{@code date}: the dates of the relationships around one meeting or agreement (a signing, a party, the MET of a
 *       meeting) written from articles; two dates disagree unless one is a refinement of the other (2025-01 and
 *       2025-01-17 agree);</li>
 *   <li>{@code parties}: the set of parties to one agreement each source names, when two sources name different sets.</li>
 * </ul>
 * Each flag lists every side: its value, how many distinct documents back it, and their evidence.
 */
public final class ContradictionService {
    static final int SUBJECTS = 200, RELS = 300;
    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d{1,3})\\s+(?:[\\p{L}-]+\\s+){0,3}?(documents|agreements|memoranda|memorandums|MoUs|deals|contracts|accords|treaties)\\b",
            Pattern.CASE_INSENSITIVE);

    /** One side of a disagreement: the value, how many distinct documents (or datasets) back it, and the evidence. */
    public record Side(String value, int documents, List<Relationships.Cited> evidence) {}

    /** One disagreement: the agreement or event, the fact, the value the graph stores (if any) and the sides. */
    public record Contradiction(String subject, String subjectName, String label, String fact, String stored,
                                List<Side> sides) {}

    /**
     * The answer: the entity, how many agreements and events were compared, the disagreements found, whether the cap on
     * compared items cut them, the time.
     */
    public record Answer(String entity, int checked, List<Contradiction> contradictions, boolean truncated, long elapsedMs) {}

    private final Database db;

    public ContradictionService(Database db) {
        this.db = db;
    }

    public Answer contradictions(String entity) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            if (Projection.names(tx, List.of(entity)).isEmpty()) throw ApiProblem.notFound("No entity with id '" + entity + "'");
            List<String> subjects = tx.run(CypherFiles.query("analysis-contradiction-subjects"),
                    Map.of("entity", entity, "cap", SUBJECTS + 1)).list(r -> r.get("id").asString());
            boolean truncated = subjects.size() > SUBJECTS;
            subjects = subjects.subList(0, Math.min(SUBJECTS, subjects.size()));
            List<Contradiction> out = new ArrayList<>();
            check(tx, subjects).values().forEach(out::addAll);
            return new Answer(entity, subjects.size(), out, truncated, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /**
     * The disagreements about each of these agreements and events (other ids are skipped), by subject id in the order
     * given; a subject the sources agree on maps to an empty list. Used by the entity answer and by the notes on paths.
     */
    public static Map<String, List<Contradiction>> check(TransactionContext tx, List<String> subjects) {
        Map<String, List<Contradiction>> out = new LinkedHashMap<>();
        if (subjects.isEmpty()) return out;
        var rows = tx.run(CypherFiles.query("analysis-contradictions"), Map.of("ids", subjects, "rels", RELS)).list();
        for (var row : rows) {
            List<Relationships.Item> items = Relationships.byIds(tx, row.get("rels").asList(Value::asString), null);
            String id = row.get("id").asString(), name = row.get("name").asString(id), label = row.get("label").asString(null);
            String count = Relationships.text(row.get("count")), date = Relationships.text(row.get("date"));
            List<Contradiction> found = new ArrayList<>();
            Contradiction c;
            if ((c = counts(id, name, label, count, items)) != null) found.add(c);
            if ((c = dates(id, name, label, date, items)) != null) found.add(c);
            if (label != null && label.equals("Agreement") && (c = parties(id, name, label, items)) != null) found.add(c);
            out.put(id, found);
        }
        return out;
    }

    /** The counts of documents each article's quotes give, when they differ. */
    static Contradiction counts(String id, String name, String label, String stored, List<Relationships.Item> items) {
        Sides sides = new Sides();
        for (Relationships.Item it : items) {
            for (Relationships.Cited e : it.evidence()) {
                if (e.document() == null || e.quote() == null) continue;
                Matcher m = COUNT.matcher(e.quote());
                while (m.find()) sides.add(m.group(1), e);
            }
        }
        return sides.size() < 2 ? null : new Contradiction(id, name, label, "count", stored, sides.list());
    }

    /** The dates of the article relationships around one agreement or event, when two cannot both be right. */
    static Contradiction dates(String id, String name, String label, String stored, List<Relationships.Item> items) {
        Sides sides = new Sides();
        for (Relationships.Item it : items) {
            if (it.date() == null) continue;
            for (Relationships.Cited e : it.evidence()) if (e.document() != null) sides.add(it.date(), e);
        }
        List<String> dates = new ArrayList<>(sides.byValue.keySet());
        boolean disagree = false;
        for (int a = 0; a < dates.size() && !disagree; a++) {
            for (int b = a + 1; b < dates.size(); b++) {
                String x = dates.get(a), y = dates.get(b);
                if (!x.startsWith(y) && !y.startsWith(x)) {
                    disagree = true;
                    break;
                }
            }
        }
        return disagree ? new Contradiction(id, name, label, "date", stored, sides.list()) : null;
    }

    /** The parties each source names for one agreement, when two sources name different sets. */
    static Contradiction parties(String id, String name, String label, List<Relationships.Item> items) {
        Map<String, TreeSet<String>> partiesBySource = new TreeMap<>();
        Map<String, List<Relationships.Cited>> evidenceBySource = new TreeMap<>();
        for (Relationships.Item it : items) {
            if (!it.type().equals("PARTY_TO")) continue;
            Set<String> sources = new LinkedHashSet<>();
            for (Relationships.Cited e : it.evidence()) {
                String source = e.document() != null ? e.document() : e.dataset() != null ? "dataset:" + e.dataset() : null;
                if (source == null || !sources.add(source)) continue;
                partiesBySource.computeIfAbsent(source, k -> new TreeSet<>()).add(it.source());
                evidenceBySource.computeIfAbsent(source, k -> new ArrayList<>()).add(e);
            }
        }
        if (new LinkedHashSet<>(partiesBySource.values()).size() < 2) return null;
        List<Side> sides = new ArrayList<>();
        partiesBySource.forEach((source, parties) -> {
            List<Relationships.Cited> ev = evidenceBySource.get(source);
            sides.add(new Side(String.join(", ", parties), 1, ev.subList(0, Math.min(5, ev.size()))));
        });
        return new Contradiction(id, name, label, "parties", null, sides);
    }

    /** Evidence grouped by the value it gives, once per document and value. */
    private static final class Sides {
        final Map<String, Map<String, Relationships.Cited>> byValue = new TreeMap<>();

        void add(String value, Relationships.Cited e) {
            byValue.computeIfAbsent(value, k -> new LinkedHashMap<>()).putIfAbsent(e.document(), e);
        }

        int size() {
            return byValue.size();
        }

        List<Side> list() {
            List<Side> out = new ArrayList<>();
            byValue.forEach((v, docs) -> {
                List<Relationships.Cited> ev = new ArrayList<>(docs.values());
                out.add(new Side(v, docs.size(), ev.subList(0, Math.min(5, ev.size()))));
            });
            return out;
        }
    }
}
