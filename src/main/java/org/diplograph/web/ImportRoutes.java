package org.diplograph.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.diplograph.load.ImportReport;
import org.diplograph.load.ImportService;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.javalin.apibuilder.ApiBuilder.post;

/**
 * {@code POST /api/import}: a text body (one article; {@code ?name=} names it; a JSON body is read as a facts file)
 * or a multipart upload of one or more files (form field {@code files}). Answers the import report; 422 when no
 * article could be imported.
 */
public final class ImportRoutes implements ApiRoutes {
    private final ImportService imports;

    public ImportRoutes(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public void addRoutes() {
        post("import", this::importArticles);
    }

    private void importArticles(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<ImportService.Upload> uploads = new ArrayList<>();
        if (type.startsWith("multipart/form-data")) {
            for (UploadedFile f : ctx.uploadedFiles()) {
                try (var in = f.content()) {
                    uploads.add(new ImportService.Upload(f.filename(), in.readAllBytes()));
                }
            }
            if (uploads.isEmpty()) throw ApiException.badRequest("the multipart request holds no file");
        } else {
            byte[] body = ctx.bodyAsBytes();
            if (body.length == 0) throw ApiException.badRequest("the request body is empty: send an article as text, or files as multipart/form-data");
            String name = ctx.queryParam("name");
            if (name == null && type.startsWith("application/json")) name = "facts.json";
            if (name != null && !name.matches("[\\p{L}\\p{N} ._()-]{1,120}")) {
                throw ApiException.badRequest("name may hold letters, digits, spaces and . _ ( ) - (at most 120)");
            }
            uploads.add(new ImportService.Upload(name, body));
        }
        ImportReport report = imports.importUploads(uploads);
        if (report.failed() == report.documents().size()) {
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("title", "Nothing imported");
            body.put("status", 422);
            body.put("detail", report.documents().get(0).file() + ": " + report.documents().get(0).error());
            body.put("report", report);
            ctx.status(422).json(body);
        } else {
            ctx.json(report);
        }
    }
}
