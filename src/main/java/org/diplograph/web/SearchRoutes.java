package org.diplograph.web;

import org.diplograph.facts.Labels;
import org.diplograph.graph.SearchService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/search?q=&types=&limit=}: the search box's source. */
public final class SearchRoutes implements ApiRoutes {
    private final SearchService search;

    public SearchRoutes(SearchService search) {
        this.search = search;
    }

    @Override
    public void addRoutes() {
        get("search", ctx -> {
            String q = ctx.queryParamAsClass("q", String.class)
                    .check(v -> v == null || !v.isBlank(), "must not be empty")
                    .check(v -> v == null || v.length() <= 200, "must be at most 200 characters")
                    .get();
            var types = Params.allowed(ctx, "types", Labels.ENTITY_LABELS);
            int limit = Params.integer(ctx, "limit", 1, 100, 10);
            ctx.json(search.search(q, types, limit));
        });
    }
}
