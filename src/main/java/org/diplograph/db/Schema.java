package org.diplograph.db;

import java.util.List;

/** Applies {@code cypher/schema.cypher}: constraints and indexes, each {@code IF NOT EXISTS}, so applying twice changes nothing. */
public final class Schema {
    private Schema() {}

    /** Applies every statement; returns how many statements ran. */
    public static int apply(Database db) {
        List<String> statements = CypherFiles.statements(CypherFiles.read("cypher/schema.cypher"));
        for (String statement : statements) db.schema(statement);
        db.schema(CypherFiles.query("await-indexes"));
        return statements.size();
    }
}
