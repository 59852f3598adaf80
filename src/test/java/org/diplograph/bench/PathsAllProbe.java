package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.config.Config;
import org.diplograph.db.CypherFiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Developer tool: times paths-all (mode=all|k) on a store holding the treaty data (arg: store dir). */
public final class PathsAllProbe {
    public static void main(String[] args) {
        Config c = Config.load(Map.of("DIPLOGRAPH_DATA", args[0], "DIPLOGRAPH_BOLT_PORT", "17699", "DIPLOGRAPH_IMPORT_SEEDS", "false",
                "DIPLOGRAPH_QUERY_TIMEOUT", "60s"));
        try (App app = App.open(c)) {
            Map<String, Object> p = new HashMap<>();
            p.put("from", args.length > 1 ? args[1] : "state:TJK");
            p.put("to", args.length > 2 ? args[2] : "state:RUS");
            p.put("datedTypes", List.of("PARTY_TO", "SIGNED", "MET", "VISITED"));
            p.put("cap", 501);
            String q = CypherFiles.query("paths-all").replace("__TYPES__", "PARTY_TO").replace("__MAXHOPS__", "6").replace("__K__", "501");
            for (Object asOf : new Object[]{null, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1), LocalDate.of(1950, 1, 1)}) {
                p.put("asOf", asOf);
                long t0 = System.nanoTime();
                var sum = app.database().read("PROFILE " + q, p, r -> {
                    var l = r.list(x -> x.get("p").asPath().length());
                    System.out.println("paths " + l.size() + " lengths " + new java.util.TreeMap<>(l.stream().collect(
                            java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()))));
                    return r.consume();
                });
                System.out.printf("asOf=%s: %d ms, dbHits %d%n%s", asOf, (System.nanoTime() - t0) / 1_000_000, Explain.total(sum.profile()),
                        asOf == null ? ProfileLoad.plan(sum.profile(), "") : "");
            }
        }
    }
}
