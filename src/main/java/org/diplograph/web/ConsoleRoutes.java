package org.diplograph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.diplograph.api.ApiProblem;
import org.diplograph.console.ConsoleService;
import org.diplograph.console.Examples;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

/**
 * {@code POST /api/cypher {"query": "...", "params": {...}}}: the read-only console; {@code GET /api/cypher/examples};
 * {@code GET /api/cypher/schema}: labels, relationship types, property keys and procedures for the editor's completion.
 */
public final class ConsoleRoutes implements ApiRoutes {
    private final ConsoleService console;
    private final ObjectMapper json;

    public ConsoleRoutes(ConsoleService console, ObjectMapper json) {
        this.console = console;
        this.json = json;
    }

    @Override
    public void addRoutes() {
        get("cypher/examples", ctx -> ctx.json(Examples.all()));
        get("cypher/schema", ctx -> ctx.json(console.schema()));
        post("cypher", ctx -> {
            Body body = body(ctx, json);
            ctx.json(console.run(body.query(), body.params())); // errors: ApiProblem, with their extra fields
        });
    }

    /** A console request: the query and its parameters. */
    public record Body(String query, Map<String, Object> params) {}

    /** Parses {@code {"query": "...", "params": {...}}}; 400 when malformed, 413 (by the server) when too large. */
    static Body body(Context ctx, ObjectMapper json) {
        JsonNode body;
        String text = ctx.body(); // over the size limit: 413, answered by the server
        try {
            body = json.readTree(text);
        } catch (Exception e) {
            throw ApiProblem.badRequest("The body must be JSON: {\"query\": \"...\", \"params\": {...}}");
        }
        if (body == null || !body.isObject()) throw ApiProblem.badRequest("The body must be a JSON object with a \"query\"");
        JsonNode q = body.get("query");
        if (q == null || !q.isTextual()) throw ApiProblem.badRequest("\"query\" must be a string");
        JsonNode params = body.get("params");
        if (params != null && !params.isNull() && !params.isObject()) throw ApiProblem.badRequest("\"params\" must be a JSON object");
        return new Body(q.asText(), params == null || params.isNull() ? Map.of() : params(params));
    }


    /** JSON params as driver values: strings, booleans, whole numbers (64-bit), doubles, lists, maps, null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> params(JsonNode node) {
        return (Map<String, Object>) value(node, 0);
    }

    private static Object value(JsonNode n, int depth) {
        if (depth > 32) throw ApiProblem.badRequest("\"params\" is nested too deeply");
        if (n == null || n.isNull()) return null;
        if (n.isTextual()) return n.asText();
        if (n.isBoolean()) return n.asBoolean();
        if (n.isIntegralNumber()) {
            if (!n.canConvertToLong()) throw ApiProblem.badRequest("a number in \"params\" does not fit in 64 bits");
            return n.asLong();
        }
        if (n.isNumber()) return n.asDouble();
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(value(x, depth + 1)));
            return out;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                var e = it.next();
                out.put(e.getKey(), value(e.getValue(), depth + 1));
            }
            return out;
        }
        throw ApiProblem.badRequest("unsupported value in \"params\"");
    }
}
