package org.diplograph.web;

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
            var dates = Params.dateRange(ctx);
            ctx.json(meetings.meetings(new MeetingsService.Request(person, state, dates.from(), dates.to())));
        });
    }
}
