package org.diplograph.web;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.Database;
import org.diplograph.db.DatabaseUnavailableException;
import org.neo4j.driver.exceptions.Neo4jException;

import java.time.Duration;
import java.util.Map;

import static io.javalin.apibuilder.ApiBuilder.get;

/** {@code /api/health/live} (the process answers) and {@code /api/health/ready} (the database answers within 1 s). */
public final class HealthRoutes implements ApiRoutes {
    private final Database db;

    public HealthRoutes(Database db) {
        this.db = db;
    }

    @Override
    public void addRoutes() {
        get("health/live", ctx -> ctx.json(Map.of("status", "up")));
        get("health/ready", ctx -> {
            long t0 = System.nanoTime();
            try {
                db.ping(Duration.ofSeconds(1));
                ctx.json(Map.of("status", "ready", "elapsedMs", (System.nanoTime() - t0) / 1_000_000));
            } catch (DatabaseUnavailableException | Neo4jException e) {
                throw new ApiProblem(503, "Not ready", "The database did not answer: " + e.getMessage()); // Retry-After: 5
            }
        });
    }
}
