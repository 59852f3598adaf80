package org.diplograph.source;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.graph.Elements;
import org.diplograph.api.ApiProblem;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;

/** The source articles: a list, and one article's text with its evidence spans (for highlighting). */
public final class DocumentService {
    private final Database db;

    public DocumentService(Database db) {
        this.db = db;
    }

    /** An article in the list: its metadata, how many evidence spans it gave and how many entities it mentions. */
    public record Summary(String id, String name, String title, String source, String url, String published, String file,
                          String sha256, long evidence, long entities) {}

    /** One article: its metadata, its full text, and its evidence spans in text order. */
    public record Document(String id, String name, String title, String source, String url, String published, String file,
                           String sha256, String text, List<Span> spans) {}

    /** An evidence span: its id, offsets into the article's text, quote and rule, and the relations it supports. */
    public record Span(String id, Integer start, Integer end, String quote, String rule, List<SpanRelation> relations) {}

    /** A relation an evidence span supports: its element id, type, and both ends (model id and name). */
    public record SpanRelation(String id, String type, String source, String sourceName, String target, String targetName) {}

    /** Every document with its metadata and evidence count, newest first. */
    public List<Summary> list() {
        return db.read(CypherFiles.query("documents"), Map.of(), r -> r.list(rec -> new Summary(text(rec.get("id")),
                text(rec.get("name")), text(rec.get("title")), text(rec.get("source")), text(rec.get("url")),
                text(rec.get("published")), text(rec.get("file")), text(rec.get("sha256")), rec.get("evidence").asLong(),
                rec.get("entities").asLong())));
    }

    /** One document: metadata, its full text and its evidence spans with the relations each supports. */
    public Document get(String id) {
        return db.readTx(tx -> {
            var rows = tx.run(CypherFiles.query("document"), Map.of("id", id)).list();
            if (rows.isEmpty()) throw ApiProblem.notFound("No document with id '" + id + "'");
            Value d = rows.get(0).get("document");
            List<Span> spans = tx.run(CypherFiles.query("document-spans"), Map.of("id", id)).list(DocumentService::span);
            return new Document(text(d.get("id")), text(d.get("name")), text(d.get("title")), text(d.get("source")),
                    text(d.get("url")), text(d.get("published")), text(d.get("file")), text(d.get("sha256")),
                    text(d.get("text")), spans);
        });
    }

    private static Span span(Record rec) {
        List<SpanRelation> relations = rec.get("relations").asList(r -> new SpanRelation(text(r.get("id")),
                text(r.get("type")), text(r.get("source")), text(r.get("sourceName")), text(r.get("target")),
                text(r.get("targetName"))));
        return new Span(text(rec.get("id")), integer(rec.get("start")), integer(rec.get("end")), text(rec.get("quote")),
                text(rec.get("rule")), relations);
    }

    /** A value as text (a date as its ISO form), or null. */
    private static String text(Value v) {
        Object o = Elements.plain(v);
        return o == null ? null : o.toString();
    }

    private static Integer integer(Value v) {
        return v == null || v.isNull() ? null : v.asInt();
    }
}
