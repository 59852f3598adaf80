package org.diplograph.analysis;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

import java.util.ArrayList;
import java.util.Arrays;
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
        return scores(g, pivots, seed, (done, all) -> {});
    }

    /** As above, telling {@code beforeSource} (which may stop it by throwing) before each source: 0 of k, 1 of k ... */
    static <E> Map<String, Double> scores(Graph<String, E> g, int pivots, long seed, AnalysisService.Progress beforeSource) {
        List<String> vertices = new ArrayList<>(g.vertexSet());
        int n = vertices.size();
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < n; v++) index.put(vertices.get(v), v);
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            List<String> nb = Graphs.neighborListOf(g, vertices.get(v));
            adj[v] = new int[nb.size()];
            for (int k = 0; k < nb.size(); k++) adj[v][k] = index.get(nb.get(k));
        }
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < n; v++) order.add(v);
        Collections.shuffle(order, new Random(seed));
        int k = Math.min(pivots, n);
        double[] score = new double[n], sigma = new double[n], delta = new double[n];
        int[] dist = new int[n], stack = new int[n], queue = new int[n];
        for (int p = 0; p < k; p++) {
            beforeSource.slices(p, k);
            int s = order.get(p);
            Arrays.fill(dist, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            sigma[s] = 1;
            dist[s] = 0;
            int head = 0, tail = 0, top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : adj[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            while (top > 0) { // predecessors of w are its neighbours one hop closer to s
                int w = stack[--top];
                for (int v : adj[w]) {
                    if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) score[w] += delta[w];
            }
        }
        double scale = k == 0 ? 0 : (double) n / k / 2.0; // each unordered pair is reached from both ends
        Map<String, Double> out = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) out.put(vertices.get(v), score[v] * scale);
        return out;
    }
}
