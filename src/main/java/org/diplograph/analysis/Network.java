package org.diplograph.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JGraphT graph of one slice: undirected (a MET is read both ways, and a party and its agreement tie each other),
 * one edge per pair of entities weighted by the number of relationships between them, vertices and edges added in id
 * order so every algorithm sees the same graph for the same data. Self-loops are dropped.
 * <p>
 * {@code fold} reads agreements as ties: the parties of an agreement with at most {@code maxParties} parties are tied
 * to each other (weight: the number of such agreements they share), its PARTY_TO relationships replaced by those ties;
 * agreements with more parties are left out. {@code around} keeps only the ties of one entity (its ego star).
 */
public final class Network {
    private Network() {}

    /**
     * Builds the graph of the given relationships.
     *
     * @param maxParties when positive, fold agreements with at most that many parties into ties between their parties
     * @param around     when not null, keep only the edges that touch this entity
     */
    public static Graph<String, DefaultWeightedEdge> of(List<Projection.Rel> rels, int maxParties, String around) {
        TreeMap<String, TreeMap<String, Integer>> weights = new TreeMap<>();
        Map<String, TreeSet<String>> partiesOf = new TreeMap<>();
        for (Projection.Rel r : rels) {
            if (maxParties > 0 && r.type().equals("PARTY_TO")) {
                partiesOf.computeIfAbsent(r.target(), k -> new TreeSet<>()).add(r.source());
            } else {
                tie(weights, r.source(), r.target(), 1);
            }
        }
        for (TreeSet<String> parties : partiesOf.values()) {
            if (parties.size() < 2 || parties.size() > maxParties) continue;
            List<String> p = new ArrayList<>(parties);
            for (int i = 0; i < p.size(); i++) for (int j = i + 1; j < p.size(); j++) tie(weights, p.get(i), p.get(j), 1);
        }
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        TreeSet<String> vertices = new TreeSet<>();
        weights.forEach((a, m) -> m.forEach((b, w) -> {
            if (around == null || a.equals(around) || b.equals(around)) {
                vertices.add(a);
                vertices.add(b);
            }
        }));
        vertices.forEach(g::addVertex);
        weights.forEach((a, m) -> m.forEach((b, w) -> {
            if (vertices.contains(a) && vertices.contains(b) && (around == null || a.equals(around) || b.equals(around))) {
                DefaultWeightedEdge e = g.addEdge(a, b);
                g.setEdgeWeight(e, w);
            }
        }));
        return g;
    }

    /** Adds weight to the undirected pair (kept under its smaller id). */
    private static void tie(TreeMap<String, TreeMap<String, Integer>> weights, String a, String b, int w) {
        if (a.equals(b)) return;
        String x = a.compareTo(b) < 0 ? a : b, y = a.compareTo(b) < 0 ? b : a;
        weights.computeIfAbsent(x, k -> new TreeMap<>()).merge(y, w, Integer::sum);
    }
}
