package org.diplograph.console;

import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.util.List;
import java.util.Locale;

/**
 * What the console's editor completes from: the live labels, relationship types and property keys
 * ({@code cypher/queries/console-schema.cypher}), and the procedures the console allows ({@link CypherGuard}).
 */
public final class ConsoleSchema {
    /** The allowed procedures as Neo4j spells them (the guard keeps them lower-cased). */
    private static final List<String> PROCEDURES = List.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships");

    private ConsoleSchema() {}

    /** The schema for completion: each list sorted. */
    public record Schema(List<String> labels, List<String> relationshipTypes, List<String> propertyKeys,
                         List<String> procedures) {}

    /** Reads the live schema in one read transaction. */
    public static Schema read(Database db) {
        return db.readTx(tx -> {
            var r = tx.run(CypherFiles.query("console-schema")).single();
            return new Schema(sorted(r.get("labels").asList(v -> v.asString())),
                    sorted(r.get("types").asList(v -> v.asString())),
                    sorted(r.get("keys").asList(v -> v.asString())), procedures());
        });
    }

    /** The procedures the console runs, as Neo4j spells them. */
    static List<String> procedures() {
        return PROCEDURES.stream().filter(p -> CypherGuard.ALLOWED_PROCEDURES.contains(p.toLowerCase(Locale.ROOT))).sorted().toList();
    }

    private static List<String> sorted(List<String> xs) {
        return xs.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
