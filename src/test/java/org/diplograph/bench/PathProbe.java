package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.config.Config;
import org.diplograph.db.CypherFiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Developer tool: times the via=agreements path query on a store holding the treaty data (arg: store dir). */
public final class PathProbe {
    public static void main(String[] args) {
        Config c = Config.load(Map.of("DIPLOGRAPH_DATA", args[0], "DIPLOGRAPH_BOLT_PORT", "17697", "DIPLOGRAPH_IMPORT_SEEDS", "false",
                "DIPLOGRAPH_QUERY_TIMEOUT", "60s"));
        try (App app = App.open(c)) {
            Map<String, Object> p = new HashMap<>();
            p.put("from", "state:TJK");
            p.put("to", "state:RUS");
            p.put("datedTypes", List.of("PARTY_TO", "SIGNED", "MET", "VISITED"));
            p.put("cap", 501);
            String q = CypherFiles.query("paths-shortest").replace("__TYPES__", "PARTY_TO").replace("__MAXHOPS__", "6");
            for (Object asOf : new Object[]{null, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1)}) {
                p.put("asOf", asOf);
                long t0 = System.nanoTime();
                try {
                    var sum = app.database().read("PROFILE " + q, p, r -> { int n = r.list().size(); System.out.println("paths " + n); return r.consume(); });
                    System.out.printf("asOf=%s: %d ms, dbHits %d, ops %s%n", asOf, (System.nanoTime() - t0) / 1_000_000, Explain.total(sum.profile()),
                            ops(sum.profile()));
                } catch (RuntimeException e) {
                    System.out.printf("asOf=%s: FAILED after %d ms: %s%n", asOf, (System.nanoTime() - t0) / 1_000_000, e.getMessage());
                }
            }
        }
    }

    static String ops(org.neo4j.driver.summary.ProfiledPlan p) {
        StringBuilder b = new StringBuilder(p.operatorType().replace("@neo4j", ""));
        for (var c : p.children()) b.append(" <- ").append(ops(c));
        return b.toString();
    }
}
