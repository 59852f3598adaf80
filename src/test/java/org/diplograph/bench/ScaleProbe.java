package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.TestApp;
import org.diplograph.graph.NeighborhoodService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A development probe (not part of {@code bench/run.sh}): keeps a synthetic store of a given size in a folder, loading
 * it only the first time, and prints the query latencies of the scale section on it. For iterating on query plans
 * without reloading 10M relationships: {@code ScaleProbe <storeDir> <nodes> [reps]}.
 */
final class ScaleProbe {
    private ScaleProbe() {}

    /** Parameters of neighborhood-expand for one entity, without filters. */
    static Map<String, Object> expandParams(String id, int perNode) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("frontier", java.util.List.of(id));
        p.put("seen", java.util.List.of(id));
        for (String k : java.util.List.of("types", "labels", "from", "to")) p.put(k, null);
        p.put("perNode", perNode);
        return p;
    }

    static java.util.List<String> neighbours(App app, Map<String, Object> expandParams) {
        return app.database().read(org.diplograph.db.CypherFiles.query("neighborhood-expand"), expandParams,
                x -> x.list().stream().flatMap(rec -> rec.get("ids").asList(org.neo4j.driver.Value::asString).stream()).toList());
    }

    static void plan(App app, String file, Map<String, Object> p) {
        long t0 = System.nanoTime();
        String q = file.contains(" ") ? file : org.diplograph.db.CypherFiles.query(file);
        var sum = app.database().read("PROFILE " + q, p, x -> x.consume());
        System.out.printf("%s: %.1f ms, %d db hits%n", file.contains(" ") ? "edges" : file, (System.nanoTime() - t0) / 1e6, Explain.total(sum.profile()));
        print(sum.profile(), "  ");
    }

    static void print(org.neo4j.driver.summary.ProfiledPlan p, String indent) {
        String details = p.arguments().containsKey("Details") ? p.arguments().get("Details").asString() : "";
        System.out.printf("%s%s rows=%d hits=%d %s%n", indent, p.operatorType().replace("@neo4j", ""), p.records(), p.dbHits(),
                details.length() > 120 ? details.substring(0, 120) : details);
        for (var c : p.children()) print(c, indent + "  ");
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path marker = store.resolve("synthetic-" + nodes + ".loaded");
        Files.createDirectories(store);
        Synthetic g = new Synthetic(nodes, 7);
        try (App app = App.start(TestApp.testConfig(store, Map.of("DIPLOGRAPH_QUERY_TIMEOUT", "120s")))) {
            if (!Files.exists(marker)) {
                long t0 = System.nanoTime();
                g.write(app, 10_000);
                System.err.printf("loaded %d relationships in %.1f s%n", g.relationships.size(), (System.nanoTime() - t0) / 1e9);
                Files.writeString(marker, "ok");
            }
            g.release();
            String base = "http://localhost:" + app.port();
            Random r = new Random(1);
            int warm = 50;
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("neighbourhood1", Bench.latency(() -> base + "/api/entities/" + g.anyId(r) + "/neighborhood?depth=1", warm, reps));
            NeighborhoodService ns = new NeighborhoodService(app.database(), app.config().maxExpand());
            q.put("neighbourhood1-service", Bench.timed(() -> ns.neighborhood(new NeighborhoodService.Request(g.anyId(r), 1, null, null,
                    null, null, app.config().maxNodes())), warm, reps));
            q.put("neighbourhood2", Bench.latency(() -> base + "/api/entities/" + g.anyId(r) + "/neighborhood?depth=2", warm, reps));
            q.put("shortestPath", Bench.latency(() -> {
                String a = g.personId(r), b;
                do b = g.personId(r); while (b.equals(a));
                return base + "/api/paths?from=" + a + "&to=" + b + "&via=any&mode=shortest&maxHops=4";
            }, warm, reps));
            q.put("pathViaAgreements", Bench.latency(() -> {
                String a = g.stateId(r), b;
                do b = g.stateId(r); while (b.equals(a));
                return base + "/api/paths?from=" + a + "&to=" + b + "&via=agreements&asOf=2015-01-01&mode=shortest&k=5";
            }, warm, reps));
            q.put("health", Bench.latency(() -> base + "/api/health/live", warm, reps));
            q.put("driver RETURN 1", Bench.timed(() -> app.database().read("RETURN 1", Map.of(), res -> res.single().get(0).asInt()), warm, reps));
            q.forEach((k, v) -> System.out.println(k + " " + v));
            // path requests: the candidate query alone vs the whole service, per pair
            var ps = new org.diplograph.graph.PathService(app.database());
            String shortest = org.diplograph.db.CypherFiles.query("paths-shortest").replace("__MAXHOPS__", "4")
                    .replace("__TYPES__", String.join("|", org.diplograph.graph.PathService.VIA.get("any")));
            for (int i = 0; i < 12; i++) {
                String a = g.personId(r), b;
                do b = g.personId(r); while (b.equals(a));
                Map<String, Object> pp = new java.util.HashMap<>();
                pp.put("from", a);
                pp.put("to", b);
                pp.put("asOf", null);
                pp.put("datedTypes", java.util.List.of("PARTY_TO", "SIGNED", "MET", "VISITED"));
                pp.put("cap", 501);
                long t0 = System.nanoTime();
                int n = app.database().read(shortest, pp, x -> x.list().size());
                long t1 = System.nanoTime();
                var out = ps.paths(new org.diplograph.graph.PathService.Request(a, b, "any", "shortest", null, 4, null));
                long t2 = System.nanoTime();
                System.out.printf("path %s-%s: %d candidates in %.1f ms; service %.1f ms (%s candidates)%n", a, b, n,
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, out.candidates());
            }
            // the slowest depth-1 neighbourhoods, each with the PROFILE of its two queries
            java.util.List<double[]> slow = new java.util.ArrayList<>();
            java.util.List<String> sample = new java.util.ArrayList<>();
            for (int i = 0; i < reps; i++) sample.add(g.anyId(r));
            for (int i = 0; i < sample.size(); i++) {
                String id = sample.get(i);
                long t0 = System.nanoTime();
                ns.neighborhood(new NeighborhoodService.Request(id, 1, null, null, null, null, app.config().maxNodes()));
                slow.add(new double[]{(System.nanoTime() - t0) / 1e6, i});
            }
            slow.sort((x, y) -> Double.compare(y[0], x[0]));
            // a median node: each query on its own, repeated
            String mid = sample.get((int) slow.get(slow.size() / 2)[1]);
            Map<String, Object> mp = expandParams(mid, app.config().maxExpand() + 1);
            var mids = neighbours(app, mp);
            System.out.println("median node " + mid + " with " + mids.size() + " neighbours");
            System.out.println(" expand " + Bench.timed(() -> app.database().read(org.diplograph.db.CypherFiles.query("neighborhood-expand"), mp, x -> x.list()), 20, 100));
            java.util.List<String> mall = new java.util.ArrayList<>(java.util.List.of(mid));
            mall.addAll(mids);
            mp.put("ids", mall);
            mp.put("cap", 6001);
            mp.put("dense", NeighborhoodService.DENSE);
            mp.put("budget", NeighborhoodService.HUB_PAIR_BUDGET);
            System.out.println(" edges " + Bench.timed(() -> app.database().read(NeighborhoodService.EDGES, mp, x -> x.list()), 20, 100));
            System.out.println(" service " + Bench.timed(() -> ns.neighborhood(new NeighborhoodService.Request(mid, 1, null, null, null, null, 300)), 20, 100));
            System.out.println(" http " + Bench.latency(() -> base + "/api/entities/" + mid + "/neighborhood?depth=1", 20, 100));
            var drv = app.database().driver();
            var scfg = app.database().sessionConfig(org.neo4j.driver.AccessMode.READ);
            System.out.println(" RETURN 1 executeRead " + Bench.timed(() -> { try (var se = drv.session(scfg)) { return se.executeRead(tx -> tx.run("RETURN 1").list()); } }, 50, 300));
            System.out.println(" RETURN 1 auto-commit " + Bench.timed(() -> { try (var se = drv.session(scfg)) { return se.run("RETURN 1").list(); } }, 50, 300));
            System.out.println(" RETURN 1 executableQuery " + Bench.timed(() -> drv.executableQuery("RETURN 1").withConfig(org.neo4j.driver.QueryConfig.builder().withRouting(org.neo4j.driver.RoutingControl.READ).build()).execute().records(), 50, 300));
            System.out.println(" RETURN 1 executeRead again " + Bench.timed(() -> { try (var se = drv.session(scfg)) { return se.executeRead(tx -> tx.run("RETURN 1").list()); } }, 50, 300));
            System.out.println(" entity-node " + Bench.timed(() -> app.database().read(org.diplograph.db.CypherFiles.query("entity-node"), Map.of("id", mid), x -> x.list()), 20, 100));
            for (double[] s : slow.subList(0, 3)) {
                String id = sample.get((int) s[1]);
                System.out.printf("%n%s %.1f ms, degree %s%n", id, s[0], app.database().read(
                        "MATCH (n:Entity {id: $id}) RETURN COUNT { (n)--() } AS d", Map.of("id", id), x -> x.single().get(0)));
                Map<String, Object> p = expandParams(id, app.config().maxExpand() + 1);
                var ids = neighbours(app, p);
                plan(app, "neighborhood-expand", p);
                java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(id));
                all.addAll(ids);
                p.put("ids", all);
                p.put("cap", 6001);
                p.put("dense", 100);
                p.put("dense", NeighborhoodService.DENSE);
                p.put("budget", NeighborhoodService.HUB_PAIR_BUDGET);
                plan(app, NeighborhoodService.EDGES, p);
            }

        }
    }
}
