package org.diplograph.load.csv;

import java.util.List;

/**
 * A mapping spec that cannot be used: {@link #syntax()} when it is not YAML/JSON at all (HTTP 400), otherwise it parses but
 * says something impossible (an unknown column, label or relationship type, a missing field: HTTP 422).
 * The message lists every problem, each with its place in the spec (e.g. {@code files[parties].relationships[0].from}).
 */
public final class MappingException extends RuntimeException {
    private final boolean syntax;
    private final List<String> problems;

    public MappingException(boolean syntax, List<String> problems) {
        super((syntax ? "The mapping is not valid YAML or JSON: " : "The mapping has " + problems.size()
                + (problems.size() == 1 ? " problem: " : " problems: ")) + String.join("; ", problems));
        this.syntax = syntax;
        this.problems = List.copyOf(problems);
    }

    public static MappingException invalid(String problem) {
        return new MappingException(false, List.of(problem));
    }

    public boolean syntax() {
        return syntax;
    }

    public List<String> problems() {
        return problems;
    }
}
