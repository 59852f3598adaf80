package org.diplograph.load.csv;

import java.util.List;
import java.util.Map;

/**
 * The facts of one record, kept together so they are written in one transaction; {@code problems}: the facts left out
 * (with their reasons). {@code hasRelSpecs}: the file part makes relationships (a record left with none fails).
 */
record RecordFacts(SourceRecord rec, String evId, List<Map<String, Object>> nodes, List<Fact> rels, boolean hasRelSpecs,
                   List<String> problems, String quote, String rule, String version) {

    /** A relationship row with its fact key ({@code TYPE<tab>source<tab>target<tab>key}, for unloading). */
    record Fact(Map<String, Object> row, String key) {
        String source() {
            return (String) row.get("source");
        }

        String target() {
            return (String) row.get("target");
        }
    }
}
