package org.diplograph.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.diplograph.graph.OverviewService;
import org.diplograph.load.SeedImport;

import java.util.function.Supplier;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code /api/stats} (with the first-start seed import's progress as {@code seedImport}) and {@code /api/graph?limit=}. */
public final class OverviewRoutes implements ApiRoutes {
    private final OverviewService overview;
    private final int maxNodes;
    private final Supplier<SeedImport.Progress> seedImport;

    public OverviewRoutes(OverviewService overview, int maxNodes, Supplier<SeedImport.Progress> seedImport) {
        this.overview = overview;
        this.maxNodes = maxNodes;
        this.seedImport = seedImport;
    }

    /** {@code GET /api/stats}: the counts, with the first-start seed import's progress beside them. */
    record Stats(@JsonUnwrapped OverviewService.Stats counts, SeedImport.Progress seedImport) {}

    @Override
    public void addRoutes() {
        get("stats", ctx -> {
            ctx.json(new Stats(overview.stats(), seedImport.get()));
        });
        get("graph", ctx -> {
            int limit = ctx.queryParamAsClass("limit", Integer.class)
                    .check(v -> v == null || (v >= 1 && v <= maxNodes), "must be between 1 and " + maxNodes)
                    .getOrDefault(maxNodes);
            ctx.json(overview.graph(limit));
        });
    }
}
