package org.diplograph.web;

import org.diplograph.graph.TimelineService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/timeline?entity=&from=&to=}: dated events and agreements in order, each with evidence. */
public final class TimelineRoutes implements ApiRoutes {
    private final TimelineService timeline;

    public TimelineRoutes(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Override
    public void addRoutes() {
        get("timeline", ctx -> {
            String entity = Params.optionalId(ctx, "entity");
            var dates = Params.dateRange(ctx);
            ctx.json(timeline.timeline(new TimelineService.Request(entity, dates.from(), dates.to())));
        });
    }
}
