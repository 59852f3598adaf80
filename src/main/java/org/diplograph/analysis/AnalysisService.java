package org.diplograph.analysis;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.Database;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Centrality and blocs on a chosen subgraph, for one window or per yearly slice in one call: the subgraph is projected
 * once for every slice ({@link Projection}), then each slice's graph ({@link Network}) is scored by JGraphT
 * ({@link Metrics}) and clustered ({@link Blocs}, ids stable across slices). Bounded: at most
 * {@link Limits#maxRelationships()} relationships are read ({@code truncated: true} beyond), at most
 * {@link Limits#maxSlices()} slices (413 beyond); the projection runs under Neo4j's transaction timeout and the
 * computation after it within the same timeout (408 naming it beyond).
 */
public final class AnalysisService {
    /**
     * The bounds of an analysis: relationships read, exact betweenness up to this many vertices (sampled beyond, from
     * {@code pivots} sources), greedy-modularity blocs up to this many edges (label propagation beyond), slices per call,
     * and the time a call may take (the query timeout).
     */
    public record Limits(int maxRelationships, int exactBetweennessUpTo, int pivots, int greedyUpTo, int maxSlices,
                         Duration timeout) {
        public static Limits defaults(Duration timeout) {
            return new Limits(250_000, 500, 200, 20_000, 60, timeout);
        }
    }

    /**
     * What to analyse: the metric (centrality only), entity labels and relationship types (null: all), a window
     * ({@code from}/{@code to}) or an {@code asOf} day, {@code slice} ("year": one slice per year of from..to, else
     * null), how many entities to list per slice, {@code maxParties} (positive: fold agreements with at most that many
     * parties into ties between their parties) and {@code around} (keep only the ties of this entity).
     */
    public record Request(String metric, List<String> labels, List<String> types, LocalDate from, LocalDate to,
                          LocalDate asOf, String slice, int limit, int maxParties, String around) {}

    /** One entity of a ranking: its rank (1 = most central; ties share the order of ids), id, name, label and value. */
    public record Ranked(int rank, String id, String name, String label, double value) {}

    /**
     * The centrality of one slice: its name and bounds, the size of its graph, how the metric was computed
     * ({@code exact} or {@code sampled}, with the number of pivots) and the top entities.
     */
    public record CentralitySlice(String slice, String from, String to, int nodes, int edges, String method, Integer pivots,
                                  List<Ranked> ranked, List<Tie> ties) {}

    /** A tie between two listed entities in a slice's graph, weighted by the relationships (or folded agreements) behind it. */
    public record Tie(String source, String target, double weight) {}

    /** At most this many ties per slice. */
    static final int TIES = 2_000;

    /** The centrality answer: the request echoed, one entry per slice, whether the relationship cap cut the graph. */
    public record CentralityAnswer(String metric, List<String> labels, List<String> types, String asOf, Integer maxParties,
                                   String around, List<CentralitySlice> slices, boolean truncated, int relationshipCap,
                                   long elapsedMs) {}

    /** An entity of a bloc. */
    public record Member(String id, String name, String label) {}

    /** One bloc of a slice: its stable id and colour, its size and its first {@code limit} members. */
    public record BlocView(int id, String colour, int size, List<Member> members) {}

    /** The blocs of one slice, the method that found them and the modularity of the partition. */
    public record CommunitiesSlice(String slice, String from, String to, int nodes, int edges, String method,
                                   double modularity, List<BlocView> blocs, List<Tie> ties) {}

    /** The communities answer: the request echoed, one entry per slice, whether the relationship cap cut the graph. */
    public record CommunitiesAnswer(List<String> labels, List<String> types, String asOf, Integer maxParties, String around,
                                    List<CommunitiesSlice> slices, boolean truncated, int relationshipCap, long elapsedMs) {}

    /** Told how far a call has come: {@code done} of {@code total} slices computed (0 while the subgraph is read). */
    @FunctionalInterface
    public interface Progress {
        /** No one listens. */
        Progress NONE = (done, total) -> {};

        void slices(int done, int total);
    }

    private final Database db;
    private final Limits limits;

    public AnalysisService(Database db, Limits limits) {
        this.db = db;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** The windows of a request: one per year of from..to with {@code slice=year}, else one (asOf, window or all time). */
    List<Projection.Window> windows(Request q) {
        if ("year".equals(q.slice())) {
            if (q.from() == null || q.to() == null) throw ApiProblem.badRequest("slice=year needs from and to");
            if (q.asOf() != null) throw ApiProblem.badRequest("asOf cannot be combined with slice");
            int years = q.to().getYear() - q.from().getYear() + 1;
            if (years > limits.maxSlices()) {
                throw new ApiProblem(413, "Too many slices", "slice=year from " + q.from().getYear() + " to " + q.to().getYear()
                        + " asks for " + years + " slices; the cap is " + limits.maxSlices(),
                        Map.of("cap", "maxSlices", "limit", limits.maxSlices()));
            }
            List<Projection.Window> out = new ArrayList<>();
            for (int y = q.from().getYear(); y <= q.to().getYear(); y++) {
                out.add(new Projection.Window(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false));
            }
            return out;
        }
        if (q.slice() != null) throw ApiProblem.badRequest("slice must be year");
        if (q.asOf() != null) {
            if (q.from() != null || q.to() != null) throw ApiProblem.badRequest("asOf cannot be combined with from or to");
            return List.of(Projection.Window.asOf(q.asOf()));
        }
        String name = q.from() == null && q.to() == null ? "all" : (q.from() == null ? ".." : q.from()) + "/" + (q.to() == null ? ".." : q.to());
        return List.of(new Projection.Window(name, q.from(), q.to(), false));
    }

    /**
     * Checks a request as {@link #centrality} or {@link #communities} would (400 naming a bad parameter, 413 past the
     * slice cap) and returns how many slices it asks for.
     */
    public int slices(Request q) {
        if (q.metric() != null && !Metrics.NAMES.contains(q.metric())) throw ApiProblem.badRequest("metric must be one of " + Metrics.NAMES);
        return windows(q).size();
    }

    /** Centrality of the chosen subgraph, per slice. */
    public CentralityAnswer centrality(Request q) {
        return centrality(q, Progress.NONE);
    }

    /** Centrality of the chosen subgraph, per slice, telling {@code progress} after each slice. */
    public CentralityAnswer centrality(Request q, Progress progress) {
        long t0 = System.nanoTime();
        if (!Metrics.NAMES.contains(q.metric())) throw ApiProblem.badRequest("metric must be one of " + Metrics.NAMES);
        List<Projection.Window> windows = windows(q);
        progress.slices(0, windows.size());
        Projection p = project(q, windows); // bounded by Neo4j's own transaction timeout
        long computing = System.nanoTime();   // the computation gets the query timeout too
        List<CentralitySlice> slices = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        List<List<Map.Entry<String, Double>>> tops = new ArrayList<>();
        List<Metrics.Scores> scores = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        List<List<Tie>> ties = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Graph<String, DefaultWeightedEdge> g = Network.of(p.in(i), q.maxParties(), q.around());
            String where = "slice " + windows.get(i).name();
            Metrics.Scores s = Metrics.compute(g, q.metric(), limits.exactBetweennessUpTo(), pivots(windows.size()), 16,
                    (done, all) -> checkTime(t0, where + ", source " + (done + 1) + " of " + all)); // the whole call within the timeout
            List<Map.Entry<String, Double>> top = top(s.values(), q.limit());
            top.forEach(e -> shown.add(e.getKey()));
            ties.add(ties(g, top.stream().map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet())));
            tops.add(top);
            scores.add(s);
            sizes.add(new int[]{g.vertexSet().size(), g.edgeSet().size()});
            checkTime(computing, "slice " + windows.get(i).name());
            progress.slices(i + 1, windows.size());
        }
        Map<String, String[]> names = db.readTx(tx -> Projection.names(tx, List.copyOf(shown)));
        for (int i = 0; i < windows.size(); i++) {
            List<Ranked> ranked = new ArrayList<>();
            int rank = 1;
            for (var e : tops.get(i)) {
                String[] n = names.getOrDefault(e.getKey(), new String[]{e.getKey(), null});
                ranked.add(new Ranked(rank++, e.getKey(), n[0], n[1], e.getValue()));
            }
            Projection.Window w = windows.get(i);
            slices.add(new CentralitySlice(w.name(), str(w.from()), str(w.to()), sizes.get(i)[0], sizes.get(i)[1],
                    scores.get(i).method(), scores.get(i).pivots(), ranked, ties.get(i)));
        }
        return new CentralityAnswer(q.metric(), q.labels(), q.types(), str(q.asOf()), q.maxParties() > 0 ? q.maxParties() : null,
                q.around(), slices, p.truncated(), limits.maxRelationships(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Blocs of the chosen subgraph, per slice, with ids and colours stable across slices. */
    public CommunitiesAnswer communities(Request q) {
        return communities(q, Progress.NONE);
    }

    /** Blocs of the chosen subgraph, per slice, telling {@code progress} after each slice. */
    public CommunitiesAnswer communities(Request q, Progress progress) {
        long t0 = System.nanoTime();
        List<Projection.Window> windows = windows(q);
        progress.slices(0, windows.size());
        Projection p = project(q, windows); // bounded by Neo4j's own transaction timeout
        long computing = System.nanoTime();   // the computation gets the query timeout too
        Blocs blocs = new Blocs(limits.greedyUpTo());
        List<Blocs.Partition> parts = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        List<List<Tie>> ties = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Graph<String, DefaultWeightedEdge> g = Network.of(p.in(i), q.maxParties(), q.around());
            Blocs.Partition part = blocs.next(g);
            parts.add(part);
            sizes.add(new int[]{g.vertexSet().size(), g.edgeSet().size()});
            Set<String> mine = new java.util.HashSet<>();
            for (Blocs.Bloc b : part.blocs()) mine.addAll(b.members().subList(0, Math.min(q.limit(), b.members().size())));
            shown.addAll(mine);
            ties.add(ties(g, mine));
            checkTime(computing, "slice " + windows.get(i).name());
            progress.slices(i + 1, windows.size());
        }
        Map<String, String[]> names = db.readTx(tx -> Projection.names(tx, List.copyOf(shown)));
        List<CommunitiesSlice> slices = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            List<BlocView> views = new ArrayList<>();
            for (Blocs.Bloc b : parts.get(i).blocs()) {
                List<Member> members = new ArrayList<>();
                for (String id : b.members().subList(0, Math.min(q.limit(), b.members().size()))) {
                    String[] n = names.getOrDefault(id, new String[]{id, null});
                    members.add(new Member(id, n[0], n[1]));
                }
                views.add(new BlocView(b.id(), b.colour(), b.size(), members));
            }
            Projection.Window w = windows.get(i);
            slices.add(new CommunitiesSlice(w.name(), str(w.from()), str(w.to()), sizes.get(i)[0], sizes.get(i)[1],
                    parts.get(i).method(), parts.get(i).modularity(), views, ties.get(i)));
        }
        return new CommunitiesAnswer(q.labels(), q.types(), str(q.asOf()), q.maxParties() > 0 ? q.maxParties() : null,
                q.around(), slices, p.truncated(), limits.maxRelationships(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The projection of a request's windows; 404 when {@code around} names no entity. */
    Projection project(Request q, List<Projection.Window> windows) {
        return db.readTx(tx -> {
            if (q.around() != null && Projection.names(tx, List.of(q.around())).isEmpty()) {
                throw ApiProblem.notFound("No entity with id '" + q.around() + "'");
            }
            return Projection.read(tx, q.labels(), q.types(), windows, limits.maxRelationships());
        });
    }

    /**
     * Sampled betweenness sources per slice: {@link Limits#pivots()} for up to 5 slices, shared beyond (at least 40 each),
     * so 30 yearly slices cost about what 5 do; each slice says how many it used.
     */
    int pivots(int slices) {
        return slices <= 5 ? limits.pivots() : Math.max(40, limits.pivots() * 5 / slices);
    }

    /** The ties of g between the given entities (at most {@link #TIES}, heaviest first). */
    static List<Tie> ties(Graph<String, DefaultWeightedEdge> g, Set<String> among) {
        List<Tie> out = new ArrayList<>();
        for (DefaultWeightedEdge e : g.edgeSet()) {
            String a = g.getEdgeSource(e), b = g.getEdgeTarget(e);
            if (among.contains(a) && among.contains(b)) out.add(new Tie(a, b, g.getEdgeWeight(e)));
        }
        out.sort(Comparator.comparingDouble((Tie x) -> -x.weight()).thenComparing(Tie::source).thenComparing(Tie::target));
        return out.size() > TIES ? new ArrayList<>(out.subList(0, TIES)) : out;
    }

    /** All scores in rank order (highest first, ties by id). */
    static List<Map.Entry<String, Double>> ranking(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> all = new ArrayList<>(scores.entrySet());
        all.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        return all;
    }

    private static List<Map.Entry<String, Double>> top(Map<String, Double> scores, int limit) {
        List<Map.Entry<String, Double>> all = ranking(scores);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** 408 naming the timeout when the call has run longer than it. */
    void checkTime(long t0, String where) {
        checkTime(limits, t0, where);
    }

    /** 408 naming the timeout when a call started at {@code t0} has run longer than the limits allow. */
    static void checkTime(Limits limits, long t0, String where) {
        if (System.nanoTime() - t0 > limits.timeout().toNanos()) {
            throw new ApiProblem(408, "Analysis timed out", "the analysis took longer than the query timeout of "
                    + limits.timeout().toMillis() + " ms (at " + where + "); choose fewer labels, types or slices",
                    Map.of("cap", "DIPLOGRAPH_QUERY_TIMEOUT", "limit", limits.timeout().toMillis()));
        }
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
