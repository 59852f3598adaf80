package org.diplograph.reliability;

import org.diplograph.TestApp;
import org.diplograph.db.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.diplograph.Lanes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Issue 7, fault 3, without Docker: a second embedded Neo4j on its own store and Bolt port is the app's EXTERNAL
 * database, stopped under the app and started again on the same store and port ({@link ExternalDatabaseDown} has the
 * scenario and its assertions; {@link ExternalDatabaseDownIT} runs it against a Neo4j container).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class ExternalDatabaseDownTest {
    /** The database stops with the console query still running: it waits this long, then terminates it (like a kill). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(1);

    @Test
    void databaseStoppedMidRequestGives503FastAndTheAppRecoversWithoutRestart() throws Exception {
        Path store = Files.createTempDirectory("diplograph-external").resolve("external-store");
        int bolt = TestApp.freePort();
        var external = new ExternalDatabaseDown.ExternalNeo4j() {
            EmbeddedNeo4j db = EmbeddedNeo4j.start(store, bolt, Duration.ofSeconds(60), STOP_WAIT);

            @Override
            public String boltUri() {
                return "bolt://localhost:" + bolt;
            }

            @Override
            public void stop() {
                db.close();
                db = null;
            }

            @Override
            public void start() {
                db = EmbeddedNeo4j.start(store, bolt, Duration.ofSeconds(60), STOP_WAIT);
            }
        };
        try {
            ExternalDatabaseDown.run(external, Duration.ofSeconds(60));
        } finally {
            if (external.db != null) external.db.close();
        }
    }
}
