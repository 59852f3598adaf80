package org.diplograph.console;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class ConsoleExamplesTest {
    @Test
    void everyExampleIsListedTitledAndRunsReadOnlyOnTheSeeds(TestApp t) throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("cypher/examples"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
        var res = t.get("/api/cypher/examples");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().findValuesAsText("name")).hasSize(files.size()).hasSizeBetween(6, 12);
        t.importSeeds();
        long[] before = t.counts();
        for (var ex : res.body()) {
            assertThat(ex.get("title").asText()).isNotBlank().doesNotStartWith("//");
            var run = t.post("/api/cypher", "application/json", t.json.createObjectNode().put("query", ex.get("query").asText()).toString());
            assertThat(run.status()).as(ex.get("name").asText() + ": " + run.raw()).isEqualTo(200);
        }
        var met = t.post("/api/cypher", "application/json", "{\"query\": \"MATCH (p:Person)-[m:MET]-(q) RETURN p, m, q\"}");
        assertThat(met.body().at("/graph/edges").size()).isPositive();
        assertThat(t.counts()).containsExactly(before);
    }

    @Test
    void theGuardBlanksCommentsAndStringsBeforeLooking() {
        assertThat(CypherGuard.check("RETURN 'SHOW; LOAD CSV' AS x // USE system")).isEqualTo("RETURN 'SHOW; LOAD CSV' AS x // USE system");
        assertThat(CypherGuard.check("MATCH (n) RETURN n; // done")).isEqualTo("MATCH (n) RETURN n");
        assertThat(CypherGuard.check("MATCH (e:Evidence) RETURN e.start, e.show, {use: 1} AS m")).isNotBlank();
        for (String bad : List.of("SHOW DATABASES", "MATCH (n) RETURN n /* ; */ ; MATCH (m) RETURN m", "LOAD\tCSV FROM 'x' AS l RETURN l",
                "CALL\n/* c */ apoc.load.json('x')", "CALL db.labels() YIELD label CALL dbms.components() YIELD name RETURN 1",
                "MATCH (n) CALL (n) { SET n.x = 1 } IN CONCURRENT TRANSACTIONS", "TERMINATE TRANSACTION 'neo4j-transaction-1'",
                "RETURN \"unterminated", "MATCH (n) /* unterminated")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CypherGuard.check(bad)).as(bad)
                    .isInstanceOf(org.diplograph.api.ApiProblem.class);
        }
    }
}
