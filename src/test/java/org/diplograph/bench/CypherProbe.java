package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.TestApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Development probe: PROFILE each query given (one per line on stdin) on an existing store; prints time, hits, plan. */
final class CypherProbe {
    public static void main(String[] args) throws Exception {
        try (App app = App.start(TestApp.testConfig(Path.of(args[0]), Map.of("DIPLOGRAPH_QUERY_TIMEOUT", "120s")))) {
            for (String q : new String(System.in.readAllBytes()).split("\n;;\n")) {
                if (q.isBlank()) continue;
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    var sum = app.database().read("PROFILE " + q, Map.of(), r -> r.consume());
                    System.out.printf("run %d: %.1f ms, %d db hits%n", i, (System.nanoTime() - t0) / 1e6, Explain.total(sum.profile()));
                    if (i == 2) ScaleProbe.print(sum.profile(), "  ");
                }
                for (int i = 0; i < 20; i++) app.database().read(q, Map.of(), r -> r.list());
                long t0 = System.nanoTime();
                for (int i = 0; i < 50; i++) app.database().read(q, Map.of(), r -> r.list());
                System.out.printf("plain: %.2f ms each%n%n", (System.nanoTime() - t0) / 50e6);
            }
        }
    }
}
