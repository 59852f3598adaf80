package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.config.Config;
import org.diplograph.db.CypherFiles;

import java.util.List;
import java.util.Map;

/** Developer tool: PROFILE of the load queries against an existing store (args: store dir). */
public final class ProfileLoad {
    public static void main(String[] args) {
        Config c = Config.load(Map.of("DIPLOGRAPH_DATA", args[0], "DIPLOGRAPH_BOLT_PORT", "17698", "DIPLOGRAPH_IMPORT_SEEDS", "false"));
        try (App app = App.open(c)) {
            var db = app.database();
            List<Map<String, Object>> rels = db.read("MATCH (a:State)-[r:PARTY_TO]->(b) RETURN a.id AS s, b.id AS t, r.evidence AS ev LIMIT 5000", Map.of(),
                    r -> r.list(x -> Map.<String, Object>of("type", "PARTY_TO", "source", x.get("s").asString(), "target", x.get("t").asString(),
                            "key", "", "props", Map.of(), "evidence", x.get("ev").asList())));
            String dyn = CypherFiles.query("load-relations");
            String stat = dyn.replace("$(row.type)", "PARTY_TO");
            String noev = stat.replace(",\n    r.evidence = reduce(acc = coalesce(r.evidence, []), e IN row.evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END)", "");
            for (int i = 0; i < 4; i++) for (String q : List.of(dyn, stat, noev)) {
                long t0 = System.nanoTime();
                db.write(q, Map.of("rows", rels), r -> r.consume());
                System.out.printf("%s: %d ms%n", q == dyn ? "dynamic" : q == stat ? "static" : "static-no-evidence", (System.nanoTime() - t0) / 1_000_000);
            }
            if (args.length > 0) return;
            List<Map<String, Object>> ev = db.read("MATCH (d:Document)-[:HAS_EVIDENCE]->(e) WHERE d.id ENDS WITH 'parties.csv' RETURN d.id AS d, e LIMIT 5000", Map.of(),
                    r -> r.list(x -> Map.<String, Object>of("id", x.get("e").asNode().get("id").asString(), "quote", "q", "rule", "r", "extractorVersion", "v",
                            "nodes", List.of(), "extra", Map.of())));
            String doc = db.read("MATCH (d:Document) WHERE d.id ENDS WITH 'parties.csv' RETURN d.id AS d", Map.of(), r -> r.single().get(0).asString());
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                var sum = db.write("PROFILE " + CypherFiles.query("load-evidence"), Map.of("doc", doc, "rows", ev), r -> r.consume());
                System.out.printf("load-evidence: %d ms, db hits %d%n%s%n", (System.nanoTime() - t0) / 1_000_000, sum.profile().dbHits(), plan(sum.profile(), ""));
            }
        }
    }

    static String plan(org.neo4j.driver.summary.ProfiledPlan p, String indent) {
        StringBuilder b = new StringBuilder(indent + p.operatorType() + " rows=" + p.records() + " hits=" + p.dbHits()
                + " " + p.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString() + "\n");
        for (var c : p.children()) b.append(plan(c, indent + "  "));
        return b.toString();
    }
}
