package org.diplograph.graph;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full-text search over names and aliases ({@code entity_names}), with prefix and fuzzy matching. The user's text
 * never reaches Lucene's parser as is: it is folded (case, accents), split into letter/digit terms, and each term is
 * escaped before it is combined as {@code (term^4 OR term*^2 OR term~N)}; all terms must match.
 */
public final class SearchService {
    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    /** The matches, best first, and the time the search took. */
    public record Answer(List<Match> results, long elapsedMs) {}

    /** One matching entity: its id, model label, name, aliases and Lucene score. */
    public record Match(String id, String label, String name, List<String> aliases, double score) {}

    /** Matches ranked best first: {@code {results:[{id,label,name,aliases,score}], elapsedMs}}. */
    public Answer search(String q, List<String> labels, int limit) {
        long t0 = System.nanoTime();
        String lucene = luceneQuery(q);
        List<Match> results = new ArrayList<>();
        if (lucene != null) {
            Map<String, Object> params = new HashMap<>();
            params.put("lucene", lucene);
            params.put("labels", labels == null || labels.isEmpty() ? null : labels);
            params.put("limit", limit);
            params.put("candidates", Math.max(limit * 5, 50));
            db.read(CypherFiles.query("search"), params, r -> {
                r.forEachRemaining(rec -> {
                    var n = rec.get("node").asNode();
                    results.add(new Match(Elements.modelId(n), Elements.primaryLabel(n), n.get("name").asString(Elements.modelId(n)),
                            n.get("aliases").isNull() ? List.of() : n.get("aliases").asList(v -> v.asString()),
                            rec.get("score").asDouble()));
                });
                return null;
            });
        }
        return new Answer(results, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The Lucene query for user text, or null when it holds no searchable term. */
    public static String luceneQuery(String q) {
        List<String> terms = terms(q);
        if (terms.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        for (String t : terms) {
            String e = escape(t);
            StringBuilder b = new StringBuilder("(").append(e).append("^4 OR ").append(e).append("*^2");
            if (t.length() >= 4) b.append(" OR ").append(e).append(t.length() >= 7 ? "~2" : "~1");
            parts.add(b.append(")").toString());
        }
        return String.join(" AND ", parts);
    }

    /** Case- and accent-folded letter/digit terms of the text (at most 8). */
    static List<String> terms(String q) {
        String folded = Normalizer.normalize(q == null ? "" : q, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty() && out.size() < 8) out.add(t);
        }
        return out;
    }

    /** Escapes Lucene's special characters (and the operator words) in one term. */
    static String escape(String term) {
        StringBuilder b = new StringBuilder();
        for (char c : term.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        String s = b.toString();
        return switch (s) {
            case "AND", "OR", "NOT", "TO" -> s.toLowerCase(Locale.ROOT);
            default -> s;
        };
    }
}
