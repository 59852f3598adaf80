package org.diplograph.graph;

import org.diplograph.db.CypherFiles;

import java.time.LocalDate;
import java.util.Map;

/**
 * The one validity rule of relationships ({@code cypher/queries/valid-in-window.cypher}), written into every query that
 * filters by time in place of {@code __VALID__}: paths with {@code asOf}, the neighbourhood and the timeline with
 * {@code from}/{@code to}. The window is given as {@code $windowFrom}/{@code $windowTo}; {@code asOf} is a window of one day.
 */
public final class Validity {
    private static final String RULE = "(" + CypherFiles.query("valid-in-window") + ")";

    private Validity() {}

    /** The query {@code name} with the rule in place of {@code __VALID__}. */
    public static String query(String name) {
        return apply(CypherFiles.query(name));
    }

    /** Cypher with the rule in place of {@code __VALID__} (which it must use: a time filter without the rule is a bug). */
    public static String apply(String cypher) {
        if (!cypher.contains("__VALID__")) throw new IllegalStateException("a time-filtered query without __VALID__: " + cypher);
        return cypher.replace("__VALID__", RULE);
    }

    /**
     * Cypher with the rule in place of {@code __VALID__}, judged against window {@code index} of the list parameter
     * {@code windows} (maps {@code {from, to}}) instead of {@code $windowFrom}/{@code $windowTo}: the analysis tells in
     * one query in which of several windows (yearly slices) each relationship is valid. Same rule, other bounds.
     */
    public static String applyEach(String cypher, String windows, String index) {
        return apply(cypher).replace("$windowFrom", "$" + windows + "[" + index + "].from")
                .replace("$windowTo", "$" + windows + "[" + index + "].to");
    }

    /** Puts the window's bounds (either may be null: open) into the query parameters. */
    public static Map<String, Object> window(Map<String, Object> params, LocalDate from, LocalDate to) {
        params.put("windowFrom", from);
        params.put("windowTo", to);
        return params;
    }
}
