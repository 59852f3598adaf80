package org.diplograph.console;

import org.diplograph.console.CypherTokens.Tok;
import org.diplograph.console.Iteration.Kind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a console query's text and parameters tell of the sizes its expressions go through, for {@link CostGuard}'s
 * decision: the elements of a list expression (a list literal, a list parameter, {@code range()} with constant bounds, a
 * slice with a literal end such as {@code xs[..100]}, {@code labels(n)}, and {@code nodes(p)}/{@code relationships(p)}
 * when every variable-length pattern of the query has an upper bound), the longest path a pattern can bind, and about how
 * many characters a parameter value holds. A size it cannot know is {@code null}.
 */
final class ListSizes {
    /** Labels of one node, as a size (a node carries a handful). */
    private static final long LABELS = 16;

    private final List<Tok> toks;
    private final int[] match;
    private final Map<String, Object> params;
    private final List<Iteration> iterations;
    private final Long pathBound;

    /**
     * Sizes in a query of tokens {@code toks} with balanced brackets ({@code match}: the partner of each bracket, see
     * {@link CypherTokens#brackets}), its parameters, and the iterations found in it (a comprehension's size is its list's).
     */
    ListSizes(List<Tok> toks, int[] match, Map<String, Object> params, List<Iteration> iterations) {
        this.toks = toks;
        this.match = match;
        this.params = params;
        this.iterations = iterations;
        this.pathBound = pathBound();
    }

    /** The number of elements an iteration goes through, or null when unknown. */
    Long of(Iteration c) {
        if (c.kind() == Kind.RANGE) return capped(rangeSize(c.start()));
        return of(c.listFrom(), c.listTo());
    }

    /** The size of the list expression of tokens {@code [a, b)}, or null when it cannot be known. */
    Long of(int a, int b) {
        while (b - a >= 2 && toks.get(a).is("(") && match[a] == b - 1) {
            a++;
            b--;
        }
        if (b <= a) return null;
        Tok first = toks.get(a);
        if (first.is("$") && b - a == 2) {
            return params.get(toks.get(a + 1).text()) instanceof List<?> l ? (long) l.size() : null;
        }
        if (first.word() && b - a >= 3 && toks.get(a + 1).is("(") && match[a + 1] == b - 1 && !(a > 0 && toks.get(a - 1).is("."))) {
            String f = first.text().toLowerCase(Locale.ROOT);
            if (f.equals("range")) return capped(rangeSize(a));
            if (f.equals("nodes") || f.equals("relationships")) return pathBound;
            if (f.equals("labels")) return LABELS;
            return null;
        }
        if (first.is("[") && match[a] == b - 1) {
            for (Iteration c : iterations) if (c.kind() == Kind.COMPREHENSION && c.start() == a) return of(c);
            if (a + 1 < b - 1 && (toks.get(a + 1).is("(") || toks.get(a + 2).is("="))) return null; // pattern comprehension
            if (b - a == 2) return 0L;
            long n = 1;
            for (int j = a + 1; j < b - 1; j++) {
                if (match[j] > j) j = match[j];
                else if (toks.get(j).is(",")) n++;
            }
            return n;
        }
        // a slice with a literal end: xs[..100], xs[10..100]
        Tok last = toks.get(b - 1);
        if (last.is("]") && match[b - 1] >= 0) {
            int open = match[b - 1];
            if (open > a) {
                int dots = -1;
                for (int j = open + 1; j + 1 < b - 1; j++) if (toks.get(j).is(".") && toks.get(j + 1).is(".")) dots = j;
                if (dots >= 0) {
                    BigInteger end = integer(dots + 2, b - 1);
                    BigInteger start = dots == open + 1 ? BigInteger.ZERO : integer(open + 1, dots);
                    if (end != null && start != null && end.signum() >= 0 && start.signum() >= 0) {
                        return end.subtract(start).max(BigInteger.ZERO).longValue();
                    }
                }
            }
        }
        return null;
    }

