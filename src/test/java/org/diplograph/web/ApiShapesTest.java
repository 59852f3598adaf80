package org.diplograph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.diplograph.DiplographExtension;
import org.diplograph.common.Json;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON shapes of every API route on the seed graph (status, content type, keys and value types; the title of an
 * error answer) are the ones recorded in {@code src/test/resources/api-shapes.json}: a refactoring that must not change
 * behaviour keeps this test green. {@code -Dshapes.record=true} writes the file anew from the running app.
 */
@ExtendWith(DiplographExtension.class)
class ApiShapesTest {
    private static final Path RECORD = Path.of("src/test/resources/api-shapes.json");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final TestApp t;

    ApiShapesTest(TestApp t) {
        this.t = t;
    }

    @Test
    void aChangedKeyOrTypeIsADifferenceAndANullIsNot() throws Exception {
        JsonNode rec = Json.mapper().readTree("{\"r\": {\"status\": 200, \"body\": {\"a\": \"string\", \"b\": \"number?\"}}}");
        List<String> d = new ArrayList<>();
        compatible(rec, Json.mapper().readTree("{\"r\": {\"status\": 200, \"body\": {\"a\": \"null\"}}}"), "", d);
        assertThat(d).isEmpty();
        compatible(rec, Json.mapper().readTree("{\"r\": {\"status\": 200, \"body\": {\"a\": \"number\", \"c\": \"string\"}}}"), "", d);
        assertThat(d).containsExactly("/r/body/a: string -> number", "/r/body/c added");
        d.clear();
        compatible(rec, Json.mapper().readTree("{\"r\": {\"status\": 404, \"body\": {\"a\": \"string\"}}}"), "", d);
        assertThat(d).containsExactly("/r/status: 200 -> 404");
    }

