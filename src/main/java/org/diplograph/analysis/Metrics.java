package org.diplograph.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The centrality metrics of one graph ({@link Network}), computed by JGraphT:
 * <ul>
 *   <li>{@code degree}: the number of relationships of an entity (its weighted degree: ties of a fold count the
 *       agreements behind them);</li>
 *   <li>{@code betweenness}: the number of shortest paths (in hops, weights ignored) between other pairs that pass through
 *       it, each pair counted once (not normalised), exact ({@link BetweennessCentrality}) up to {@code exactUpTo}
 *       vertices, estimated from {@code pivots} sources beyond ({@link SampledBetweenness});</li>
 *   <li>{@code pagerank}: JGraphT's {@link PageRank} (damping 0.85, weighted), summing to 1.</li>
 * </ul>
 */
public final class Metrics {
    /** The metrics an analysis can ask for. */
    public static final List<String> NAMES = List.of("degree", "betweenness", "pagerank");

    private Metrics() {}

    /** The scores of one metric and how they were computed ({@code exact}, or {@code sampled} with its pivots). */
    public record Scores(Map<String, Double> values, String method, Integer pivots) {}

    public static Scores compute(Graph<String, DefaultWeightedEdge> g, String metric, int exactUpTo, int pivots, long seed) {
        return compute(g, metric, exactUpTo, pivots, seed, (done, all) -> {});
    }

    /**
     * As above; a sampled betweenness tells {@code beforeSource} before each of its sources, so a caller can stop a long
     * one (by throwing) between two sources rather than after the whole slice.
     */
    public static Scores compute(Graph<String, DefaultWeightedEdge> g, String metric, int exactUpTo, int pivots, long seed,
                                 AnalysisService.Progress beforeSource) {
        return switch (metric) {
            case "degree" -> {
                Map<String, Double> out = new LinkedHashMap<>();
                for (String v : g.vertexSet()) {
                    double d = 0;
                    for (DefaultWeightedEdge e : g.edgesOf(v)) d += g.getEdgeWeight(e);
                    out.put(v, d);
                }
                yield new Scores(out, "exact", null);
            }
            case "betweenness" -> {
                Graph<String, DefaultWeightedEdge> hops = new AsUnweightedGraph<>(g);
                if (g.vertexSet().size() <= exactUpTo) {
                    yield new Scores(new LinkedHashMap<>(new BetweennessCentrality<>(hops, false).getScores()), "exact", null);
                }
                yield new Scores(SampledBetweenness.scores(hops, pivots, seed, beforeSource), "sampled", Math.min(pivots, g.vertexSet().size()));
            }
            case "pagerank" -> new Scores(g.vertexSet().isEmpty() ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(new PageRank<>(g, PageRank.DAMPING_FACTOR_DEFAULT).getScores()), "exact", null);
            default -> throw new IllegalArgumentException("metric must be one of " + NAMES);
        };
    }
}
