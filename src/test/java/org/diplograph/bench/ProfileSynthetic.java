package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.db.CypherFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Developer tool: times and PROFILEs relationship load variants on the synthetic graph (5,000 nodes) in a fresh store.
 * Args: files of Cypher, each run per relationship type group ({@code TYPE} in the text replaced by the allow-listed type).
 */
public final class ProfileSynthetic {
    public static void main(String[] args) throws Exception {
        Synthetic g = new Synthetic(5_000, 42);
        int n = Integer.getInteger("rows", 10_000);
        try (App app = Bench.openApp("profile")) {
            g.writeEntities(app, 10_000);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int k = 0; k < n; k++) rows.add(g.relationRow(k));
            Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
            for (var r : rows) byType.computeIfAbsent((String) r.get("type"), t -> new ArrayList<>()).add(r);
            List<String[]> qs = new ArrayList<>();
            qs.add(new String[]{"current", CypherFiles.query("load-relations")});
            for (String a : args) qs.add(new String[]{a, Files.readString(Path.of(a))});
            for (int i = 0; i < Integer.getInteger("iters", 4); i++) {
                for (String[] q : qs) {
                    app.database().autoCommit("MATCH ()-[r]->() WHERE NOT r:HAS_EVIDENCE DELETE r", Map.of());
                    boolean prof = i == Integer.getInteger("iters", 4) - 1 && Boolean.getBoolean("profile");
                    long t0 = System.nanoTime();
                    long[] tStmt = {0};
                    if (!q[1].contains("TYPE") && !q[1].contains("$type")) {
                        var sum = app.database().write((prof ? "PROFILE " : "") + q[1], Map.of("rows", rows), r -> r.consume());
                        if (sum.hasProfile()) System.out.println(ProfileLoad.plan(sum.profile(), ""));
                    } else {
                        List<org.neo4j.driver.summary.ResultSummary> sums = app.database().inSession(org.neo4j.driver.AccessMode.WRITE, s -> s.executeWrite(tx -> {
                            List<org.neo4j.driver.summary.ResultSummary> out = new ArrayList<>();
                            for (var e : byType.entrySet()) { long tt = System.nanoTime(); out.add(tx.run((prof ? "PROFILE " : "") + q[1].replace("TYPE", e.getKey()), Map.of("rows", e.getValue(), "type", e.getKey())).consume()); System.out.printf("  %s %d rows %d ms%n", e.getKey(), e.getValue().size(), (System.nanoTime() - tt) / 1_000_000); }
                            tStmt[0] = System.nanoTime();
                            return out;
                        }));
                        System.out.printf("  commit %d ms%n", (System.nanoTime() - tStmt[0]) / 1_000_000);
                        for (var sum : sums) if (sum.hasProfile()) System.out.println(ProfileLoad.plan(sum.profile(), ""));
                    }
                    long c = app.database().read("MATCH ()-[r]->() WHERE NOT r:HAS_EVIDENCE RETURN count(r)", Map.of(), r -> r.single().get(0).asLong());
                    System.out.printf("%s %d rows: %d ms (%d rels)%n", q[0], rows.size(), (System.nanoTime() - t0) / 1_000_000, c);
                }
            }
        }
    }
}
