package org.diplograph.source;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.graph.Elements;
import org.diplograph.api.ApiProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The source articles: a list, and one article's text with its evidence spans (for highlighting). */
public final class DocumentService {
    private final Database db;

    public DocumentService(Database db) {
        this.db = db;
    }

    /** Every document with its metadata and evidence count, newest first. */
    public List<Map<String, Object>> list() {
        return db.read(CypherFiles.query("documents"), Map.of(), r -> r.list(rec -> plain(rec.asMap())));
    }

    /** One document: metadata, its full text and its evidence spans with the relations each supports. */
    public Map<String, Object> get(String id) {
        return db.readTx(tx -> {
            var rows = tx.run(CypherFiles.query("document"), Map.of("id", id)).list();
            if (rows.isEmpty()) throw ApiProblem.notFound("No document with id '" + id + "'");
            Map<String, Object> out = new LinkedHashMap<>(plain(rows.get(0).get("document").asMap()));
            out.put("spans", tx.run(CypherFiles.query("document-spans"), Map.of("id", id))
                    .list(rec -> plain(rec.asMap())));
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(Map<String, Object> m) {
        return (Map<String, Object>) Elements.plainObject(m);
    }
}
