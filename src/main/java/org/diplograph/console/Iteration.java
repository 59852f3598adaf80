package org.diplograph.console;

/**
 * One iteration in a console query's expressions, as {@link CostGuard} finds it in the query's tokens: its tokens
 * {@code [start, end]}, its list {@code [listFrom, listTo)}, its body {@code [bodyFrom, bodyTo)} (evaluated once per
 * element), and for {@code reduce} the accumulator's name.
 */
record Iteration(Kind kind, int start, int end, int listFrom, int listTo, int bodyFrom, int bodyTo, String acc) {
    /** What iterates: a list comprehension, a quantifier ({@code all/any/none/single}), {@code reduce}, a {@code range()}. */
    enum Kind { COMPREHENSION, QUANTIFIER, REDUCE, RANGE }
}
