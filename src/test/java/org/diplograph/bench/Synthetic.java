package org.diplograph.bench;

import org.diplograph.App;
import org.diplograph.load.GraphWrites;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic diplomatic graph of a given size: about 10 relationships per node, skewed degrees (a few hub states,
 * organisations and people, many leaves), dates spread over 30 years (1995-2024). Written through the loader's shared
 * batched queries ({@link GraphWrites}); every relationship carries evidence (one Evidence node per 100 relationships).
 * Relationships are kept as compact arrays and turned into rows one batch at a time.
 */
final class Synthetic {
    static final String[] NAMES = {"karimov", "rahmon", "aliyev", "petrov", "wang", "sharif", "tokayev", "mirziyoyev",
            "ivanova", "hashemi", "nazarov", "zhang", "khan", "ahmadi", "orlov", "sultanov"};
    static final String[] LABELS = {"State", "Organization", "Agreement", "Event", "Place", "Person"};
    static final String[] PREFIX = {"state:S", "org:o", "agreement:a", "event:e", "place:pl", "person:p"};
    static final String[] TYPES = {"PARTY_TO", "HOLDS_OFFICE", "MET", "ATTENDED", "HELD_IN", "VISITED", "MEMBER_OF", "LOCATED_IN"};
    static final String DOC = "doc:synthetic";

    final int[] start = new int[6];   // first global index of each label
    final int[] size = new int[6];
    final List<String> nodes = new ArrayList<>(); // only its size is used after construction (ids are computed)
    IntList src = new IntList(), dst = new IntList(), type = new IntList(), day = new IntList();
    final List<Integer> relationships = new AbstractSizeList();
    final List<Integer> evidence = new AbstractSizeList() {
        @Override
        public int size() {
            return (src.size + 99) / 100;
        }
    };
    private final int total;
    /** Nanoseconds spent in: entities, evidence, relationships, party counts, relationship transactions (with commit). */
    final long[] steps = new long[5];

    Synthetic(int n, long seed) {
        Random r = new Random(seed);
        int states = Math.min(200, Math.max(20, n / 50));
        int[] counts = {states, n * 3 / 100, n * 20 / 100, n * 15 / 100, n * 7 / 100, 0};
        counts[5] = n - counts[0] - counts[1] - counts[2] - counts[3] - counts[4];
        int at = 0;
        for (int l = 0; l < 6; l++) {
            start[l] = at;
            size[l] = counts[l];
            at += counts[l];
        }
        total = at;
        for (int i = 0; i < total; i++) nodes.add(null);
        // PARTY_TO: most agreements bilateral, a few near-universal
        for (int a = 0; a < size[2]; a++) {
            int k = r.nextDouble() < 0.6 ? 2 : 2 + (int) (Math.pow(r.nextDouble(), 4) * (states - 2));
            int d = r.nextInt(30 * 365);
            java.util.Set<Integer> ps = new java.util.HashSet<>();
            while (ps.size() < k) ps.add(skew(r, 0, states));
            for (int p : ps) add(0, p, 2, a, d + r.nextInt(400));
        }
        int persons = size[5];
        for (int p = 0; p < persons; p++) {
            if (r.nextBoolean()) {
                int tl = r.nextDouble() < 0.8 ? 0 : 1;
                add(1, 5, p, tl, skew(r, 0, size[tl]), -1);
            }
        }
        for (int i = 0; i < n * 3; i++) {
            int a = skew(r, 0, persons), b = skew(r, 0, persons);
            if (a != b) add(2, 5, Math.min(a, b), 5, Math.max(a, b), r.nextInt(30 * 365));
        }
        for (int i = 0; i < n * 2; i++) add(3, 5, skew(r, 0, persons), 3, skew(r, 0, size[3]), -1);
        for (int e = 0; e < size[3]; e++) add(4, 3, e, 4, skew(r, 0, size[4]), -1);
        for (int i = 0; i < n / 2; i++) add(5, 5, skew(r, 0, persons), 0, skew(r, 0, states), r.nextInt(30 * 365));
        for (int s = 0; s < states; s++) for (int j = 0; j < 10; j++) add(6, 0, s, 1, skew(r, 0, size[1]), -1);
        for (int p = 0; p < size[4]; p++) add(7, 4, p, 0, skew(r, 0, states), -1);
    }

    /** Skewed pick in [0, n): index 0 is the biggest hub. */
    static int skew(Random r, int from, int n) {
        return from + Math.min(n - 1, (int) (n * Math.pow(r.nextDouble(), 2.5)));
    }

    private void add(int t, int fromLabel, int from, int toLabel, int to, int d) {
        src.add(start[fromLabel] + from);
        dst.add(start[toLabel] + to);
        type.add(t);
        day.add(d);
    }

