package org.diplograph.analysis;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Betweenness estimated from a sample of source vertices (Brandes and Pich, "Centrality estimation in large networks",
 * 2007): Brandes' accumulation from {@code pivots} sources drawn with a fixed seed, scaled by n / pivots, on an
 * undirected graph in hops, each pair counted once, i.e. the estimate of what JGraphT's exact
 * {@code BetweennessCentrality(graph, false)} gives. JGraphT 1.5.3 has no sampled betweenness; this is the only graph
 * algorithm the analysis writes itself.
 */
final class SampledBetweenness {
    private SampledBetweenness() {}

    static <E> Map<String, Double> scores(Graph<String, E> g, int pivots, long seed) {
        List<String> vertices = new ArrayList<>(g.vertexSet());
        Map<String, Double> score = new LinkedHashMap<>();
        for (String v : vertices) score.put(v, 0.0);
        int n = vertices.size();
        if (n == 0) return score;
        List<String> sources = new ArrayList<>(vertices);
        Collections.shuffle(sources, new Random(seed));
        int k = Math.min(pivots, n);
        sources = sources.subList(0, k);
        Map<String, List<String>> neighbours = new HashMap<>();
        for (String v : vertices) neighbours.put(v, Graphs.neighborListOf(g, v));
        for (String s : sources) {
            ArrayDeque<String> stack = new ArrayDeque<>();
            Map<String, List<String>> preds = new HashMap<>();
            Map<String, Double> sigma = new HashMap<>();
            Map<String, Integer> dist = new HashMap<>();
            sigma.put(s, 1.0);
            dist.put(s, 0);
            ArrayDeque<String> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                String v = queue.poll();
                stack.push(v);
                for (String w : neighbours.get(v)) {
                    if (!dist.containsKey(w)) {
                        dist.put(w, dist.get(v) + 1);
                        queue.add(w);
                    }
                    if (dist.get(w) == dist.get(v) + 1) {
                        sigma.merge(w, sigma.get(v), Double::sum);
                        preds.computeIfAbsent(w, x -> new ArrayList<>()).add(v);
                    }
                }
            }
            Map<String, Double> delta = new HashMap<>();
            while (!stack.isEmpty()) {
                String w = stack.pop();
                double dw = delta.getOrDefault(w, 0.0);
                for (String v : preds.getOrDefault(w, List.of())) {
                    delta.merge(v, sigma.get(v) / sigma.get(w) * (1 + dw), Double::sum);
                }
                if (!w.equals(s)) score.merge(w, dw, Double::sum);
            }
        }
        double scale = (double) n / k / 2.0; // each unordered pair is reached from both ends
        score.replaceAll((v, x) -> x * scale);
        return score;
    }
}