    @Test
    void everyRouteAnswersTheRecordedShape() throws Exception {
        t.importSeeds();
        String pez = "person:masoud-pezeshkian";
        Map<String, TestApp.Response> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/health/live", "/api/health/ready", "/api/stats", "/api/graph", "/api/graph?limit=2",
                "/api/search?q=pezesh", "/api/entities/" + pez, "/api/entities/" + pez + "/neighborhood",
                "/api/entities/" + pez + "/neighborhood?depth=2&types=MET", "/api/paths?from=state:TJK&to=state:RUS&via=agreements",
                "/api/meetings", "/api/meetings?person=" + pez, "/api/timeline", "/api/timeline?entity=state:IRN",
                "/api/cypher/examples", "/api/cypher/schema", "/api/documents", "/api/export?format=cyjs&id=" + pez,
                "/api/export?format=csv&id=" + pez, "/api/export?format=graphml&kind=path&from=state:TJK&to=state:RUS",
                // errors
                "/api/entities/person:nobody", "/api/entities/" + pez + "/neighborhood?depth=9", "/api/graph?limit=x",
                "/api/meetings?from=2025-02-01&to=2025-01-01", "/api/paths?from=state:TJK&to=state:TJK", "/api/export",
                "/api/export?format=csv&kind=cypher", "/api/documents/doc:nope", "/api/relationships/nope/evidence",
                "/api/no-such-route",
                // analysis (issue 16)
                "/api/analysis/centrality?metric=pagerank&limit=3", "/api/analysis/communities?limit=3",
                "/api/analysis/centrality?metric=degree&from=2024&to=2025&slice=year&limit=3",
                "/api/analysis/diff?from=2023-01-01&to=2025-02-01&limit=3", "/api/analysis/contradictions?entity=state:IRN",
                "/api/analysis/stage?party=state:IRN&at=2025-02-01&limit=3", "/api/analysis/centrality?metric=x",
                "/api/analysis/contradictions?entity=state:XXX", "/api/analysis/centrality?slice=year&from=1900&to=2025")) {
            answers.put("GET " + path, t.get(path));
        }
        String doc = answers.get("GET /api/documents").body().findValuesAsText("id").get(0);
        answers.put("GET /api/documents/{first}", t.get("/api/documents/" + doc));
        // one MET chosen by its content, not by store order (which the tests run before this one change): a dated one
        String rel = t.db().read("MATCH ()-[r:MET]->() WHERE r.dateInferred IS NOT NULL AND r.event IS NOT NULL "
                        + "RETURN elementId(r) AS id ORDER BY r.date, r.event LIMIT 1", Map.of(),
                r -> r.single().get("id").asString());
        answers.put("GET /api/relationships/{a MET}/evidence",
                t.get("/api/relationships/" + java.net.URLEncoder.encode(rel, java.nio.charset.StandardCharsets.UTF_8) + "/evidence"));
        String met = "{\"query\": \"MATCH (p:Person)-[m:MET]->(q:Person) RETURN p, m, q LIMIT 2\"}";
        answers.put("POST /api/cypher", t.post("/api/cypher", "application/json", met));
        answers.put("POST /api/cypher/export?format=gexf", t.post("/api/cypher/export?format=gexf", "application/json", met));
        answers.put("POST /api/cypher (syntax)", t.post("/api/cypher", "application/json", "{\"query\": \"MATCH (n)\\nRETRN n\"}"));
        answers.put("POST /api/cypher (clause)", t.post("/api/cypher", "application/json", "{\"query\": \"SHOW TRANSACTIONS\"}"));
        answers.put("POST /api/cypher (write)", t.post("/api/cypher", "application/json", "{\"query\": \"CREATE (n:X) RETURN n\"}"));
        answers.put("POST /api/cypher (not json)", t.post("/api/cypher", "application/json", "nope"));
        answers.put("POST /api/import (empty)", t.post("/api/import", "text/plain", ""));
        answers.put("POST /api/import (bad name)", t.post("/api/import?name=..%2Fx", "text/plain", "Some text."));
        answers.put("DELETE /api/graph", t.send(HttpRequest.newBuilder(URI.create(t.baseUrl() + "/api/graph")).DELETE()));

        ObjectNode shapes = F.objectNode();
        answers.forEach((route, res) -> {
            ObjectNode s = shapes.putObject(route);
            s.put("status", res.status());
            s.put("type", res.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            if (res.status() >= 400 && res.body() != null) s.put("title", res.body().path("title").asText());
            if (res.body() != null) s.set("body", shape(res.body()));
        });
        String now = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(shapes) + "\n";
        if (Boolean.getBoolean("shapes.record") || !Files.exists(RECORD)) {
            Files.writeString(RECORD, now);
        }
        // compared leniently on what the data decides (a null, an optional key, a row picked first), strictly on the rest:
        // statuses, content types, error titles, key names and value types
        List<String> diffs = new ArrayList<>();
        compatible(Json.mapper().readTree(Files.readString(RECORD)), shapes, "", diffs);
        assertThat(diffs).as("routes whose answer changed shape (-Dshapes.record=true records them again)").isEmpty();
    }

    /** Whether a recorded shape and a new one agree, ignoring what only the data decides; disagreements go to diffs. */
    static void compatible(JsonNode rec, JsonNode now, String path, List<String> diffs) {
        if (rec.isObject() && now.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            rec.fieldNames().forEachRemaining(keys::add);
            now.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode x = rec.get(k);
                JsonNode y = now.get(k);
                if (x == null || y == null) {
                    JsonNode there = x == null ? y : x;
                    if (!(there.isTextual() && there.asText().endsWith("?"))) diffs.add(path + "/" + k + (x == null ? " added" : " missing"));
                } else {
                    compatible(x, y, path + "/" + k, diffs);
                }
            }
        } else if (rec.isArray() && now.isArray()) {
            if (!rec.isEmpty() && !now.isEmpty()) compatible(rec.get(0), now.get(0), path + "[]", diffs);
        } else if (rec.isTextual() && now.isTextual()) {
            TreeSet<String> a = types(rec.asText());
            TreeSet<String> b = types(now.asText());
            boolean exact = !path.contains("/body") && (path.endsWith("/type") || path.endsWith("/title"));
            if (exact ? !rec.asText().equals(now.asText()) : !a.contains("null") && !b.contains("null")
                    && a.stream().noneMatch(b::contains)) diffs.add(path + ": " + rec.asText() + " -> " + now.asText());
        } else if (rec.isNumber() && now.isNumber()) {
            if (rec.asInt() != now.asInt()) diffs.add(path + ": " + rec.asInt() + " -> " + now.asInt());
        } else if (!(rec.isTextual() && rec.asText().contains("null") || now.isTextual() && now.asText().contains("null"))) {
            diffs.add(path + ": " + rec + " -> " + now);
        }
    }

    private static TreeSet<String> types(String shape) {
        TreeSet<String> out = new TreeSet<>();
        for (String x : shape.split("\\|")) out.add(x.endsWith("?") ? x.substring(0, x.length() - 1) : x);
        return out;
    }

    /** The shape of a value: object keys (sorted) with their shapes, one merged shape for an array's elements, type names. */
    static JsonNode shape(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = F.objectNode();
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            keys.stream().sorted().forEach(k -> o.set(k, shape(n.get(k))));
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = F.arrayNode();
            JsonNode merged = null;
            for (JsonNode e : n) merged = merged == null ? shape(e) : merge(merged, shape(e));
            if (merged != null) a.add(merged);
            return a;
        }
        return TextNode.valueOf(n.isTextual() ? "string" : n.isNumber() ? "number" : n.isBoolean() ? "boolean" : "null");
    }

    private static JsonNode merge(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode o = F.objectNode();
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode x = a.get(k), y = b.get(k);
                o.set(k, x == null ? optional(y) : y == null ? optional(x) : merge(x, y));
            }
            return o;
        }
        if (a.isArray() && b.isArray()) {
            if (a.isEmpty()) return b;
            if (b.isEmpty()) return a;
            return F.arrayNode().add(merge(a.get(0), b.get(0)));
        }
        if (a.isTextual() && b.isTextual()) {
            TreeSet<String> types = new TreeSet<>(List.of(a.asText().split("\\|")));
            types.addAll(List.of(b.asText().split("\\|")));
            return TextNode.valueOf(String.join("|", types));
        }
        return TextNode.valueOf("mixed");
    }

    /** A key only some elements of an array have. */
    private static JsonNode optional(JsonNode s) {
        if (s.isTextual()) return TextNode.valueOf(s.asText().endsWith("?") ? s.asText() : s.asText() + "?");
        return s;
    }
}
