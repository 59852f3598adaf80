package org.diplograph.web;

import org.diplograph.graph.EvidenceService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/relationships/{id}/evidence}: {@code id} is the edge's element id (URL-encoded). */
public final class EvidenceRoutes implements ApiRoutes {
    private final EvidenceService evidence;

    public EvidenceRoutes(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public void addRoutes() {
        get("relationships/{id}/evidence", ctx -> ctx.json(evidence.forRelationship(Params.pathId(ctx, "id"))));
    }
}
