package org.diplograph.web;

import io.javalin.http.Context;
import org.diplograph.analysis.AnalysisJobs;
import org.diplograph.analysis.AnalysisService;
import org.diplograph.analysis.ContradictionService;
import org.diplograph.analysis.DiffService;
import org.diplograph.analysis.StageService;
import org.diplograph.api.ApiProblem;
import org.diplograph.analysis.Metrics;
import org.diplograph.facts.Labels;

import java.util.List;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

/**
 * The analysis routes (issue 16), client/server IO only: {@code GET /api/analysis/centrality?metric=&labels=&types=
 * &from=&to=&asOf=&slice=year&limit=&maxParties=&around=}, {@code /api/analysis/communities?...} (same parameters but
 * the metric), {@code /api/analysis/diff?from=T1&to=T2&labels=&types=&metric=&limit=},
 * {@code /api/analysis/contradictions?entity=} and {@code /api/analysis/stage?party=&agreement=&at=&limit=}.
 * Long centrality and communities calls can run as jobs instead ({@link AnalysisJobs}): {@code POST} to the same path
 * with the same parameters checks them as the GET does and answers 202 with the job ({@code Location:
 * /api/analysis/jobs/{id}}); {@code GET /api/analysis/jobs/{id}} gives its progress ({@code done} of {@code total}
 * slices) and, once done, the GET's answer as {@code result}. Parameters are checked here: a bad one is a 400 naming it.
 */
public final class AnalysisRoutes implements ApiRoutes {
    private final AnalysisService analysis;
    private final DiffService diff;
    private final ContradictionService contradictions;
    private final StageService stages;
    private final AnalysisJobs jobs;

    public AnalysisRoutes(AnalysisService analysis, DiffService diff, ContradictionService contradictions, StageService stages,
                          AnalysisJobs jobs) {
        this.jobs = jobs;
        this.analysis = analysis;
        this.diff = diff;
        this.contradictions = contradictions;
        this.stages = stages;
    }

    @Override
    public void addRoutes() {
        get("analysis/centrality", ctx -> ctx.json(analysis.centrality(request(ctx, Params.choice(ctx, "metric", Metrics.NAMES, "degree")))));
        get("analysis/communities", ctx -> ctx.json(analysis.communities(request(ctx, null))));
        post("analysis/centrality", ctx -> {
            var q = request(ctx, Params.choice(ctx, "metric", Metrics.NAMES, "degree"));
            started(ctx, jobs.start("centrality", analysis.slices(q), progress -> analysis.centrality(q, progress)));
        });
        post("analysis/communities", ctx -> {
            var q = request(ctx, null);
            started(ctx, jobs.start("communities", analysis.slices(q), progress -> analysis.communities(q, progress)));
        });
        get("analysis/jobs/{id}", ctx -> ctx.json(jobs.get(ctx.pathParam("id"))));
        get("analysis/diff", ctx -> {
            var t1 = Params.dateTo(ctx, "from");
            var t2 = Params.dateTo(ctx, "to");
            if (t1 == null || t2 == null) throw ApiProblem.badRequest((t1 == null ? "from" : "to") + " is required (a date)");
            ctx.json(diff.diff(new DiffService.Request(t1, t2, Params.allowed(ctx, "labels", Labels.ENTITY_LABELS),
                    Params.allowed(ctx, "types", Labels.RELATIONSHIP_TYPES), Params.choice(ctx, "metric", Metrics.NAMES, "degree"),
                    Params.integer(ctx, "limit", 1, 1000, 100))));
        });
        get("analysis/contradictions", ctx -> ctx.json(contradictions.contradictions(Params.requiredId(ctx, "entity"))));
        get("analysis/stage", ctx -> {
            String party = Params.requiredId(ctx, "party");
            String agreement = Params.optionalId(ctx, "agreement");
            var at = Params.dateTo(ctx, "at");
            if (at == null) throw ApiProblem.badRequest("at is required (a date)");
            ctx.json(stages.stages(party, agreement, at, Params.integer(ctx, "limit", 1, 1000, 100)));
        });
    }

    private static void started(Context ctx, AnalysisJobs.Snapshot job) {
        ctx.status(202).header("Location", "/api/analysis/jobs/" + job.id()).json(job);
    }

    static AnalysisService.Request request(Context ctx, String metric) {
        List<String> labels = Params.allowed(ctx, "labels", Labels.ENTITY_LABELS);
        List<String> types = Params.allowed(ctx, "types", Labels.RELATIONSHIP_TYPES);
        var from = Params.dateFrom(ctx, "from");
        var to = Params.dateTo(ctx, "to");
        var asOf = Params.dateTo(ctx, "asOf");
        if (from != null && to != null && from.isAfter(to)) throw ApiProblem.badRequest("from must not be after to");
        String slice = Params.choice(ctx, "slice", List.of("year"), null);
        int limit = Params.integer(ctx, "limit", 1, 1000, 25);
        int maxParties = Params.integer(ctx, "maxParties", 2, 1000, 0);
        String around = Params.optionalId(ctx, "around");
        return new AnalysisService.Request(metric, labels, types, from, to, asOf, slice, limit, maxParties, around);
    }
}
