package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An entity's details: properties, offices, memberships, agreements, meetings, corridors and the documents. */
public final class EntityService {
    static final List<String> SECTIONS = List.of("offices", "memberships", "agreements", "meetings", "corridors",
            "places", "documents");
    private final Database db;

    public EntityService(Database db) {
        this.db = db;
    }

    /** The details, or a 404 {@link ApiProblem} for an unknown id. */
    public Map<String, Object> details(String id) {
        long t0 = System.nanoTime();
        return db.read(CypherFiles.query("entity-details"), Map.of("id", id, "cap", 200), r -> {
            if (!r.hasNext()) throw ApiProblem.notFound("No entity with id '" + id + "'");
            var rec = r.next();
            var n = rec.get("n").asNode();
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("id", Elements.modelId(n));
            entity.put("label", Elements.primaryLabel(n));
            entity.put("name", n.get("name").asString(Elements.modelId(n)));
            n.asMap(Elements::plain).forEach((k, v) -> {
                if (!k.equals("aliasKeys")) entity.putIfAbsent(k, v);
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("entity", entity);
            out.put("degree", rec.get("degree").asLong());
            for (String s : SECTIONS) out.put(s, Elements.plain(rec.get(s)));
            out.put("elapsedMs", (System.nanoTime() - t0) / 1_000_000);
            return out;
        });
    }

    /** Whether an entity with this id exists. */
    public boolean exists(String id) {
        return db.read(CypherFiles.query("entity-node"), Map.of("id", id), r -> r.hasNext());
    }
}
