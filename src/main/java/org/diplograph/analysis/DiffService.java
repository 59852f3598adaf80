package org.diplograph.analysis;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.Database;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two dates T1 and T2 on a chosen subgraph: the relationships valid at T2 but not at T1 (added:
 * agreements entering into force, memberships, offices, meetings) and the other way round (removed), each with its
 * evidence and, for a PARTY_TO, its stage at the later date; the entities that enter and leave the graph; and the
 * largest rank changes of a centrality metric. Both dates are asOf days ({@link Projection.Window#asOf}): one projection
 * reads both.
 */
public final class DiffService {
    /** What to compare: T1 and T2, labels and types (null: all), the metric of the rank changes, items per list. */
    public record Request(LocalDate t1, LocalDate t2, List<String> labels, List<String> types, String metric, int limit) {}

    /** An entity that enters or leaves the graph. */
    public record EntityChange(String id, String name, String label) {}

    /** A rank change: the entity, its rank and value at T1 and T2, and how many places it rose (negative: fell). */
    public record RankChange(String id, String name, String label, int rankFrom, int rankTo, double valueFrom,
                             double valueTo, int change) {}

    /**
     * The diff: the dates, how many relationships were added and removed (all) and the first {@code limit} of each with
     * evidence, the entities that entered and left (first {@code limit}), the largest rank changes of the metric among
     * entities present at both dates, whether a list or the relationship cap cut the answer, the time.
     */
    public record Answer(String from, String to, String metric, int addedCount, int removedCount,
                         List<Relationships.Item> added, List<Relationships.Item> removed, List<EntityChange> entered,
                         List<EntityChange> left, List<RankChange> rankChanges, boolean truncated, int relationshipCap,
                         long elapsedMs) {}

    private final Database db;
    private final AnalysisService.Limits limits;

    public DiffService(Database db, AnalysisService.Limits limits) {
        this.db = db;
        this.limits = limits;
    }

    public Answer diff(Request q) {
        long t0 = System.nanoTime();
        if (!q.t1().isBefore(q.t2())) throw ApiProblem.badRequest("from must be before to");
        if (!Metrics.NAMES.contains(q.metric())) throw ApiProblem.badRequest("metric must be one of " + Metrics.NAMES);
        List<Projection.Window> windows = List.of(Projection.Window.asOf(q.t1()), Projection.Window.asOf(q.t2()));
        Projection p = db.readTx(tx -> Projection.read(tx, q.labels(), q.types(), windows, limits.maxRelationships()));
        long computing = System.nanoTime(); // the projection ran under Neo4j's timeout; the computation gets the same
        List<Projection.Rel> addedRels = new ArrayList<>(), removedRels = new ArrayList<>();
        for (Projection.Rel r : p.rels()) {
            boolean before = r.windows().contains(0), after = r.windows().contains(1);
            if (after && !before) addedRels.add(r);
            if (before && !after) removedRels.add(r);
        }
        Comparator<Projection.Rel> order = Comparator.comparing(Projection.Rel::type).thenComparing(Projection.Rel::source)
                .thenComparing(Projection.Rel::target).thenComparing(Projection.Rel::elementId);
        addedRels.sort(order);
        removedRels.sort(order);

        Graph<String, DefaultWeightedEdge> g1 = Network.of(p.in(0), 0, null), g2 = Network.of(p.in(1), 0, null);
        
        TreeSet<String> entered = new TreeSet<>(g2.vertexSet()), left = new TreeSet<>(g1.vertexSet());
        entered.removeAll(g1.vertexSet());
        left.removeAll(g2.vertexSet());

        Map<String, int[]> ranks = new HashMap<>();
        Map<String, double[]> values = new HashMap<>();
        List<Graph<String, DefaultWeightedEdge>> graphs = List.of(g1, g2);
        for (int i = 0; i < 2; i++) {
            var ranking = AnalysisService.ranking(Metrics.compute(graphs.get(i), q.metric(), limits.exactBetweennessUpTo(),
                    limits.pivots(), 16).values());
            for (int k = 0; k < ranking.size(); k++) {
                ranks.computeIfAbsent(ranking.get(k).getKey(), x -> new int[2])[i] = k + 1;
                values.computeIfAbsent(ranking.get(k).getKey(), x -> new double[2])[i] = ranking.get(k).getValue();
            }
        }
        AnalysisService.checkTime(limits, computing, "the rank changes");
        List<String> moved = new ArrayList<>();
        ranks.forEach((id, r) -> {
            if (r[0] > 0 && r[1] > 0 && r[0] != r[1]) moved.add(id);
        });
        moved.sort(Comparator.comparingInt((String id) -> -Math.abs(ranks.get(id)[0] - ranks.get(id)[1]))
                .thenComparingInt(id -> ranks.get(id)[1]).thenComparing(id -> id));
        List<String> movedTop = moved.subList(0, Math.min(q.limit(), moved.size()));
        List<String> enteredTop = new ArrayList<>(entered).subList(0, Math.min(q.limit(), entered.size()));
        List<String> leftTop = new ArrayList<>(left).subList(0, Math.min(q.limit(), left.size()));

        List<String> addedIds = ids(addedRels, q.limit()), removedIds = ids(removedRels, q.limit());
        record Fetched(List<Relationships.Item> added, List<Relationships.Item> removed, Map<String, String[]> names) {}
        Fetched f = db.readTx(tx -> {
            Set<String> all = new LinkedHashSet<>(movedTop);
            all.addAll(enteredTop);
            all.addAll(leftTop);
            return new Fetched(Relationships.byIds(tx, addedIds, q.t2()), Relationships.byIds(tx, removedIds, q.t2()),
                    Projection.names(tx, List.copyOf(all)));
        });
        List<RankChange> changes = new ArrayList<>();
        for (String id : movedTop) {
            String[] n = f.names().getOrDefault(id, new String[]{id, null});
            int[] r = ranks.get(id);
            double[] v = values.get(id);
            changes.add(new RankChange(id, n[0], n[1], r[0], r[1], v[0], v[1], r[0] - r[1]));
        }
        boolean truncated = p.truncated() || addedRels.size() > q.limit() || removedRels.size() > q.limit()
                || entered.size() > q.limit() || left.size() > q.limit();
        return new Answer(q.t1().toString(), q.t2().toString(), q.metric(), addedRels.size(), removedRels.size(), f.added(),
                f.removed(), entities(enteredTop, f.names()), entities(leftTop, f.names()), changes, truncated,
                limits.maxRelationships(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<String> ids(List<Projection.Rel> rels, int limit) {
        return rels.subList(0, Math.min(limit, rels.size())).stream().map(Projection.Rel::elementId).toList();
    }

    private static List<EntityChange> entities(List<String> ids, Map<String, String[]> names) {
        List<EntityChange> out = new ArrayList<>();
        for (String id : ids) {
            String[] n = names.getOrDefault(id, new String[]{id, null});
            out.add(new EntityChange(id, n[0], n[1]));
        }
        return out;
    }
}
