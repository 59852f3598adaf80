package org.diplograph.web;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class HealthAndStatsTest {
    private final TestApp t;

    HealthAndStatsTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    @Test
    void liveAndReady() {
        var live = t.get("/api/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body().get("status").asText()).isEqualTo("up");
        var ready = t.get("/api/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().get("status").asText()).isEqualTo("ready");
    }

    @Test
    void statsCountNodesPerLabelAndRelationshipsPerType() {
        t.db().write("CREATE (:State:Entity {id:'state:IRN', name:'Iran'})-[:MEMBER_OF]->(:Organization:Entity {id:'org:sco', name:'SCO'}),"
                + " (:State:Entity {id:'state:TJK', name:'Tajikistan'})", Map.of(), r -> r.consume());
        var stats = t.get("/api/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().at("/nodes/State").asLong()).isEqualTo(2);
        assertThat(stats.body().at("/nodes/Organization").asLong()).isEqualTo(1);
        assertThat(stats.body().at("/nodes/Entity").isMissingNode()).isTrue();
        assertThat(stats.body().at("/relationships/MEMBER_OF").asLong()).isEqualTo(1);
        assertThat(stats.body().get("totalNodes").asLong()).isEqualTo(3);
        // the test app starts with the first-start seed import off: stats say so (issue 13, item 13)
        assertThat(stats.body().at("/seedImport/state").asText()).isEqualTo("skipped");
        assertThat(stats.body().at("/seedImport/reason").asText()).contains("DIPLOGRAPH_IMPORT_SEEDS");
    }

    @Test
    void graphReturnsCytoscapeElementsAndSaysWhenCut() {
        t.db().write("UNWIND range(1, 5) AS i CREATE (s:State:Entity {id:'state:X' + i, name:'X' + i})"
                + " WITH collect(s) AS all UNWIND all AS s MATCH (o:State) WHERE o.id = 'state:X1' AND s <> o"
                + " CREATE (s)-[:MEMBER_OF {evidence:['ev:1']}]->(o)", Map.of(), r -> r.consume());
        var all = t.get("/api/graph?limit=10");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("nodes")).hasSize(5);
        assertThat(all.body().get("edges")).hasSize(4);
        assertThat(all.body().get("truncated").asBoolean()).isFalse();
        var edge = all.body().get("edges").get(0).get("data");
        assertThat(edge.get("type").asText()).isEqualTo("MEMBER_OF");
        assertThat(edge.get("target").asText()).isEqualTo("state:X1");
        assertThat(edge.get("evidenceCount").asInt()).isEqualTo(1);
        var node = all.body().get("nodes").get(0).get("data");
        assertThat(node.get("label").asText()).isEqualTo("State");
        assertThat(node.get("id").asText()).isEqualTo("state:X1");

        var noLimit = t.get("/api/graph");
        assertThat(noLimit.status()).isEqualTo(200);
        assertThat(noLimit.body().get("nodes")).hasSize(5);

        var cut = t.get("/api/graph?limit=2");
        assertThat(cut.body().get("nodes")).hasSize(2);
        assertThat(cut.body().get("truncated").asBoolean()).isTrue();
    }

    @Test
    void errorsAreJsonNeverHtml() {
        var bad = t.get("/api/graph?limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("status").asInt()).isEqualTo(400);
        assertThat(bad.body().get("detail").asText()).contains("limit");
        var notNumber = t.get("/api/graph?limit=abc");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.body().get("title").asText()).isNotBlank();
        var missing = t.get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("title").asText()).isEqualTo("Not found");
        assertThat(missing.raw()).doesNotContain("<html");
    }

    @Test
    void securityHeadersOnPagesAndApiAndNoCors() {
        for (String path : java.util.List.of("/", "/api/health/live", "/api/no-such-thing")) {
            var res = t.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.baseUrl() + path))
                    .header("Origin", "http://evil.example").GET());
            assertThat(res.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(res.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(res.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void servesTheUiAndCytoscapeFromItsWebjar() {
        var index = t.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.raw()).contains("Diplograph");
        var cy = t.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        assertThat(cy.status()).isEqualTo(200);
        assertThat(cy.raw()).contains("cytoscape");
    }
}
