package org.diplograph.console;

import org.diplograph.api.ApiProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The console's textual guard, applied before anything reaches Neo4j. Comments, string literals and quoted
 * identifiers are blanked first (so neither hides nor fakes a keyword), every Unicode space counts as a space, and
 * then it refuses: more than one statement, {@code LOAD CSV}, {@code SHOW}, {@code TERMINATE}, {@code USE},
 * administration commands, {@code EXPLAIN}/{@code PROFILE}, {@code CALL ... IN TRANSACTIONS}, and {@code CALL} of any
 * procedure not on the allow-list. Writes are not looked for here: the pre-flight {@code EXPLAIN} and the READ session
 * stop them.
 */
public final class CypherGuard {
    /** Procedures the console may call (lower case). */
    public static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships");
    /** Clause keywords refused wherever they stand as a keyword. */
    private static final List<String> FORBIDDEN = List.of("SHOW", "TERMINATE", "USE", "GRANT", "REVOKE", "DENY", "ALTER",
            "DROP", "EXPLAIN", "PROFILE", "DEALLOCATE", "REALLOCATE", "ENABLE", "DRYRUN");
    static final int MAX_LENGTH = 20_000;

    private CypherGuard() {}

    /** The query to run (a trailing {@code ;} removed), or a 400 {@link ApiProblem} naming what is refused. */
    public static String check(String query) {
        if (query == null || query.isBlank()) throw forbidden("the query is empty", null);
        if (query.length() > MAX_LENGTH) throw forbidden("the query is longer than " + MAX_LENGTH + " characters", null);
        Stripped s = strip(query);
        String code = s.code.toString();
        // one statement: a ';' may only be followed by blanks
        int semi = code.indexOf(';');
        String run = query;
        if (semi >= 0) {
            if (!code.substring(semi + 1).isBlank()) throw forbidden("only one statement is allowed (found ';' followed by more)", ";");
            run = query.substring(0, s.origin.get(semi));
        }
        List<String> tokens = tokens(code);
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            String up = tok.toUpperCase(Locale.ROOT);
            if (!isWord(tok) || !isKeywordPosition(tokens, i)) continue;
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).toUpperCase(Locale.ROOT) : "";
            if (up.equals("LOAD") && next.equals("CSV")) throw forbidden("LOAD CSV is not allowed in the console", "LOAD CSV");
            if (up.equals("IN") && (next.equals("TRANSACTIONS") || next.equals("CONCURRENT"))) {
                throw forbidden("CALL { ... } IN TRANSACTIONS is not allowed in the console", "IN TRANSACTIONS");
            }
            if (up.equals("PERIODIC") && next.equals("COMMIT")) throw forbidden("PERIODIC COMMIT is not allowed", "PERIODIC COMMIT");
            if ((up.equals("START") || up.equals("STOP")) && next.equals("DATABASE")) {
                throw forbidden(up + " DATABASE is not allowed in the console", up + " DATABASE");
            }
            if (up.equals("CREATE") && List.of("DATABASE", "ALIAS", "USER", "ROLE", "COMPOSITE").contains(next)) {
                throw forbidden("CREATE " + next + " is not allowed in the console", "CREATE " + next);
            }
            if (FORBIDDEN.contains(up)) throw forbidden(up + " is not allowed in the console", up);
            if (up.equals("CALL")) {
                if (next.equals("{") || next.equals("(")) continue; // a subquery; IN TRANSACTIONS is checked above
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                while (j < tokens.size() && (isWord(tokens.get(j)) || tokens.get(j).equals("."))) name.append(tokens.get(j++));
                String proc = name.toString().toLowerCase(Locale.ROOT);
                if (!ALLOWED_PROCEDURES.contains(proc)) {
                    throw forbidden("CALL " + (proc.isEmpty() ? "of a quoted or unnamed procedure" : proc)
                            + " is not allowed in the console; allowed procedures: " + ALLOWED_PROCEDURES.stream().sorted().toList(), "CALL");
                }
            }
        }
        return run.strip();
    }

    private static ApiProblem forbidden(String detail, String clause) {
        return clause == null ? new ApiProblem(400, "Query refused", detail)
                : new ApiProblem(400, "Forbidden clause", detail, Map.of("clause", clause));
    }

    /** Code with comments, strings and quoted identifiers blanked; {@code origin[i]} is the query index of code[i]. */
    record Stripped(StringBuilder code, List<Integer> origin) {}

    static Stripped strip(String q) {
        StringBuilder b = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        int i = 0, n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (c == '/' && i + 1 < n && q.charAt(i + 1) == '/') {
                while (i < n && q.charAt(i) != '\n' && q.charAt(i) != '\r') i++;
                append(b, origin, ' ', i);
            } else if (c == '/' && i + 1 < n && q.charAt(i + 1) == '*') {
                int end = q.indexOf("*/", i + 2);
                if (end < 0) throw forbidden("the query has an unterminated /* comment", null);
                i = end + 2;
                append(b, origin, ' ', i - 1);
            } else if (c == '\'' || c == '"') {
                int start = i++;
                while (i < n && q.charAt(i) != c) {
                    if (q.charAt(i) == '\\') i++;
                    i++;
                }
                if (i >= n) throw forbidden("the query has an unterminated string literal", null);
                i++;
                append(b, origin, '\'', start);
                append(b, origin, '\'', i - 1);
            } else if (c == '`') {
                int start = i++;
                while (i < n) {
                    if (q.charAt(i) == '`') {
                        if (i + 1 < n && q.charAt(i + 1) == '`') { i += 2; continue; }
                        break;
                    }
                    i++;
                }
                if (i >= n) throw forbidden("the query has an unterminated `quoted name`", null);
                i++;
                // a quoted name is an identifier: keep a neutral one (so CALL `x`.y() is not on the allow-list)
                for (char x : "`q`".toCharArray()) append(b, origin, x, start);
            } else {
                append(b, origin, Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' ? ' ' : c, i);
                i++;
            }
        }
        return new Stripped(b, origin);
    }

    private static void append(StringBuilder b, List<Integer> origin, char c, int at) {
        b.append(c);
        origin.add(at);
    }

    /** Words (letters, digits, _), quoted names, and single other characters; blanks dropped. */
    static List<String> tokens(String code) {
        List<String> out = new ArrayList<>();
        int i = 0, n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == ' ') { i++; continue; }
            if (Character.isLetterOrDigit(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) i++;
                out.add(code.substring(s, i));
            } else if (c == '`') {
                int e = code.indexOf('`', i + 1);
                out.add(code.substring(i, e + 1));
                i = e + 1;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    private static boolean isWord(String t) {
        char c = t.charAt(0);
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A word is a keyword unless it is a property key, label, parameter, alias or map key (after . : $ AS, before :). */
    private static boolean isKeywordPosition(List<String> tokens, int i) {
        String prev = i > 0 ? tokens.get(i - 1) : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        return !(prev.equals(".") || prev.equals(":") || prev.equals("$") || prev.equalsIgnoreCase("AS") || next.equals(":"));
    }
}
