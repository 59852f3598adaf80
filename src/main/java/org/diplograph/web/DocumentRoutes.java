package org.diplograph.web;

import org.diplograph.source.DocumentService;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code GET /api/documents} and {@code GET /api/documents/{id}}. */
public final class DocumentRoutes implements ApiRoutes {
    private final DocumentService documents;

    public DocumentRoutes(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void addRoutes() {
        get("documents", ctx -> ctx.json(documents.list()));
        get("documents/{id}", ctx -> ctx.json(documents.get(ctx.pathParam("id"))));
    }
}
