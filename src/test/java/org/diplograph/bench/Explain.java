package org.diplograph.bench;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.summary.ProfiledPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PROFILE of the query branch's Cypher at scale: operators used, db hits, time; flags unbounded or scan-heavy plans. */
final class Explain {
    private Explain() {}

    static Map<String, Object> run(Database db, String stateA, String stateB, String anyId) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> pathParams = new LinkedHashMap<>();
        pathParams.put("from", stateA);
        pathParams.put("to", stateB);
        pathParams.put("asOf", LocalDate.of(2015, 1, 1));
        pathParams.put("datedTypes", List.of("PARTY_TO", "SIGNED", "MET", "VISITED"));
        pathParams.put("cap", 501);
        String shortest = CypherFiles.query("paths-shortest").replace("__MAXHOPS__", "6");
        out.put("paths-shortest via=agreements", profile(db, shortest.replace("__TYPES__", "PARTY_TO"), pathParams));
        out.put("paths-all (SHORTEST 501) via=agreements maxHops=6", profile(db, CypherFiles.query("paths-all").replace("__MAXHOPS__", "6")
                .replace("__TYPES__", "PARTY_TO").replace("__K__", "501"), pathParams));
        for (String id : List.of(stateA, anyId)) {
            Map<String, Object> n = new java.util.HashMap<>();
            n.put("id", id);
            n.put("keep", 100);
            n.put("types", org.diplograph.graph.NeighborhoodService.TYPES);
            n.put("labels", org.diplograph.facts.Labels.ENTITY_LABELS);
            n.put("from", LocalDate.of(1, 1, 1));
            n.put("to", LocalDate.of(9999, 12, 31));
            n.put("cap", 6001);
            n.put("dense", org.diplograph.graph.NeighborhoodService.DENSE);
            n.put("budget", org.diplograph.graph.NeighborhoodService.HUB_PAIR_BUDGET);
            out.put("neighborhood depth 1 (" + (id.equals(stateA) ? "hub state" : "random entity") + ")",
                    profile(db, org.diplograph.graph.NeighborhoodService.ONE, n));
        }
        return out;
    }

    static Map<String, Object> profile(Database db, String cypher, Map<String, Object> params) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            long t0 = System.nanoTime();
            var sum = db.read("PROFILE " + cypher, params, r -> r.consume());
            m.put("ms", (System.nanoTime() - t0) / 1_000_000);
            Set<String> ops = new LinkedHashSet<>();
            List<String> notes = new ArrayList<>();
            walk(sum.profile(), ops, notes);
            m.put("dbHits", total(sum.profile()));
            m.put("rows", sum.profile().records());
            m.put("operators", List.copyOf(ops));
            m.put("flags", notes);
        } catch (RuntimeException e) {
            m.put("error", e.getMessage());
        }
        return m;
    }

    static long total(ProfiledPlan p) {
        long s = p.dbHits();
        for (var c : p.children()) s += total(c);
        return s;
    }

    static void walk(ProfiledPlan p, Set<String> ops, List<String> notes) {
        String op = p.operatorType().replace("@neo4j", "");
        ops.add(op);
        String details = p.arguments().containsKey("Details") ? p.arguments().get("Details").asString() : "";
        if (op.contains("AllNodesScan") || op.contains("NodeByLabelScan")) notes.add("scan: " + op + " " + details);
        if (op.contains("VarLengthExpand") && details.matches(".*\\*\\.\\.\\]?.*|.*\\*\\]")) notes.add("unbounded: " + details);
        if (details.contains("fallback") || op.contains("Exhaustive")) notes.add("exhaustive shortest-path fallback: " + details);
        for (var c : p.children()) walk(c, ops, notes);
    }
}
