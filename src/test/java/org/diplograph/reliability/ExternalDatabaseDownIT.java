package org.diplograph.reliability;

import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.diplograph.Lanes;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Issue 7, fault 3, with Docker: the app in external mode against a neo4j:5.26 container that is stopped
 * ({@code docker stop}) with a request in flight and started again ({@code docker start}, same container, same data).
 * Bolt is published on a fixed free host port so the restarted container keeps the address the app was given.
 * The scenario and its assertions are {@link ExternalDatabaseDown}'s (shared with {@link ExternalDatabaseDownTest}).
 */
@Testcontainers(disabledWithoutDocker = true)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class ExternalDatabaseDownIT {
    private static final String PASSWORD = "diplograph-test";
    private static final int BOLT = TestApp.freePort();

    @Container
    static final Neo4jContainer NEO4J = fixedBoltPort(new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD));

    private static Neo4jContainer fixedBoltPort(Neo4jContainer c) {
        c.setPortBindings(List.of(BOLT + ":7687")); // the other exposed ports stay random
        return c;
    }

    @Test
    void containerStoppedMidRequestGives503FastAndTheAppRecoversWithoutRestart() throws Exception {
        var docker = DockerClientFactory.instance().client();
        String id = NEO4J.getContainerId();
        ExternalDatabaseDown.run(new ExternalDatabaseDown.ExternalNeo4j() {
            @Override
            public String boltUri() {
                return "bolt://localhost:" + BOLT;
            }

            @Override
            public Map<String, String> credentials() {
                return Map.of("NEO4J_USER", "neo4j", "NEO4J_PASSWORD", PASSWORD);
            }

            @Override
            public void stop() {
                docker.stopContainerCmd(id).withTimeout(30).exec();
            }

            @Override
            public void start() {
                docker.startContainerCmd(id).exec();
            }
        }, Duration.ofSeconds(120));
    }
}
