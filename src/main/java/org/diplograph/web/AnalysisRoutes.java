package org.diplograph.web;

import io.javalin.http.Context;
import org.diplograph.analysis.AnalysisService;
import org.diplograph.analysis.Metrics;
import org.diplograph.facts.Labels;

import java.util.List;

import static io.javalin.apibuilder.ApiBuilder.get;

/**
 * The analysis routes (issue 16), client/server IO only: {@code GET /api/analysis/centrality?metric=&labels=&types=
 * &from=&to=&asOf=&slice=year&limit=&maxParties=&around=}, {@code /api/analysis/communities?...} (same parameters but
 * the metric). Parameters are checked here: a bad one is a 400 naming it.
 */
public final class AnalysisRoutes implements ApiRoutes {
    private final AnalysisService analysis;

    public AnalysisRoutes(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public void addRoutes() {
        get("analysis/centrality", ctx -> ctx.json(analysis.centrality(request(ctx, Params.choice(ctx, "metric", Metrics.NAMES, "degree")))));
        get("analysis/communities", ctx -> ctx.json(analysis.communities(request(ctx, null))));
    }

    static AnalysisService.Request request(Context ctx, String metric) {
        List<String> labels = Params.allowed(ctx, "labels", Labels.ENTITY_LABELS);
        List<String> types = Params.allowed(ctx, "types", Labels.RELATIONSHIP_TYPES);
        var from = Params.dateFrom(ctx, "from");
        var to = Params.dateTo(ctx, "to");
        var asOf = Params.dateTo(ctx, "asOf");
        if (from != null && to != null && from.isAfter(to)) throw org.diplograph.api.ApiProblem.badRequest("from must not be after to");
        String slice = Params.choice(ctx, "slice", List.of("year"), null);
        int limit = Params.integer(ctx, "limit", 1, 1000, 25);
        int maxParties = Params.integer(ctx, "maxParties", 2, 1000, 0);
        String around = Params.optionalId(ctx, "around");
        return new AnalysisService.Request(metric, labels, types, from, to, asOf, slice, limit, maxParties, around);
    }
}
