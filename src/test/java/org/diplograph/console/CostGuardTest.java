package org.diplograph.console;

import org.diplograph.api.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The console's cost guard on its own (no database): the expressions whose cost it cannot bound are refused with a
 * clear 400, the usual console queries (the shipped examples, paths, collected lists walked once) pass.
 */
// no graph: runs in the second lane (see junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(org.diplograph.Lanes.CHILD_PROCESSES)
class CostGuardTest {
    @Test
    void theShippedExamplesPass() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("cypher/examples"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".cypher")).toList()) {
                String q = CypherGuard.check(Files.readString(f));
                assertThatCode(() -> CostGuard.check(q, Map.of())).as(f.toString()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void boundedOrRowWiseWorkPasses() {
        for (String q : List.of(
                "UNWIND range(1, 100000000) AS x RETURN count(x)",
                "unwind RANGE(1, 100000000) as x return count(x)",
                "RETURN range(1, 100000) AS xs",
                "RETURN reduce(t = 0, x IN range(1, 1000) | t + x) AS total",
                "RETURN size([x IN range(1, 1000) | [y IN range(1, 1000) | x * y]]) AS n",
                "MATCH p = (a:State)-[*..4]-(b:State) RETURN reduce(s = '', n IN nodes(p) | s + n.name + ' ') AS walk",
                "MATCH p = shortestPath((a:State)-[:PARTY_TO*1..6]-(b:State)) RETURN [r IN relationships(p) | type(r)] AS types",
                "MATCH p = ()-[*]-() RETURN [n IN nodes(p) | n.name] AS names LIMIT 5",
                "MATCH (n) WITH collect(n) AS ns RETURN [n IN ns WHERE any(l IN labels(n) WHERE l = 'State') | n.name] AS states",
                "MATCH (n) WITH collect(n.name) AS names RETURN reduce(s = '', x IN names[..20] | s + x) AS joined",
                "UNWIND range(1, 1000000000) AS x WITH x WHERE size(reduce(s = '', y IN range(1, 1000) | s + 'xxxxxxxxxx')) < x "
                        + "RETURN count(*) AS n",
                "MATCH (d:Document) RETURN [x IN range(1, 100) | size(d.text)] AS sizes",
                "MATCH (d:Document) WITH collect(d) AS docs RETURN [d IN docs | toUpper(d.text)] AS texts",
                "MATCH (n) WHERE n.id IN $ids RETURN n",
                "RETURN [x IN [1, 2, 3] WHERE x IN $ids] AS xs",
                "MATCH (n:State) RETURN [(n)-[:MEMBER_OF]->(o) | o.name] AS orgs",
                "RETURN 'reduce(s = \\'\\', x IN range(1, 100000000) | s + s)' AS text",
                "MATCH (n) RETURN n.range AS r, n.reduce AS x LIMIT 1",
                "RETURN [x IN range(1, $n) | x] AS xs")) {
            assertThatCode(() -> CostGuard.check(q, Map.of("ids", List.of("a", "b"), "n", 10)))
                    .as(q).doesNotThrowAnyException();
        }
    }

    @Test
    void expressionsWhoseCostCannotBeBoundedAreRefused() {
        assertRefused("RETURN reduce(s = '', x IN range(1, 100000000) | s + 'x') AS s", "range",
                "range(1, 100000000) has 100,000,000 elements", "UNWIND range(...) AS x");
        assertRefused("RETURN RANGE(1, 1000001)", "range", "1,000,001 elements");
        assertRefused("RETURN range(0, 100000000000000000000000, 1)", "range", "elements");
        assertRefused("RETURN [x IN range(1, $n) | x] AS xs", "range", "100,000,000 elements");
        assertRefused("MATCH (n) RETURN range(1, n.population) AS r", "range", "integer literals or parameters");
        assertRefused("RETURN size([x IN range(1, 20000) | [y IN range(1, 20000) | x * y]]) AS n", "nested iteration",
                "400,000,000 element visits");
        assertRefused("RETURN size([x IN range(1, 100000) | range(1, 100000)]) AS n", "nested iteration", "10,000,000,000");
        assertRefused("RETURN size(reduce(s = '', x IN range(1, 1000) | s + $pad)) AS n", "costly iteration",
                "the parameter $pad (100,000 characters)");
        assertRefused("RETURN size(reduce(s = '', x IN range(1, 1000) | s + '" + "x".repeat(5_000) + "')) AS n", "costly iteration",
                "a string literal of 5,000 characters");
        assertRefused("MATCH (d:Document) WITH d LIMIT 1 RETURN size([x IN range(1, 100000) | toUpper(d.text)]) AS n",
                "costly iteration", "the property d.text");
        assertRefused("MATCH (d:Document) WITH collect(d) AS docs, d RETURN [x IN docs | d.text + x.text] AS n",
                "costly iteration", "multiplied by 4,001");
        assertRefused("MATCH (n) WITH collect(n.name) AS names RETURN reduce(s = '', x IN names[..500] | s + x) AS joined",
                "costly iteration", "an element of names[..500]");
        assertRefused("UNWIND range(1, 3000) AS i WITH collect(i) AS xs RETURN [x IN xs WHERE size([y IN xs WHERE y < x]) > 0]",
                "nested iteration", "one in the other");
        assertRefused("WITH [1] AS xs RETURN [x IN xs WHERE all(y IN range(1, 100) WHERE y > x)]", "nested iteration", "by 100");
        assertRefused("UNWIND range(1, 1000000) AS i WITH collect(i) AS xs RETURN reduce(s = '', x IN xs | s + 'x')", "reduce",
                "xs[..1000]");
        assertRefused("RETURN size(reduce(l = [], x IN range(1, 50000) | l + [x])) AS n", "reduce", "has 50,000");
        assertRefused("MATCH p = ()-[*]-() RETURN reduce(s = '', n IN nodes(p) | s + n.name) AS walk", "reduce", "not known");
        assertRefused("MATCH p = (a)((x)-->(y)){1,}(b) RETURN reduce(s = '', n IN nodes(p) | s + n.name)", "reduce", "not known");
        assertRefused("RETURN reduce(s = 'ab', x IN range(1, 60) | s + s) AS s", "reduce", "uses its accumulator s 2 times");
    }

    private static void assertRefused(String query, String construct, String... detail) {
        ApiProblem e = catchThrowableOfType(ApiProblem.class, () -> CostGuard.check(CypherGuard.check(query),
                Map.of("n", 100_000_000, "pad", "x".repeat(100_000))));
        assertThat(e).as(query).isNotNull();
        System.out.println(query + "\n  -> " + e.getMessage());
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.title()).isEqualTo("Query refused");
        assertThat(e.extra()).containsEntry("construct", construct);
        assertThat(e.getMessage()).as(query).contains(detail);
    }

    /** An unclosed backquote is refused with a clear client error before the guard tokenizes anything. */
    @Test
    void anUnclosedBackquoteIsAClearRefusal() {
        assertThatThrownBy(() -> CostGuard.check("MATCH (n) RETURN n.`name", Map.of()))
                .isInstanceOf(org.diplograph.api.ApiProblem.class).hasMessageContaining("unterminated");
    }
}
