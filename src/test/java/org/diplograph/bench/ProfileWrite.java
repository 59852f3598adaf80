package org.diplograph.bench;

import org.diplograph.App;

import java.util.Arrays;
import java.util.Map;

/** Developer tool: times the synthetic graph's whole write, step by step, a few times over (the first is the warm-up). */
public final class ProfileWrite {
    public static void main(String[] args) throws Exception {
        Synthetic g = new Synthetic(Integer.getInteger("nodes", 5_000), 42);
        int batch = Integer.getInteger("batch", 10_000);
        try (App app = Bench.openApp("profilewrite")) {
            for (int i = 0; i < Integer.getInteger("iters", 3); i++) {
                Bench.clean(app);
                Arrays.fill(g.steps, 0);
                long t0 = System.nanoTime(), c0 = Bench.cpuNanos();
                g.write(app, batch);
                double s = (System.nanoTime() - t0) / 1e9, cpu = (Bench.cpuNanos() - c0) / 1e9;
                System.out.printf("run %d: %.2f s, %.0f rel/s, process CPU %.2f s (%.0f rel per CPU s); steps ms: entities %d, evidence %d, relations %d, partyCounts %d, rel tx %d%n",
                        i, s, g.relationships.size() / s, cpu, g.relationships.size() / cpu, g.steps[0] / 1_000_000, g.steps[1] / 1_000_000, g.steps[2] / 1_000_000,
                        g.steps[3] / 1_000_000, g.steps[4] / 1_000_000);
            }
        }
    }
}
