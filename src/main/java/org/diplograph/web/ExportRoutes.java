package org.diplograph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.api.ApiProblem;
import org.diplograph.console.ConsoleService;
import org.diplograph.graph.ExportService;
import org.diplograph.graph.NeighborhoodService;
import org.diplograph.graph.PathService;

import java.util.List;
import java.util.Map;

import static io.javalin.apibuilder.ApiBuilder.get;

/**
 * {@code GET /api/export?format=graphml|gexf|cyjs|csv&kind=neighborhood|path|cypher&...}: the parameters of that
 * endpoint ({@code id} for the neighbourhood's entity; {@code query} and {@code params} (JSON) for the console;
 * {@code table=nodes|edges} for CSV), answered as an attachment.
 */
public final class ExportRoutes implements ApiRoutes {
    private final ExportService export;
    private final NeighborhoodService neighborhood;
    private final PathService paths;
    private final ConsoleService console;
    private final ObjectMapper json;
    private final int maxNodes;

    public ExportRoutes(ExportService export, NeighborhoodService neighborhood, PathService paths, ConsoleService console,
                        ObjectMapper json, int maxNodes) {
        this.export = export;
        this.neighborhood = neighborhood;
        this.paths = paths;
        this.console = console;
        this.json = json;
        this.maxNodes = maxNodes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addRoutes() {
        get("export", ctx -> {
            String format = Params.choice(ctx, "format", ExportService.FORMATS, null);
            if (format == null) throw ApiProblem.badRequest("format is required: one of " + ExportService.FORMATS);
            String kind = Params.choice(ctx, "kind", List.of("neighborhood", "path", "cypher"), "neighborhood");
            String table = Params.choice(ctx, "table", List.of("nodes", "edges"), "edges");
            Map<String, Object> elements;
            String name;
            switch (kind) {
                case "neighborhood" -> {
                    String id = Params.requiredId(ctx, "id");
                    elements = neighborhood.neighborhood(NeighborhoodRoutes.request(ctx, id, maxNodes));
                    name = "neighborhood";
                }
                case "path" -> {
                    elements = paths.paths(PathRoutes.request(ctx));
                    name = "paths";
                }
                default -> {
                    String query = ctx.queryParamAsClass("query", String.class).check(v -> v == null || !v.isBlank(), "must not be empty").get();
                    Map<String, Object> params = Map.of();
                    String raw = ctx.queryParam("params");
                    if (raw != null && !raw.isBlank()) {
                        JsonNode node;
                        try {
                            node = json.readTree(raw);
                        } catch (Exception e) {
                            throw ApiProblem.badRequest("params must be a JSON object");
                        }
                        if (node == null || !node.isObject()) throw ApiProblem.badRequest("params must be a JSON object");
                        params = ConsoleRoutes.params(node);
                    }
                    elements = (Map<String, Object>) console.run(query, params).get("graph");
                    name = "cypher";
                }
            }
            ExportService.File file = export.export(elements, format, name, table);
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType(file.contentType());
            ctx.result(file.bytes());
        });
    }

}
