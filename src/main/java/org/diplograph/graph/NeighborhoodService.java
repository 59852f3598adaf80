package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.facts.Labels;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ego network of an entity, expanded level by level (never a variable-length pattern): at each level every
 * frontier node brings at most {@code maxExpand} new neighbours, and the whole answer at most {@code limit} nodes.
 * Filters: neighbour labels, relationship types, and a date range on relationships ({@link Validity}'s rule on their
 * validity intervals, their dates without one; undated ones are kept).
 */
public final class NeighborhoodService {
    /**
     * Looking up the edges among the chosen nodes, a node's outgoing (or incoming) relationships are walked when there
     * are at most this many per chosen node; above it the node counts as a hub, checked pairwise against other hubs.
     */
    public static final int DENSE = 4;
    /**
     * Relationship reads allowed for checking pairs of hubs (both above the walking bound) for edges between them; past
     * it the costliest pairs are left out and the answer says {@code truncated}.
     */
    public static final int HUB_PAIR_BUDGET = 20_000;
    /** The relationship types a neighbourhood may follow (the allow-list without MENTIONS). */
    public static final List<String> TYPES = Labels.RELATIONSHIP_TYPES.stream().filter(t -> !t.equals("MENTIONS")).toList();
    /** The edges among the chosen nodes: neighborhood-edges-body with the typed degree tests of the allow-list's types. */
    private static final String EDGES_BODY = Validity.apply(CypherFiles.query("neighborhood-edges-body"))
            .replace("__OUT_TYPES__", degreeTests("(a)-[:%s]->()"))
            .replace("__IN_TYPES__", degreeTests("(a)<-[:%s]-()"));
    /** The chosen entities ($ids) and the edges among them. */
    public static final String EDGES = CypherFiles.query("neighborhood-edges").replace("__EDGES__", EDGES_BODY);
    /** Depth 1 in one query. */
    public static final String ONE = Validity.query("neighborhood-one").replace("__EDGES__", EDGES_BODY);
    /** New neighbours of the frontier. */
    private static final String EXPAND = Validity.query("neighborhood-expand");
    private final Database db;
    private final int maxExpand;

    public NeighborhoodService(Database db, int maxExpand) {
        this.db = db;
        this.maxExpand = maxExpand;
    }

    /** What to expand: labels and types are already checked against the allow-lists (null = all). */
    public record Request(String id, int depth, List<String> labels, List<String> types, LocalDate from, LocalDate to,
                          int limit) {}

    /**
     * A neighbourhood: the Cytoscape.js elements, the {@code root} asked for, whether a cap cut the answer and the time
     * it took.
     */
    public record Answer(List<Elements.Element> nodes, List<Elements.Element> edges, String root, boolean truncated,
                         long elapsedMs) implements Elements.Graph {}

    public Answer neighborhood(Request q) {
        long t0 = System.nanoTime();
        if (q.depth() == 1) return depthOne(q, t0);
        return db.readTx(tx -> {
            Set<String> seen = new LinkedHashSet<>(); // an unknown id expands to nothing and is told by the last query
            seen.add(q.id());
            boolean truncated = false;
            List<String> frontier = List.of(q.id());
            for (int level = 1; level <= q.depth() && !frontier.isEmpty() && seen.size() < q.limit(); level++) {
                Map<String, Object> p = filters(q);
                p.put("frontier", frontier);
                p.put("seen", new ArrayList<>(seen));
                p.put("perNode", maxExpand + 1);
                List<String> next = new ArrayList<>();
                for (var rec : tx.run(EXPAND, p).list()) {
                    List<String> ids = rec.get("ids").asList(Value::asString);
                    if (ids.size() > maxExpand) truncated = true;
                    for (String id : ids.subList(0, Math.min(ids.size(), maxExpand))) {
                        if (seen.contains(id)) continue;
                        if (seen.size() >= q.limit()) {
                            truncated = true;
                            break;
                        }
                        seen.add(id);
                        next.add(id);
                    }
                }
                frontier = next;
            }
            Map<String, Object> p = filters(q);
            p.put("ids", new ArrayList<>(seen));
            var rec = tx.run(EDGES, edgeParams(p, q)).list();
            return answer(q, rec.isEmpty() ? null : rec.get(0), truncated, t0);
        });
    }

    /**
     * Runs the neighbourhood queries once on an existing entity, so that the first analyst's request does not wait for
     * their planning and first execution (a second or two). Failures are ignored.
     */
    public void warmUp(String id) {
        for (int depth = 1; depth <= 2; depth++) {
            try {
                neighborhood(new Request(id, depth, null, null, null, null, 20));
            } catch (RuntimeException e) {
                return; // the entity went, or the database is going away (shutdown during start-up)
            }
        }
    }

    /** Depth 1, the usual request, in one query: the entity, its first neighbours and the edges among them. */
    private Answer depthOne(Request q, long t0) {
        Map<String, Object> p = filters(q);
        p.put("id", q.id());
        p.put("keep", Math.min(maxExpand, q.limit() - 1));
        var rec = db.read(ONE, edgeParams(p, q), r -> r.list());
        return answer(q, rec.isEmpty() ? null : rec.get(0), !rec.isEmpty() && rec.get(0).get("cut").asBoolean(), t0);
    }

    private static Map<String, Object> edgeParams(Map<String, Object> p, Request q) {
        p.put("cap", edgeCap(q) + 1); // one more than kept, to tell a cut
        p.put("dense", DENSE);
        p.put("budget", HUB_PAIR_BUDGET);
        return p;
    }

    /** At most 20 edges per node of the answer. */
    private static int edgeCap(Request q) {
        return q.limit() * 20;
    }

    /** The elements of a {@code nodes, rels} record (none: the entity does not exist). */
    private static Answer answer(Request q, org.neo4j.driver.Record rec, boolean truncated, long t0) {
        List<Value> nodes = rec == null ? List.of() : rec.get("nodes").asList(v -> v);
        if (nodes.isEmpty()) throw ApiProblem.notFound("No entity with id '" + q.id() + "'");
        Elements el = new Elements();
        for (Value n : nodes) el.add(n.asNode());
        int edgeCap = edgeCap(q);
        List<Value> rels = rec.get("rels").asList(v -> v);
        if (rels.size() > edgeCap || rec.get("pairsCut").asBoolean()) truncated = true;
        for (Value r : rels.subList(0, Math.min(rels.size(), edgeCap))) el.add(r.asRelationship());
        Elements.Plain g = el.graph();
        return new Answer(g.nodes(), g.edges(), q.id(), truncated, (System.nanoTime() - t0) / 1_000_000);
    }

    /** {@code CASE WHEN COUNT { pattern } > 0 THEN 'TYPE' END, ...} for each type of the allow-list. */
    private static String degreeTests(String pattern) {
        return TYPES.stream().map(t -> "CASE WHEN COUNT { " + pattern.formatted(t) + " } > 0 THEN '" + t + "' END")
                .collect(Collectors.joining(", "));
    }

    /**
     * The filters, never null: an absent one is the whole allow-list or the widest date range, so that every request
     * shares one cached plan per query (Cypher plans again for each combination of null and non-null parameters).
     */
    private static Map<String, Object> filters(Request q) {
        Map<String, Object> p = new HashMap<>();
        p.put("types", q.types() == null ? TYPES : q.types());
        p.put("labels", q.labels() == null ? Labels.ENTITY_LABELS : q.labels());
        return Validity.window(p, q.from() == null ? EARLIEST : q.from(), q.to() == null ? LATEST : q.to());
    }

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
}
