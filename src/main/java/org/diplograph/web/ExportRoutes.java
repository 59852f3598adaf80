package org.diplograph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.diplograph.api.ApiProblem;
import org.diplograph.console.ConsoleService;
import org.diplograph.graph.Elements;
import org.diplograph.graph.ExportService;
import org.diplograph.graph.NeighborhoodService;
import org.diplograph.graph.PathService;

import java.util.List;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

/**
 * {@code GET /api/export?format=graphml|gexf|cyjs|csv&kind=neighborhood|path&...}: the parameters of that endpoint
 * ({@code id} for the neighbourhood's entity; {@code table=nodes|edges} for CSV), answered as an attachment.
 * A console result: {@code POST /api/cypher/export?format=...} with the console's body (under the console's token
 * and rate limit).
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
    public void addRoutes() {
        get("export", ctx -> {
            String format = Params.choice(ctx, "format", ExportService.FORMATS, null);
            if (format == null) throw ApiProblem.badRequest("format is required: one of " + ExportService.FORMATS);
            String kind = Params.choice(ctx, "kind", List.of("neighborhood", "path", "cypher"), "neighborhood");
            String table = Params.choice(ctx, "table", List.of("nodes", "edges"), "edges");
            Elements.Graph elements;
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
                default -> throw ApiProblem.badRequest("a console result is exported with POST /api/cypher/export?format=..."
                        + " and the console's body {\"query\", \"params\"} (so the console's token and rate limit apply)");
            }
            send(ctx, export.export(elements, format, name, table));
        });
        post("cypher/export", ctx -> {
            String format = Params.choice(ctx, "format", ExportService.FORMATS, null);
            if (format == null) throw ApiProblem.badRequest("format is required: one of " + ExportService.FORMATS);
            String table = Params.choice(ctx, "table", List.of("nodes", "edges"), "edges");
            ConsoleRoutes.Body body = ConsoleRoutes.body(ctx, json);
            send(ctx, export.export(console.run(body.query(), body.params()).graph(), format, "cypher", table));
        });
    }

    private static void send(Context ctx, ExportService.File file) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(file.contentType());
        ctx.result(file.bytes());
    }

}
