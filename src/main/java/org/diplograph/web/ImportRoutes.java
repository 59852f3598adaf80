package org.diplograph.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.diplograph.api.ApiProblem;
import org.diplograph.load.ImportReport;
import org.diplograph.load.ImportService;
import org.diplograph.load.csv.CsvImportReport;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.load.csv.MappingException;
import org.diplograph.load.csv.MappingSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.javalin.apibuilder.ApiBuilder.post;

/**
 * {@code POST /api/import}: a text body (one article; {@code ?name=} names it; a JSON body is read as a facts file)
 * or a multipart upload of one or more files (form field {@code files}). Answers the import report; 422 when no
 * article could be imported.
 * <p>
 * Structured import: a multipart request with a {@code mapping} part (a file or a text field holding the YAML or JSON
 * spec) and one or more {@code file} parts (CSV files, matched to the spec's file parts by name) answers the
 * structured import report; a mapping that is not YAML/JSON is 400, one that cannot be used (unknown column, label,
 * type, ...) is 422, with every problem listed.
 */
public final class ImportRoutes implements ApiRoutes {
    private final ImportService imports;
    private final CsvImporter csv;

    public ImportRoutes(ImportService imports, CsvImporter csv) {
        this.imports = imports;
        this.csv = csv;
    }

    @Override
    public void addRoutes() {
        post("import", this::importArticles);
    }

    private void importArticles(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<ImportService.Upload> uploads = new ArrayList<>();
        if (type.startsWith("multipart/form-data")) {
            String mappingText = mappingPart(ctx);
            if (mappingText != null) {
                importStructured(ctx, mappingText);
                return;
            }
            for (UploadedFile f : ctx.uploadedFiles()) {
                try (var in = f.content()) {
                    uploads.add(new ImportService.Upload(f.filename(), in.readAllBytes()));
                }
            }
            if (uploads.isEmpty()) throw ApiProblem.badRequest("the multipart request holds no file");
        } else {
            byte[] body = ctx.bodyAsBytes();
            if (body.length == 0) throw ApiProblem.badRequest("the request body is empty: send an article as text, or files as multipart/form-data");
            String name = ctx.queryParam("name");
            if (name == null && type.startsWith("application/json")) name = "facts.json";
            if (name != null && !name.matches("[\\p{L}\\p{N} ._()-]{1,120}")) {
                throw ApiProblem.badRequest("name may hold letters, digits, spaces and . _ ( ) - (at most 120)");
            }
            uploads.add(new ImportService.Upload(name, body));
        }
        ImportReport report = imports.importUploads(uploads);
        if (report.failed() == report.documents().size()) {
            throw new ApiProblem(422, "Nothing imported",
                    report.documents().get(0).file() + ": " + report.documents().get(0).error(), Map.of("report", report));
        }
        ctx.json(report);
    }

    /** The mapping spec of a structured import: a {@code mapping} file part or form field; null when there is none. */
    private static String mappingPart(Context ctx) throws IOException {
        UploadedFile f = ctx.uploadedFile("mapping");
        if (f != null) {
            try (var in = f.content()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return ctx.formParam("mapping");
    }

    private void importStructured(Context ctx, String mappingText) throws IOException {
        List<CsvImporter.Input> inputs = new ArrayList<>();
        for (UploadedFile f : ctx.uploadedFiles("file")) {
            String name = f.filename() == null ? "" : f.filename().replaceAll(".*[/\\\\]", "");
            if (!name.matches("[\\p{L}\\p{N} ._()-]{1,120}")) {
                throw ApiProblem.badRequest("a file name may hold letters, digits, spaces and . _ ( ) - (at most 120)");
            }
            try (var in = f.content()) {
                inputs.add(CsvImporter.Input.of(name, in.readAllBytes()));
            }
        }
        if (inputs.isEmpty()) throw ApiProblem.badRequest("a structured import needs one or more 'file' parts (CSV) beside 'mapping'");
        CsvImportReport report;
        try {
            MappingSpec spec = MappingSpec.parse(mappingText);
            report = csv.importFiles(spec, inputs, null, null);
        } catch (MappingException e) {
            throw new ApiProblem(e.syntax() ? 400 : 422, e.syntax() ? "Bad mapping" : "Mapping cannot be used",
                    e.getMessage(), Map.of("problems", e.problems()));
        }
        if (report.rowsLoaded() == 0 && report.files().stream().anyMatch(f -> !"unchanged".equals(f.status()) && f.rows() > 0)) {
            throw new ApiProblem(422, "Nothing imported", "no row could be loaded; see report.files[].errors",
                    Map.of("report", report));
        }
        ctx.json(report);
    }
}
