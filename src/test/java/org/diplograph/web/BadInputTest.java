package org.diplograph.web;

import io.javalin.Javalin;
import org.diplograph.DiplographExtension;
import org.diplograph.common.Json;
import org.diplograph.TestApp;
import org.diplograph.console.ConsoleService;
import org.diplograph.graph.QueryFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input table of issue 4: every case is answered with a JSON error (or a harmless, capped answer), nothing is
 * written, no stack trace or server path leaks, and the server keeps answering.
 */
@ExtendWith(DiplographExtension.class)
class BadInputTest {
    private static Javalin shortTimeout;
    private final TestApp t;

    BadInputTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void fixture() {
        QueryFixture.ensure(t);
    }

    @AfterAll
    static void stop() {
        if (shortTimeout != null) shortTimeout.stop();
    }

    /** One case: a GET path, or a console query (POSTed as {"query": ...}), or a raw POST body; the accepted statuses. */
    record Case(String name, String get, String console, String rawBody, Set<Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case get(String name, String path, Integer... expected) {
        return new Case(name, path, null, null, Set.of(expected));
    }

    static Case console(String query, Integer... expected) {
        return new Case(query.replace('\n', ' '), null, query, null, Set.of(expected));
    }

    static Case raw(String name, String body, Integer... expected) {
        return new Case(name, null, null, body, Set.of(expected));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<Case> cases() {
        return List.of(
                // writes: refused by the pre-flight EXPLAIN / READ session
                console("CREATE (n)", 403),
                console("MATCH (n) SET n.x=1", 403),
                console("FOREACH (x IN [1] | CREATE (:X))", 403),
                console("CREATE INDEX hostile FOR (n:State) ON (n.hostile)", 403),
                console("MATCH (n) // a comment hiding nothing\nDETACH DELETE n", 403),
                console("MATCH (n) WITH n LIMIT 1 MERGE (m:X {id: 'x'}) RETURN m", 403),
                // forbidden clauses: refused before running
                console("CALL db.createLabel('X')", 400),
                console("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", 400),
                console("CALL { CREATE (:X) } IN TRANSACTIONS", 400),
                console("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 400),
                console("LOAD CSV FROM 'http://127.0.0.1:8080/' AS line RETURN line", 400),
                console("LOAD/* hidden */CSV FROM 'file:///etc/passwd' AS line RETURN line", 400),
                console("LOAD\u00A0CSV FROM 'file:///etc/passwd' AS line RETURN line", 400),
                console("SHOW TRANSACTIONS", 400),
                console("show procedures", 400),
                console("TERMINATE TRANSACTIONS 'x'", 400),
                console("CALL dbms.listConfig()", 400),
                console("call DBMS.LISTCONFIG()", 400),
                console("CALL `dbms`.`listConfig`()", 400),
                console("CALL db.clearQueryCaches()", 400),
                console("MATCH (n) RETURN n LIMIT 1; MATCH (n) DETACH DELETE n", 400),
                console("RETURN 1; // then\nCREATE (n)", 400),
                console("USE system SHOW USERS", 400),
                console("CALL { USE system RETURN 1 AS x } RETURN x", 400),
                console("PROFILE MATCH (n) RETURN n", 400),
                console("RETURN 'unterminated", 400),
                // syntax error, missing parameter
                console("MATCH (n RETURN n", 400),
                console("MATCH (n) WHERE n.id = $missing RETURN n", 400),
                // heavy but read-only: capped or stopped, never harmful
                console("MATCH (a), (b), (c), (d) RETURN a, b, c, d", 200, 408),
                console("UNWIND range(1, 20000000) AS x RETURN collect(x)", 408, 422),
                console("MATCH p=()-[*]-() RETURN p", 200, 408),
                // harmless look-alikes are not refused
                console("RETURN 'LOAD CSV; SHOW TRANSACTIONS // CREATE' AS text", 200),
                console("MATCH (n:State {id: 'state:IRN'}) RETURN n.name AS show;", 200),
                console("CALL db.labels() YIELD label RETURN label", 200),
                // malformed bodies
                raw("not JSON", "MATCH (n) RETURN n", 400),
                raw("JSON array", "[1, 2]", 400),
                raw("query not a string", "{\"query\": 5}", 400),
                raw("params not an object", "{\"query\": \"RETURN 1\", \"params\": [1]}", 400),
                raw("huge number param", "{\"query\": \"RETURN $x\", \"params\": {\"x\": 123456789012345678901234567890}}", 400),
                raw("body over the limit", "{\"query\": \"RETURN 1\", \"pad\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}", 413),
                // hostile ids, types, labels, numbers and dates on the GET endpoints
                get("hostile id", "/api/entities/" + enc("1}) DETACH DELETE n //"), 404),
                get("hostile id in neighbourhood", "/api/entities/" + enc("x'}) MATCH (m) DETACH DELETE m //") + "/neighborhood", 404),
                get("hostile type", "/api/entities/state:IRN/neighborhood?types=" + enc("KNOWS]->() DETACH DELETE n //"), 400),
                get("type with a backtick", "/api/entities/state:IRN/neighborhood?types=" + enc("MET`]->() DETACH DELETE n //"), 400),
                get("hostile label", "/api/entities/state:IRN/neighborhood?labels=" + enc("State) DETACH DELETE n //"), 400),
                get("unknown label", "/api/search?q=iran&types=Evidence", 400),
                get("depth out of range", "/api/entities/state:IRN/neighborhood?depth=9", 400),
                get("depth not a number", "/api/entities/state:IRN/neighborhood?depth=two", 400),
                get("limit out of range", "/api/entities/state:IRN/neighborhood?limit=-1", 400),
                get("search limit out of range", "/api/search?q=iran&limit=1000", 400),
                get("k out of range", "/api/paths?from=state:TJK&to=state:RUS&mode=k&k=99", 400),
                get("maxHops out of range", "/api/paths?from=state:TJK&to=state:RUS&maxHops=7", 400),
                get("unknown via", "/api/paths?from=state:TJK&to=state:RUS&via=" + enc("PARTY_TO*]-() DETACH DELETE n //"), 400),
                get("bad date", "/api/entities/state:IRN/neighborhood?from=2025-02-30", 400),
                get("bad asOf", "/api/paths?from=state:TJK&to=state:RUS&asOf=" + enc("2025-01-01'}) DELETE n"), 400),
                get("bad timeline date", "/api/timeline?from=soon", 400),
                get("unknown path end", "/api/paths?from=state:TJK&to=" + enc("1}) DETACH DELETE n //"), 404),
                get("unknown meeting person", "/api/meetings?person=" + enc("' OR 1=1 //"), 404),
                get("unknown timeline entity", "/api/timeline?entity=state:NOPE", 404),
                get("hostile relationship id", "/api/relationships/" + enc("1}) DETACH DELETE n //") + "/evidence", 404),
                get("search too long", "/api/search?q=" + "a".repeat(500), 400),
                get("unknown export format", "/api/export?format=exe&kind=neighborhood&id=state:IRN", 400),
                get("export of a console query by GET", "/api/export?format=csv&kind=cypher&query=" + enc("CREATE (n)"), 400),
                new Case("export of a write", "/api/cypher/export?format=csv", "CREATE (n)", null, Set.of(403)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answeredWithoutHarm(Case c) {
        long[] before = t.counts();
        long t0 = System.nanoTime();
        TestApp.Response res;
        if (c.get() != null && c.console() != null) {
            res = t.post(c.get(), "application/json", t.json.createObjectNode().put("query", c.console()).toString());
        } else if (c.get() != null) res = t.get(c.get());
        else if (c.console() != null) {
            res = t.post("/api/cypher", "application/json", t.json.createObjectNode().put("query", c.console()).toString());
        } else res = t.post("/api/cypher", "application/json", c.rawBody());
        System.out.println("BadInput " + c.name().substring(0, Math.min(60, c.name().length())) + " → " + res.status()
                + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(res.status()).as(c.name() + " → " + abbreviate(res.raw())).isIn(c.expected());
        if (res.status() >= 400) {
            assertThat(res.body()).as("a JSON error body: " + abbreviate(res.raw())).isNotNull();
            assertThat(res.body().get("status").asInt()).isEqualTo(res.status());
            assertThat(res.body().get("title").asText()).isNotBlank();
            assertThat(res.body().get("detail").asText()).isNotBlank();
        }
        assertThat(res.raw()).doesNotContain("\tat org.", "Exception:", "/tmp/", "/work/", "diplograph-test-store");
        assertThat(res.raw().length()).as("answer size").isLessThan(20_000_000);
        assertThat(t.counts()).as("nothing written by " + c.name()).containsExactly(before);
        assertThat(t.get("/api/health/ready").status()).isEqualTo(200);
    }

    @Test
    void syntaxErrorsGiveNeo4jsMessageAndPosition() {
        var res = t.post("/api/cypher", "application/json", "{\"query\": \"MATCH (n)\\nRETURN n ORDER\"}");
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body().get("title").asText()).isEqualTo("Syntax error");
        assertThat(res.body().get("line").asInt()).isEqualTo(2);
        assertThat(res.body().get("column").asInt()).isPositive();
        assertThat(res.body().get("offset").asInt()).isGreaterThan(9);
    }

    @Test
    void aSyntaxErrorsPositionAndTextAreTheQueryAsTyped() {
        var res = t.post("/api/cypher", "application/json", "{\"query\": \"MATCH (n) RETRN n\"}");
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body().get("line").asInt()).isEqualTo(1);
        assertThat(res.body().get("column").asInt()).as("the column of RETRN").isEqualTo(11);
        assertThat(res.body().get("offset").asInt()).isEqualTo(10);
        assertThat(res.body().get("detail").asText()).doesNotContain("EXPLAIN");
    }

    @Test
    void forbiddenClausesAreNamed() {
        var res = t.post("/api/cypher", "application/json", "{\"query\": \"SHOW TRANSACTIONS\"}");
        assertThat(res.body().get("detail").asText()).contains("SHOW");
        assertThat(res.body().get("clause").asText()).isEqualTo("SHOW");
        var load = t.post("/api/cypher", "application/json", "{\"query\": \"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l\"}");
        assertThat(load.body().get("detail").asText()).contains("LOAD CSV");
        var call = t.post("/api/cypher", "application/json", "{\"query\": \"CALL dbms.listConfig()\"}");
        assertThat(call.body().get("detail").asText()).contains("dbms.listconfig");
    }

    @Test
    void aRunawayQueryTimesOutCleanlyAndTheServerKeepsAnswering() {
        // a second HTTP server on the same database whose console has a 1 s timeout (no second Neo4j needed)
        shortTimeout = HttpServer.create(Json.mapper(), 1 << 20, List.of(new HealthRoutes(t.db()),
                new ConsoleRoutes(new ConsoleService(t.db(), Duration.ofSeconds(1), 1000), Json.mapper()))).start("localhost", 0);
        long[] before = t.counts();
        long t0 = System.nanoTime();
        var res = t.send(HttpRequest.newBuilder(URI.create("http://localhost:" + shortTimeout.port() + "/api/cypher"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"MATCH p=()-[*]-() RETURN count(p)\"}")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(res.status()).as(res.raw()).isEqualTo(408);
        assertThat(res.body().get("title").asText()).isEqualTo("Query timed out");
        assertThat(res.body().path("cap").asText()).as("the 408 names the cap").isEqualTo("DIPLOGRAPH_QUERY_TIMEOUT");
        assertThat(res.body().get("detail").asText()).contains("DIPLOGRAPH_QUERY_TIMEOUT");
        assertThat(ms).isLessThan(8_000);
        assertThat(t.get("/api/health/ready").status()).isEqualTo(200);
        assertThat(t.get("/api/search?q=iran").status()).isEqualTo(200);
        assertThat(t.counts()).containsExactly(before);
    }

    @Test
    void consoleAnswersColumnsRowsGraphAndCapsRows() {
        var res = t.post("/api/cypher", "application/json",
                "{\"query\": \"MATCH (p:Person)-[m:MET]-(q) WHERE p.id = $id RETURN p, m, q\", \"params\": {\"id\": \"" + QueryFixture.PEZESHKIAN + "\"}}");
        assertThat(res.status()).as(res.raw()).isEqualTo(200);
        assertThat(res.body().get("columns").toString()).isEqualTo("[\"p\",\"m\",\"q\"]");
        assertThat(res.body().get("rows")).hasSize(2);
        assertThat(res.body().at("/rows/0/0/id").asText()).isEqualTo(QueryFixture.PEZESHKIAN);
        assertThat(res.body().at("/rows/0/1/type").asText()).isEqualTo("MET");
        assertThat(res.body().at("/graph/nodes")).hasSize(3);
        assertThat(res.body().at("/graph/edges")).hasSize(2);
        assertThat(res.body().get("truncated").asBoolean()).isFalse();

        var many = t.post("/api/cypher", "application/json", "{\"query\": \"UNWIND range(1, 5000) AS x RETURN x\"}");
        assertThat(many.body().get("rows")).hasSize(t.app.config().maxConsoleRows());
        assertThat(many.body().get("truncated").asBoolean()).isTrue();

        var path = t.post("/api/cypher", "application/json", "{\"query\": \"MATCH p = (:State {id:'state:TJK'})-[:PARTY_TO]->()<-[:PARTY_TO]-(:State {id:'state:IRN'}) RETURN p\"}");
        assertThat(path.body().at("/graph/nodes").size()).isGreaterThanOrEqualTo(3);
        assertThat(path.body().at("/rows/0/0/length").asInt()).isEqualTo(2);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

}
