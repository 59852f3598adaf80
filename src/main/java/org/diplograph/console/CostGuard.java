package org.diplograph.console;

import org.diplograph.api.ApiProblem;
import org.diplograph.console.CypherTokens.Tok;
import org.diplograph.console.Iteration.Kind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The console's guard on the cost of expressions, applied before a query runs. Neo4j 5.26 Community evaluates Cypher
 * expressions with its interpreted runtime: {@code reduce}, list comprehensions, the quantifiers {@code all/any/none/single}
 * and {@code range()} loop over their list in one go, with no check for termination and no count of the memory they
 * build (only operators between rows, such as UNWIND, the store reads and the aggregations, check the transaction). The
 * query timeout therefore cannot stop one expression: {@code reduce(s = '', x IN range(1, 100000000) | s + 'x')} keeps
 * a core busy for hours. So the console refuses (400) the expressions whose cost it cannot bound:
 * <ul>
 *   <li>{@code range()} outside {@code UNWIND range(...) AS x} (whose rows the timeout stops) must have integer literals
 *       or parameters as bounds and at most {@link #MAX_RANGE} elements;</li>
 *   <li>an iteration (comprehension, quantifier, {@code reduce}, or a {@code range()} value) inside the body of another
 *       multiplies: the product of their sizes must be at most {@link #MAX_NESTED}, and when one of the lists has a size
 *       the guard cannot know (a collected list, a property, a variable) the others may multiply it by at most
 *       {@link #MAX_OVER_UNKNOWN}; two lists of unknown size may not be nested;</li>
 *   <li>{@code reduce} builds its accumulator anew at every step (quadratic for a growing string or list): its list must
 *       have a known size of at most {@link #MAX_REDUCE}, and the step may use the accumulator once (twice can double it
 *       at every step).</li>
 * </ul>
 * The sizes come from {@link ListSizes}: list literals, {@code range()} with constant bounds, list parameters, a slice
 * with a literal end ({@code xs[..100]}: the way to bound any list), and {@code nodes(p)}/{@code relationships(p)} when
 * every variable-length pattern of the query has an upper bound. This class finds the iterations ({@link Iteration})
 * and decides. A linear pass over a list of unknown size stays allowed: such
 * a list was built by rows (collect, a subquery) that the timeout and the transaction memory limit do bound.
 */
final class CostGuard {
    /** Most elements of a {@code range()} in an expression. */
    static final int MAX_RANGE = 100_000;
    /** Most element visits of nested iterations over lists of known size (~1 s on 2 busy cores). */
    static final long MAX_NESTED = 1_000_000;
    /** Most that known sizes may multiply a list of unknown size by. */
    static final long MAX_OVER_UNKNOWN = 16;
    /** Most elements a {@code reduce} may go through. */
    static final int MAX_REDUCE = 1_000;
    /** Characters of a string that cost about as much as visiting one element (copying is fast, evaluating is not). */
    static final long CHARS_PER_VISIT = 500;
    /**
     * The longest property value to expect: an article's text, up to the upload limit (2 MB by default); a property the
     * guard cannot see could be that long.
     */
    static final long PROPERTY = 2_000_000;
    private static final Set<String> QUANTIFIERS = Set.of("all", "any", "none", "single");

    private final String query;
    private final List<Integer> origin;
    private final List<Tok> toks;
    private final int[] match;
    private final Map<String, Object> params;
    private final List<Iteration> iterations = new ArrayList<>();
    private final ListSizes sizes;

    private CostGuard(String query, Map<String, Object> params) {
        this.query = query;
        this.params = params == null ? Map.of() : params;
        CypherGuard.Stripped s = CypherGuard.strip(query);
        this.origin = s.origin();
        this.toks = CypherTokens.of(s.code().toString());
        this.match = CypherTokens.brackets(toks);
        if (match != null) find();
        this.sizes = match == null ? null : new ListSizes(toks, match, this.params, List.copyOf(iterations));
    }

    /** Refuses (400 {@link ApiProblem}) a query whose expressions the guard cannot bound; the query has passed {@link CypherGuard}. */
    static void check(String query, Map<String, Object> params) {
        CostGuard g = new CostGuard(query, params);
        if (g.match == null) return; // unbalanced brackets: a syntax error, which Neo4j reports before running anything
        g.judge();
    }

    // ---- finding the iterations ----

    private void find() {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean call = t.word() && i + 1 < toks.size() && toks.get(i + 1).is("(") && !(i > 0 && toks.get(i - 1).is("."));
            if (t.is("[") && i + 2 < toks.size() && toks.get(i + 1).word() && toks.get(i + 2).is("IN")) {
                int close = match[i];
                int list = i + 3, stop = topLevel(list, close, "WHERE", "|");
                int body = stop < close ? stop + 1 : close;
                iterations.add(new Iteration(Kind.COMPREHENSION, i, close, list, stop, body, close, null));
            } else if (call && QUANTIFIERS.contains(t.text().toLowerCase(Locale.ROOT)) && i + 3 < toks.size()
                    && toks.get(i + 2).word() && toks.get(i + 3).is("IN")) {
                int close = match[i + 1];
                int list = i + 4, stop = topLevel(list, close, "WHERE");
                iterations.add(new Iteration(Kind.QUANTIFIER, i, close, list, stop, Math.min(stop + 1, close), close, null));
            } else if (call && t.is("reduce") && i + 3 < toks.size() && toks.get(i + 2).word() && toks.get(i + 3).is("=")) {
                int close = match[i + 1];
                int comma = topLevel(i + 4, close, ",");
                if (comma + 3 >= close || !toks.get(comma + 2).is("IN")) continue; // not reduce's syntax: Neo4j says so
                int list = comma + 3, bar = topLevel(list, close, "|");
                iterations.add(new Iteration(Kind.REDUCE, i, close, list, bar, Math.min(bar + 1, close), close, toks.get(i + 2).text()));
            } else if (call && t.is("range")) {
                int close = match[i + 1];
                iterations.add(new Iteration(Kind.RANGE, i, close, i + 2, close, close, close, null));
            }
        }
    }

    /** The first token among {@code words} at bracket depth 0 in {@code [from, to)}, else {@code to}. */
    private int topLevel(int from, int to, String... words) {
        for (int j = from; j < to; j++) {
            if (match[j] > j) {
                j = match[j];
                continue;
            }
            for (String w : words) if (toks.get(j).is(w)) return j;
        }
        return to;
    }

    // ---- judging them ----

    private void judge() {
        for (Iteration c : iterations) if (c.kind() == Kind.RANGE) judgeRange(c);
        for (Iteration c : iterations) if (c.kind() == Kind.REDUCE) judgeReduce(c);
        for (Iteration c : iterations) {
            if (c.kind() == Kind.RANGE && (unwound(c) || isListOfAnother(c))) continue;
            List<Iteration> chain = new ArrayList<>();
            chain.add(c);
            for (Iteration a : iterations) if (a != c && a.bodyFrom() <= c.start() && c.start() < a.bodyTo()) chain.add(a);
            judgeWork(c, chain);
        }
    }

    private void judgeRange(Iteration r) {
        if (unwound(r)) return; // UNWIND range(...) AS x: rows, which Neo4j checks one by one
        BigInteger n = sizes.rangeSize(r.start());
        if (n == null) {
            throw refuse("range", text(r.start(), r.end()) + " is evaluated in one go, which the timeout cannot stop: in an "
                    + "expression its bounds must be integer literals or parameters (at most " + fmt(MAX_RANGE)
                    + " elements); to go through rows use UNWIND range(...) AS x, which the timeout stops");
        }
        if (n.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
            throw refuse("range", text(r.start(), r.end()) + " has " + fmt(n) + " elements; an expression is evaluated in one "
                    + "go, which the timeout cannot stop, so the console allows at most " + fmt(MAX_RANGE)
                    + " there; to go through more values use UNWIND range(...) AS x, whose rows the timeout stops");
        }
    }

    /**
     * The work of one evaluation of {@code c} inside its enclosing iterations ({@code chain}: c first): the product of
     * their sizes times the cost of one element of c, in element visits.
     */
    private void judgeWork(Iteration c, List<Iteration> chain) {
        Weight w = perElement(c);
        long known = w.units();
        int unknown = 0;
        for (Iteration x : chain) {
            Long n = sizes.of(x);
            if (n == null) unknown++;
            else known = mul(known, n);
        }
        String what = chain.size() == 1 ? describe(chain) : chain.size() + " nested iterations (" + describe(chain) + ")";
        String because = w.heavy().isEmpty() ? "" : ", each element costing about " + fmt(w.units()) + " visits ("
                + String.join("; ", new LinkedHashSet<>(w.heavy())) + ")";
        String kind = chain.size() == 1 ? "costly iteration" : "nested iteration";
        if (unknown > 1) {
            throw refuse(kind, what + ": lists whose size the console cannot know, one in the other; the work grows with "
                    + "their product and Neo4j does not stop an expression at the timeout; bound a list with a slice "
                    + "(xs[..1000]) or go through one of them as rows (UNWIND xs AS x)");
        }
        if (unknown == 1 && known > MAX_OVER_UNKNOWN) {
            throw refuse(kind, what + because + ": a list whose size the console cannot know, multiplied by " + fmt(known)
                    + " (at most " + MAX_OVER_UNKNOWN + "), in one expression, which the timeout cannot stop; bound the list "
                    + "with a slice (xs[..1000]) or go through it as rows (UNWIND xs AS x)");
        }
        if (known > MAX_NESTED) {
            throw refuse(kind, what + because + ": about " + fmt(known) + " element visits in one expression, which the "
                    + "timeout cannot stop (at most " + fmt(MAX_NESTED) + "); go through the "
                    + (chain.size() == 1 ? "" : "outer ") + "list as rows (UNWIND xs AS x)");
        }
    }

    private void judgeReduce(Iteration c) {
        Long n = sizes.of(c);
        if (n == null || n > MAX_REDUCE) {
            throw refuse("reduce", "reduce() builds its accumulator anew at every step (for a growing string or list the work "
                    + "grows with the square of the list) and the timeout cannot stop it: its list must have a size the console "
                    + "knows, at most " + fmt(MAX_REDUCE) + " (" + (n == null ? "the size of " + text(c.listFrom(), c.listTo() - 1)
                    + " is not known; bound it with a slice, e.g. " + text(c.listFrom(), c.listTo() - 1) + "[.." + MAX_REDUCE + "]"
                    : text(c.listFrom(), c.listTo() - 1) + " has " + fmt(n)) + "); use sum(), collect() or count() over rows instead");
        }
        int uses = 0;
        for (int j = c.bodyFrom(); j < c.bodyTo(); j++) {
            Tok t = toks.get(j);
            if (t.text().equals(c.acc()) && !(j > 0 && toks.get(j - 1).is(".")) && !(j + 1 < toks.size() && toks.get(j + 1).is(":"))) uses++;
        }
        if (uses > 1) {
            throw refuse("reduce", "the step of reduce() uses its accumulator " + c.acc() + " " + uses + " times, which can double "
                    + "it at every step; use it once");
        }
    }

    // ---- the cost of one element ----

    /** Element visits one element costs, and the values that make it heavy (described for the message). */
    private record Weight(long units, List<String> heavy) {}

    /**
     * One element of an iteration costs a visit plus its values: a string literal or parameter of L characters L /
     * {@link #CHARS_PER_VISIT} visits, and a property of any variable but the element itself (whose properties, element
     * after element, are the data once) up to {@link #PROPERTY} characters. A reduce step copies its accumulator, which
     * grows by the step's values each time: about size / 2 times the growth per step, where every property and (unless the
     * list is a range) the element itself may add {@link #PROPERTY} characters.
     */
    private Weight perElement(Iteration c) {
        if (c.kind() == Kind.RANGE) return new Weight(1, List.of());
        boolean reduce = c.kind() == Kind.REDUCE;
        String own = toks.get(c.kind() == Kind.COMPREHENSION ? c.start() + 1 : reduce ? c.listFrom() - 2 : c.start() + 2).text();
        List<String> heavy = new ArrayList<>();
        long chars = 0;
        for (int j = c.bodyFrom(); j < c.bodyTo(); j++) {
            Tok t = toks.get(j);
            if (t.is("'") && j + 1 < c.bodyTo() && toks.get(j + 1).is("'")) {
                int len = origin.get(toks.get(j + 1).start()) - origin.get(t.start()) - 1;
                chars += len;
                if (len >= CHARS_PER_VISIT) heavy.add("a string literal of " + fmt(len) + " characters");
                j++;
            } else if (t.is("$") && j + 1 < c.bodyTo()) {
                long len = ListSizes.chars(params.get(toks.get(j + 1).text()));
                chars += len;
                if (len >= CHARS_PER_VISIT) heavy.add("the parameter $" + toks.get(j + 1).text() + " (" + fmt(len) + " characters)");
                j++;
            } else if (t.is(".") && j > 0 && j + 1 < c.bodyTo() && toks.get(j + 1).word() && !toks.get(j + 1).is(".")
                    && !toks.get(j - 1).is(".") && !toks.get(j - 1).text().matches("\\d+")) {
                boolean ofElement = toks.get(j - 1).text().equals(own) && !(j > 1 && toks.get(j - 2).is("."));
                if (reduce || !ofElement) {
                    chars += PROPERTY;
                    heavy.add("the property " + text(j - 1, j + 1) + ", which may be as long as an article's text ("
                            + fmt(PROPERTY) + " characters)");
                }
            } else if (reduce && t.text().equals(own) && !(j > 0 && toks.get(j - 1).is(".")) && !elementIsSmall(c)) {
                chars += PROPERTY;
                heavy.add("an element of " + text(c.listFrom(), c.listTo() - 1) + ", which may be any value (up to "
                        + fmt(PROPERTY) + " characters)");
            }
        }
        long perStep = 1 + chars / CHARS_PER_VISIT;
        if (!reduce) return new Weight(perStep, heavy);
        Long n = sizes.of(c);
        return new Weight(Math.max(1, mul(n == null ? MAX_REDUCE : n, perStep) / 2), heavy);
    }

    /** A reduce over a range (integers) or a list literal (its elements are in the query): an element adds little. */
    private boolean elementIsSmall(Iteration c) {
        int a = c.listFrom();
        return toks.get(a).is("range") || toks.get(a).is("[") && match[a] == c.listTo() - 1;
    }

    // ---- helpers ----

    /** {@code UNWIND range(...) AS}: the range is the rows of an UNWIND. */
    private boolean unwound(Iteration r) {
        return r.start() > 0 && toks.get(r.start() - 1).is("UNWIND") && r.end() + 1 < toks.size() && toks.get(r.end() + 1).is("AS");
    }

    /** A range() that is exactly the list of a comprehension, quantifier or reduce (counted with it, not again). */
    private boolean isListOfAnother(Iteration r) {
        for (Iteration c : iterations) {
            if (c == r || c.kind() == Kind.RANGE) continue;
            int a = c.listFrom(), b = c.listTo();
            while (b - a >= 2 && toks.get(a).is("(") && match[a] == b - 1) {
                a++;
                b--;
            }
            if (a == r.start() && b == r.end() + 1) return true;
        }
        return false;
    }

    /** "over A (size), in it over B (size)", outermost first. */
    private String describe(List<Iteration> chain) {
        List<Iteration> outerFirst = new ArrayList<>(chain);
        outerFirst.sort(Comparator.comparingInt(Iteration::start));
        List<String> parts = new ArrayList<>();
        for (Iteration c : outerFirst) {
            Long n = sizes.of(c);
            String size = n == null ? " (size unknown)" : " (" + fmt(n) + ")";
            parts.add(switch (c.kind()) {
                case RANGE -> "the list " + text(c.start(), c.end()) + size;
                case REDUCE -> "reduce() over " + text(c.listFrom(), c.listTo() - 1) + size;
                case QUANTIFIER -> toks.get(c.start()).text() + "() over " + text(c.listFrom(), c.listTo() - 1) + size;
                case COMPREHENSION -> "a list comprehension over " + text(c.listFrom(), c.listTo() - 1) + size;
            });
        }
        return String.join(", in it ", parts);
    }

    /** The original query text of tokens {@code [a, b]}. */
    private String text(int a, int b) {
        if (a > b || b >= toks.size()) return "the list";
        int from = origin.get(toks.get(a).start()), to = origin.get(toks.get(b).end() - 1) + 1;
        String s = query.substring(from, Math.max(from, to)).replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static long mul(long a, long b) {
        long r = a * b;
        return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
    }

    private static String fmt(Object n) {
        return String.format(Locale.ROOT, "%,d", n instanceof BigInteger b ? b : ((Number) n).longValue());
    }

    private static ApiProblem refuse(String construct, String detail) {
        return new ApiProblem(400, "Query refused", detail, Map.of("construct", construct));
    }
}
