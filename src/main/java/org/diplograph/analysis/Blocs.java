package org.diplograph.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Communities (blocs) of the slices of one analysis, with ids and colours that stay the same across slices: JGraphT's
 * {@link GreedyModularityAlgorithm} (Clauset-Newman-Moore, deterministic) up to {@code greedyUpTo} edges, its
 * {@link LabelPropagationClustering} with a fixed seed beyond. A bloc of a slice takes the id of the bloc of an earlier
 * slice it overlaps most (Jaccard of the members, at least {@link #MIN_OVERLAP}; the best pairs are matched first, each
 * id once per slice), else a new id. Blocs of one entity are left out.
 */
public final class Blocs {
    /** The least Jaccard overlap for a bloc to keep an earlier bloc's id. */
    public static final double MIN_OVERLAP = 0.3;
    /** Colours by bloc id (id 1 is the first colour), repeated beyond twelve. */
    public static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939");

    /** One bloc: stable id, colour, size, members in id order. */
    public record Bloc(int id, String colour, int size, List<String> members) {}

    /** The blocs of one slice, the method that found them and the modularity of the partition. */
    public record Partition(List<Bloc> blocs, String method, double modularity) {}

    private final int greedyUpTo;
    private final Map<Integer, Set<String>> known = new LinkedHashMap<>();
    private int next = 1;

    public Blocs(int greedyUpTo) {
        this.greedyUpTo = greedyUpTo;
    }

    /** The blocs of the next slice, matched to those of the slices before it. */
    public Partition next(Graph<String, DefaultWeightedEdge> g) {
        boolean greedy = g.edgeSet().size() <= greedyUpTo;
        List<Set<String>> clusters = List.of();
        if (!g.vertexSet().isEmpty() && greedy) {
            try {
                clusters = new GreedyModularityAlgorithm<>(g).getClustering().getClusters();
            } catch (java.util.NoSuchElementException e) {
                // JGraphT 1.5.3's greedy modularity fails on some disconnected graphs (its heap of gains runs empty);
                // such a slice is clustered by label propagation and says so
                greedy = false;
            }
        }
        if (!g.vertexSet().isEmpty() && !greedy) {
            clusters = new LabelPropagationClustering<>(g, 100, new Random(16)).getClustering().getClusters();
        }
        double modularity = clusters.isEmpty() ? 0 : new UndirectedModularityMeasurer<>(g).modularity(clusters);
        List<TreeSet<String>> sorted = new ArrayList<>();
        for (Set<String> c : clusters) if (c.size() > 1) sorted.add(new TreeSet<>(c));
        sorted.sort(Comparator.comparingInt((TreeSet<String> c) -> -c.size()).thenComparing(TreeSet::first));

        record Candidate(int cluster, int id, double jaccard) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < sorted.size(); c++) {
            for (var k : known.entrySet()) {
                double j = jaccard(sorted.get(c), k.getValue());
                if (j >= MIN_OVERLAP) candidates.add(new Candidate(c, k.getKey(), j));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate x) -> -x.jaccard()).thenComparingInt(Candidate::cluster)
                .thenComparingInt(Candidate::id));
        Map<Integer, Integer> idOf = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Candidate x : candidates) {
            if (idOf.containsKey(x.cluster()) || used.contains(x.id())) continue;
            idOf.put(x.cluster(), x.id());
            used.add(x.id());
        }
        List<Bloc> blocs = new ArrayList<>();
        for (int c = 0; c < sorted.size(); c++) {
            int id = idOf.computeIfAbsent(c, k -> next++);
            known.put(id, sorted.get(c));
            blocs.add(new Bloc(id, colour(id), sorted.get(c).size(), List.copyOf(sorted.get(c))));
        }
        return new Partition(blocs, greedy ? "greedy-modularity" : "label-propagation", modularity);
    }

    public static String colour(int id) {
        return PALETTE.get((id - 1) % PALETTE.size());
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String x : a) if (b.contains(x)) common++;
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