    /** Elements of {@code range(...)} at token {@code at} when its arguments are constant, else null. */
    BigInteger rangeSize(int at) {
        int open = at + 1, close = match[open];
        List<BigInteger> args = new ArrayList<>();
        int from = open + 1;
        for (int j = open + 1; j <= close; j++) {
            if (j < close && match[j] > j) {
                j = match[j];
                continue;
            }
            if (j == close || toks.get(j).is(",")) {
                BigInteger v = integer(from, j);
                if (v == null) return null;
                args.add(v);
                from = j + 1;
            }
        }
        if (args.size() < 2 || args.size() > 3) return null;
        BigInteger start = args.get(0), end = args.get(1), step = args.size() == 3 ? args.get(2) : BigInteger.ONE;
        if (step.signum() == 0) return null; // Neo4j refuses a step of 0
        BigInteger span = end.subtract(start);
        if (span.signum() != 0 && span.signum() != step.signum()) return BigInteger.ZERO;
        return span.divide(step).add(BigInteger.ONE);
    }

    /** About how many characters a parameter value holds. */
    static long chars(Object v) {
        if (v instanceof String s) return s.length();
        if (v instanceof List<?> l) {
            long n = 0;
            for (Object x : l) n += chars(x) + 1;
            return n;
        }
        if (v instanceof Map<?, ?> m) {
            long n = 0;
            for (var e : m.entrySet()) n += String.valueOf(e.getKey()).length() + chars(e.getValue()) + 1;
            return n;
        }
        return v == null ? 0 : 8;
    }

    /** An integer literal (optionally signed; decimal, 0x hex, 0o octal, with _ separators) or integer parameter in {@code [a, b)}. */
    private BigInteger integer(int a, int b) {
        boolean negative = false;
        if (b - a == 2 && (toks.get(a).is("-") || toks.get(a).is("+"))) {
            negative = toks.get(a).is("-");
            a++;
        }
        if (b - a == 2 && toks.get(a).is("$")) {
            Object v = params.get(toks.get(a + 1).text());
            if (!(v instanceof Long || v instanceof Integer)) return null;
            BigInteger n = BigInteger.valueOf(((Number) v).longValue());
            return negative ? n.negate() : n;
        }
        if (b - a != 1 || !toks.get(a).word()) return null;
        String s = toks.get(a).text().replace("_", "").toLowerCase(Locale.ROOT);
        try {
            BigInteger n = s.startsWith("0x") ? new BigInteger(s.substring(2), 16)
                    : s.startsWith("0o") ? new BigInteger(s.substring(2), 8) : new BigInteger(s);
            return negative ? n.negate() : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The longest path a pattern of this query can bind: 1 + the upper bounds of its variable-length relationships + one per
     * other relationship ({@code -} signs, generously); null when some variable-length pattern or quantified path pattern
     * has no upper bound.
     */
    private Long pathBound() {
        long bound = 1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.is("-")) bound++;
            if (t.is("[") && i > 0 && toks.get(i - 1).is("-")) {
                int close = match[i];
                for (int j = i + 1; j < close; j++) {
                    if (!toks.get(j).is("*")) continue;
                    Long upper = upperBound(j + 1, close);
                    if (upper == null) return null;
                    bound += upper;
                }
            }
            if (t.is(")") && i + 1 < toks.size()) {
                Tok next = toks.get(i + 1);
                if (next.is("{") && i + 2 < toks.size() && (toks.get(i + 2).word() && toks.get(i + 2).text().matches("\\d+")
                        || toks.get(i + 2).is(","))) {
                    return null; // a quantified path pattern {m,n}: counted as unbounded
                }
                if ((next.is("+") || next.is("*")) && i + 2 < toks.size() && (toks.get(i + 2).is("(") || toks.get(i + 2).is("-")
                        || toks.get(i + 2).is("<"))) {
                    return null;
                }
            }
        }
        return bound;
    }

    /** After {@code *} in a relationship pattern: {@code n}, {@code m..n} or {@code ..n} give n; {@code *} or {@code m..} none. */
    private Long upperBound(int j, int close) {
        BigInteger first = j < close ? integer(j, j + 1) : null;
        int k = first == null ? j : j + 1;
        boolean dots = k + 1 < close && toks.get(k).is(".") && toks.get(k + 1).is(".");
        if (!dots) return capped(first);
        return capped(k + 2 < close ? integer(k + 2, k + 3) : null);
    }

    private static Long capped(BigInteger n) {
        return n == null ? null : n.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }
}