    private void add(int t, int from, int toLabel, int to, int d) { // PARTY_TO: from is a state index
        add(t, 0, from, toLabel, to, d);
    }

    int label(int g) {
        for (int l = 5; l >= 0; l--) if (g >= start[l]) return l;
        return 0;
    }

    String id(int g) {
        int l = label(g);
        return PREFIX[l] + (g - start[l]);
    }

    String anyId(Random r) {
        return id(r.nextInt(total));
    }

    String personId(Random r) {
        return id(start[5] + r.nextInt(size[5]));
    }

    String stateId(Random r) {
        return id(start[0] + skew(r, 0, size[0]));
    }

    Map<String, Object> entityRow(int g, Random r) {
        int l = label(g);
        String name = switch (l) {
            case 0 -> "State " + (g - start[l]);
            case 5 -> cap(NAMES[g % NAMES.length]) + " " + cap(NAMES[(g / 7) % NAMES.length]) + " " + (g - start[l]);
            default -> LABELS[l] + " " + NAMES[g % NAMES.length] + " " + (g - start[l]);
        };
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        if (l == 2 || l == 3) {
            LocalDate d = Bench.day(r);
            props.put("date", d.toString());
            props.put("dateFrom", d);
            props.put("dateTo", d);
        }
        if (l == 0) props.put("iso3", "S" + (g - start[l]));
        return GraphWrites.entityRow(id(g), LABELS[l], name, List.of(), props, false);
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    Map<String, Object> relationRow(int i) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        int d = day.get(i);
        if (d >= 0) {
            LocalDate date = LocalDate.of(1995, 1, 1).plusDays(d);
            props.put("date", date.toString());
            props.put("dateFrom", date);
            props.put("dateTo", date);
        }
        String t = TYPES[type.get(i)];
        String key = t.equals("MET") ? "syn" + (i % 3) : ""; // a few meetings per pair
        return GraphWrites.relationRow(t, id(src.get(i)), id(dst.get(i)), key, props, List.of("ev:syn:" + (i / 100)));
    }

    void writeEntities(App app, int batch) {
        Random r = new Random(3);
        Bench.writeTx(app, tx -> GraphWrites.document(tx, DOC, Map.of("name", "synthetic graph", "kind", "dataset")));
        for (int i = 0; i < total; i += batch) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int g = i; g < Math.min(total, i + batch); g++) rows.add(entityRow(g, r));
            long t0 = System.nanoTime();
            Bench.writeTx(app, tx -> GraphWrites.entities(tx, rows));
            steps[0] += System.nanoTime() - t0;
        }
        int evs = (src.size + 99) / 100;
        for (int i = 0; i < evs; i += batch) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int e = i; e < Math.min(evs, i + batch); e++) {
                rows.add(GraphWrites.evidenceRow("ev:syn:" + e, "synthetic rows " + (e * 100) + ".." + (e * 100 + 99), null, null,
                        "synthetic", "bench", List.of(), Map.of("dataset", "synthetic", "row", e)));
            }
            long t0 = System.nanoTime();
            Bench.writeTx(app, tx -> GraphWrites.evidence(tx, DOC, rows));
            steps[1] += System.nanoTime() - t0;
        }
    }

    /** Everything in transactions of {@code batch} rows. */
    void write(App app, int batch) {
        writeEntities(app, batch);
        for (int i = 0; i < src.size; i += batch) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int k = i; k < Math.min(src.size, i + batch); k++) rows.add(relationRow(k));
            List<String> parties = rows.stream().filter(x -> "PARTY_TO".equals(x.get("type"))).map(x -> (String) x.get("target")).distinct().toList();
            long t0 = System.nanoTime();
            Bench.writeTx(app, tx -> {
                long a = System.nanoTime();
                GraphWrites.relations(tx, rows);
                long b = System.nanoTime();
                GraphWrites.partyCounts(tx, parties);
                steps[2] += b - a;
                steps[3] += System.nanoTime() - b;
            });
            steps[4] += System.nanoTime() - t0;
        }
    }

    /** The baseline: the first n relationships, one MERGE per row, one transaction per row. */
    void writeRelationsOneByOne(App app, int n) {
        for (int k = 0; k < n; k++) {
            List<Map<String, Object>> rows = List.of(relationRow(k));
            Bench.writeTx(app, tx -> GraphWrites.relations(tx, rows));
        }
    }

    void release() {
        // keep the arrays: ids are computed from the label table, rows are no longer needed
    }

    /** A growable int array. */
    static final class IntList {
        int[] a = new int[1024];
        int size;

        void add(int v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }
    }

    /** A list that only reports a size (for the summaries). */
    class AbstractSizeList extends java.util.AbstractList<Integer> {
        @Override
        public Integer get(int i) {
            return i;
        }

        @Override
        public int size() {
            return src.size;
        }
    }
}
