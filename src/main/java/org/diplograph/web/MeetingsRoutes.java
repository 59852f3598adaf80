package org.diplograph.web;

import org.diplograph.api.ApiProblem;
import org.diplograph.graph.MeetingsService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/meetings?person=&state=&from=&to=}: the who-met-whom network. */
public final class MeetingsRoutes implements ApiRoutes {
    private final MeetingsService meetings;

    public MeetingsRoutes(MeetingsService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void addRoutes() {
        get("meetings", ctx -> {
            String person = Params.optionalId(ctx, "person");
            String state = Params.optionalId(ctx, "state");
            var from = Params.dateFrom(ctx, "from");
            var to = Params.dateTo(ctx, "to");
            if (from != null && to != null && from.isAfter(to)) throw ApiProblem.badRequest("from must not be after to");
            ctx.json(meetings.meetings(new MeetingsService.Request(person, state, from, to)));
        });
    }
}
