package org.diplograph.analysis;

import org.diplograph.db.CypherFiles;
import org.diplograph.facts.Labels;
import org.diplograph.graph.Validity;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subgraph an analysis computes on, read with {@code cypher/queries/analysis-subgraph.cypher} in one query for
 * several windows (slices): the relationships of the chosen types between entities of the chosen labels, each with the
 * windows it is valid in by the one validity rule ({@link Validity#applyEach}). At most {@code cap} relationships are
 * read; beyond that the projection says it was cut ({@link #truncated()}).
 */
public final class Projection {
    /** Relationship types walked when none are chosen: every type of the model but MENTIONS (a document's). */
    public static final List<String> DEFAULT_TYPES = Labels.RELATIONSHIP_TYPES.stream().filter(t -> !t.equals("MENTIONS")).toList();

    /**
     * One window: an {@code asOf} day (a relationship holds from its date on, as in paths) or a {@code from}/{@code to}
     * window (a dated relationship must fall in it, as in the neighbourhood); either bound may be null (open).
     * {@code name} is how answers call it (a year of a slice, an asOf date, "all").
     */
    public record Window(String name, LocalDate from, LocalDate to, boolean asOf) {
        static Window asOf(LocalDate day) {
            return new Window(day.toString(), day, day, true);
        }

        Map<String, Object> param() {
            Map<String, Object> m = new HashMap<>();
            m.put("from", from);
            m.put("to", to);
            m.put("asOf", asOf);
            return m;
        }
    }

    /** One relationship read: its ends (model ids), type, element id, and the indexes of the windows it is valid in. */
    public record Rel(String source, String target, String type, String elementId, List<Integer> windows) {}

    private final List<Rel> rels;
    private final boolean truncated;
    private final List<List<Rel>> byWindow = new ArrayList<>();

    private Projection(List<Rel> rels, boolean truncated, int windows) {
        this.rels = rels;
        this.truncated = truncated;
        for (int i = 0; i < windows; i++) byWindow.add(new ArrayList<>());
        for (Rel r : rels) for (int i : r.windows()) byWindow.get(i).add(r);
    }

    public List<Rel> rels() {
        return rels;
    }

    /** Whether the relationship cap cut the projection (the answer is then computed on the first {@code cap}). */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Reads the subgraph in a running transaction.
     *
     * @param labels entity labels (from {@link Labels#ENTITY_LABELS}), or null for every entity
     * @param types  relationship types (from {@link Labels#RELATIONSHIP_TYPES}), or null for {@link #DEFAULT_TYPES}
     */
    public static Projection read(TransactionContext tx, List<String> labels, List<String> types, List<Window> windows, int cap) {
        for (String l : labels == null ? List.<String>of() : labels) {
            if (!Labels.isEntityLabel(l)) throw new IllegalArgumentException("not an entity label: " + l);
        }
        for (String t : types == null ? List.<String>of() : types) {
            if (!Labels.isRelationshipType(t)) throw new IllegalArgumentException("not a relationship type: " + t);
        }
        String cypher = Validity.applyEach(CypherFiles.query("analysis-subgraph"), "windows", "i")
                .replace("__LABELS__", labels == null || labels.isEmpty() ? "Entity" : String.join("|", labels)) // allow-list
                .replace("__TYPES__", String.join("|", types == null || types.isEmpty() ? DEFAULT_TYPES : types)); // allow-list
        Map<String, Object> p = new HashMap<>();
        p.put("windows", windows.stream().map(Window::param).toList());
        p.put("cap", cap + 1);
        List<Rel> out = new ArrayList<>();
        var result = tx.run(cypher, p);
        while (result.hasNext()) {
            var r = result.next();
            out.add(new Rel(r.get("s").asString(), r.get("t").asString(), r.get("type").asString(), r.get("rel").asString(),
                    r.get("in").asList(Value::asInt)));
        }
        boolean truncated = out.size() > cap;
        return new Projection(truncated ? out.subList(0, cap) : out, truncated, windows.size());
    }

    /** The relationships valid in window {@code index}. */
    public List<Rel> in(int index) {
        return byWindow.get(index);
    }

    /** Names and model labels of the given entities: id -> [name, label]. */
    public static Map<String, String[]> names(TransactionContext tx, List<String> ids) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        tx.run(CypherFiles.query("analysis-nodes"), Map.of("ids", ids)).forEachRemaining(r ->
                out.put(r.get("id").asString(), new String[]{r.get("name").asString(r.get("id").asString()), r.get("label").asString(null)}));
        return out;
    }
}
