package org.diplograph.web;

import io.javalin.http.Context;
import org.diplograph.facts.Labels;
import org.diplograph.graph.NeighborhoodService;

import java.util.List;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/entities/{id}/neighborhood?depth=1..3&labels=&types=&from=&to=&limit=}. */
public final class NeighborhoodRoutes implements ApiRoutes {
    /** Relationship types a neighbourhood may follow (MENTIONS links documents, not entities). */
    static final List<String> TYPES = NeighborhoodService.TYPES;

    private final NeighborhoodService service;
    private final int maxNodes;

    public NeighborhoodRoutes(NeighborhoodService service, int maxNodes) {
        this.service = service;
        this.maxNodes = maxNodes;
    }

    @Override
    public void addRoutes() {
        get("entities/{id}/neighborhood", ctx -> ctx.json(service.neighborhood(request(ctx, Params.pathId(ctx, "id"), maxNodes))));
    }

    /** The request from query parameters (shared with the export endpoint). */
    static NeighborhoodService.Request request(Context ctx, String id, int maxNodes) {
        int depth = Params.integer(ctx, "depth", 1, 3, 1);
        var labels = Params.allowed(ctx, "labels", Labels.ENTITY_LABELS);
        var types = Params.allowed(ctx, "types", TYPES);
        var dates = Params.dateRange(ctx);
        int limit = Params.integer(ctx, "limit", 1, maxNodes, maxNodes);
        return new NeighborhoodService.Request(id, depth, labels, types, dates.from(), dates.to(), limit);
    }
}
