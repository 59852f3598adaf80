package org.diplograph.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.HashMap;
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
        Map<String, Map<String, Integer>> weights = new HashMap<>();
        Map<String, List<String>> partiesOf = new HashMap<>();
        for (Projection.Rel r : rels) {
            if (maxParties > 0 && r.type().equals("PARTY_TO")) {
                partiesOf.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r.source());
            } else {
                tie(weights, r.source(), r.target(), 1);
            }
        }
        for (List<String> all : partiesOf.values()) {
            List<String> p = new ArrayList<>(new TreeSet<>(all));
            if (p.size() < 2 || p.size() > maxParties) continue;
            for (int i = 0; i < p.size(); i++) for (int j = i + 1; j < p.size(); j++) tie(weights, p.get(i), p.get(j), 1);
        }
        List<String[]> pairs = new ArrayList<>();
        TreeSet<String> vertices = new TreeSet<>();
        weights.forEach((a, m) -> m.forEach((b, w) -> {
            if (around == null || a.equals(around) || b.equals(around)) {
                pairs.add(new String[]{a, b, Integer.toString(w)});
                vertices.add(a);
                vertices.add(b);
            }
        }));
        pairs.sort(Comparator.comparing((String[] x) -> x[0]).thenComparing(x -> x[1]));
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        vertices.forEach(g::addVertex);
        for (String[] x : pairs) g.setEdgeWeight(g.addEdge(x[0], x[1]), Integer.parseInt(x[2]));
        return g;
    }

    /** Adds weight to the undirected pair (kept under its smaller id). */
    private static void tie(Map<String, Map<String, Integer>> weights, String a, String b, int w) {
        if (a.equals(b)) return;
        String x = a.compareTo(b) < 0 ? a : b, y = a.compareTo(b) < 0 ? b : a;
        weights.computeIfAbsent(x, k -> new HashMap<>()).merge(y, w, Integer::sum);
    }
}
