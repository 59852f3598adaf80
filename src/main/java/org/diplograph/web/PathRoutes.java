package org.diplograph.web;

import io.javalin.http.Context;
import org.diplograph.graph.PathService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/paths?from=&to=&via=&mode=shortest|all|k&k=&maxHops=&asOf=}. */
public final class PathRoutes implements ApiRoutes {
    private final PathService paths;

    public PathRoutes(PathService paths) {
        this.paths = paths;
    }

    @Override
    public void addRoutes() {
        get("paths", ctx -> ctx.json(paths.paths(request(ctx))));
    }

    /** The request from query parameters (shared with the export endpoint). */
    static PathService.Request request(Context ctx) {
        String from = Params.requiredId(ctx, "from");
        String to = Params.requiredId(ctx, "to");
        String via = Params.choice(ctx, "via", PathService.VIAS, "any");
        String mode = Params.choice(ctx, "mode", PathService.MODES, "shortest");
        Integer k = ctx.queryParam("k") == null ? null : Params.integer(ctx, "k", 1, 20, 3);
        int maxHops = Params.integer(ctx, "maxHops", 1, 6, 4);
        var asOf = Params.dateTo(ctx, "asOf");
        return new PathService.Request(from, to, via, mode, k, maxHops, asOf);
    }
}
