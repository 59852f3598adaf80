package org.diplograph.web;

import org.diplograph.graph.EntityService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/entities/{id}}: an entity's details (404 for an unknown id). */
public final class EntityRoutes implements ApiRoutes {
    private final EntityService entities;

    public EntityRoutes(EntityService entities) {
        this.entities = entities;
    }

    @Override
    public void addRoutes() {
        get("entities/{id}", ctx -> ctx.json(entities.details(Params.pathId(ctx, "id"))));
    }
}
