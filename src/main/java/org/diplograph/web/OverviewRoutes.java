package org.diplograph.web;

import org.diplograph.graph.OverviewService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code /api/stats} and {@code /api/graph?limit=}. */
public final class OverviewRoutes implements ApiRoutes {
    private final OverviewService overview;
    private final int maxNodes;

    public OverviewRoutes(OverviewService overview, int maxNodes) {
        this.overview = overview;
        this.maxNodes = maxNodes;
    }

    @Override
    public void addRoutes() {
        get("stats", ctx -> ctx.json(overview.stats()));
        get("graph", ctx -> {
            int limit = ctx.queryParamAsClass("limit", Integer.class)
                    .check(v -> v == null || (v >= 1 && v <= maxNodes), "must be between 1 and " + maxNodes)
                    .getOrDefault(maxNodes);
            ctx.json(overview.graph(limit));
        });
    }
}
