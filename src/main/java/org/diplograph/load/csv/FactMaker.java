package org.diplograph.load.csv;

import org.diplograph.load.GraphWrites;
import org.diplograph.load.csv.MappingSpec.FileSpec;
import org.diplograph.load.csv.MappingSpec.NodeSpec;
import org.diplograph.load.csv.MappingSpec.RelSpec;
import org.diplograph.load.csv.MappingSpec.Target;
import org.diplograph.load.csv.RecordFacts.Fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The step from a record to its facts (nodes and relationship rows) for one file part: ids through the code tables
 * ({@link CodeResolver}), values and dates typed ({@link ValueReader}). Each fact is judged on its own: one that cannot
 * be made is left out with its reasons, the others stay.
 */
final class FactMaker {
    private final MappingSpec spec;
    private final FileSpec f;
    private final String fileName, rule, version;
    private final Map<String, Integer> skippedCodes;
    private final ValueReader values;

    FactMaker(MappingSpec spec, FileSpec f, String fileName, String rule, String version, Map<String, Integer> skippedCodes,
              ValueReader values) {
        this.spec = spec;
        this.f = f;
        this.fileName = fileName;
        this.rule = rule;
        this.version = version;
        this.skippedCodes = skippedCodes;
        this.values = values;
    }

    /** Every fact of a record, each judged on its own: a fact that cannot be made is left out with its reasons. */
    RecordFacts facts(SourceRecord rec) {
        CsvRow row = rec.cells();
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Fact> rels = new ArrayList<>();
        Set<String> problems = new LinkedHashSet<>();
        for (NodeSpec n : f.nodes()) {
            List<String> reasons = new ArrayList<>();
            List<Target> targets = attempt(reasons, () -> values.ids(n.id(), row, rec.row(), skippedCodes, "id"), List.of());
            List<String> names = n.name() == null ? List.of() : n.name().split != null ? row.list(n.name())
                    : Collections.singletonList(row.raw(n.name()));
            List<String> aliases = n.aliases() == null ? List.of() : row.list(n.aliases());
            Map<String, Object> common = new LinkedHashMap<>();
            attemptAll(reasons, () -> values.properties(n.properties(), row, common));
            attemptAll(reasons, () -> values.dates(n.date(), n.interval(), row, common, skippedCodes));
            ValueReader.clearUndeclared(common, n.properties(), n.date(), n.interval());
            if (!reasons.isEmpty()) {
                problems.addAll(reasons);
                continue;
            }
            for (int ti = 0; ti < targets.size(); ti++) {
                Target t = targets.get(ti);
                String label = t.label() != null ? t.label() : labelOf(t.id(), n.label());
                String name = names.isEmpty() ? null : names.size() == targets.size() ? names.get(ti) : names.get(0); // a split name pairs with a split id
                if (name == null || name.isBlank()) name = t.name();
                Map<String, Object> props = new LinkedHashMap<>();
                if (t.id().startsWith("state:") && CodeResolver.GAZETTEER.state(t.id()) != null) {
                    var st = CodeResolver.GAZETTEER.state(t.id());
                    props.put("iso3", st.iso3());
                    if (st.iso2() != null && !st.iso2().isBlank()) props.put("iso2", st.iso2());
                }
                props.putAll(common);
                nodes.add(GraphWrites.entityRow(t.id(), label, name, aliases, props, false));
            }
        }
        String evId = "ev:data:" + spec.dataset + "/" + fileName + "#" + rec.row() + rec.ref();
        for (RelSpec r : f.relationships()) {
            List<String> reasons = new ArrayList<>();
            List<Target> froms = attempt(reasons, () -> values.ids(r.from(), row, rec.row(), skippedCodes, "from"), List.of());
            List<Target> tos = attempt(reasons, () -> values.ids(r.to(), row, rec.row(), skippedCodes, "to"), List.of());
            String key = r.key() == null ? "" : spec.dataset + ":" + nonNull(row.raw(r.key()));
            Map<String, Object> props = new LinkedHashMap<>();
            attemptAll(reasons, () -> values.properties(r.properties(), row, props));
            attemptAll(reasons, () -> values.dates(r.date(), r.interval(), row, props, skippedCodes));
            ValueReader.clearUndeclared(props, r.properties(), r.date(), r.interval());
            if (!reasons.isEmpty()) {
                problems.addAll(reasons);
                continue;
            }
            for (Target a : froms) {
                for (Target b : tos) {
                    rels.add(new Fact(GraphWrites.relationRow(r.type(), a.id(), b.id(), key, props, List.of(evId)),
                            r.type() + "\t" + a.id() + "\t" + b.id() + "\t" + key));
                }
            }
        }
        return new RecordFacts(rec, evId, nodes, rels, !f.relationships().isEmpty(), List.copyOf(problems), quote(row), rule, version);
    }

    /** The evidence quote: the part's {@code quote:} template, or the row's cells; one line, at most 300 characters. */
    private String quote(CsvRow row) {
        String q = f.quote() != null ? row.template(f.quote(), true) : row.rendering();
        q = q.replaceAll("\\s+", " ").strip();
        return q.length() > 300 ? q.substring(0, 297) + "..." : q;
    }

    private static String labelOf(String id, String dflt) {
        int colon = id.indexOf(':');
        if (colon > 0) {
            String l = MappingSpec.PREFIX_LABELS.get(id.substring(0, colon));
            if (l != null) return l;
        }
        return dflt;
    }

    private static <T> T attempt(List<String> reasons, Supplier<T> s, T fallback) {
        try {
            return s.get();
        } catch (RowFailure e) {
            if (!reasons.contains(e.getMessage())) reasons.add(e.getMessage());
            return fallback;
        }
    }

    private static void attemptAll(List<String> reasons, Runnable r) {
        attempt(reasons, () -> {
            r.run();
            return null;
        }, null);
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
