package org.diplograph.db;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The store layer against a real neo4j:5.26 server in a container (runs only where Docker is available). */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {
    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("diplograph-test");

    @Test
    void schemaAppliesTwiceAndQueriesRunInExternalMode() {
        try (Database db = Database.connect(URI.create(NEO4J.getBoltUrl()), "neo4j", "diplograph-test", null,
                Duration.ofSeconds(10))) {
            db.ping(Duration.ofSeconds(1));
            int statements = Schema.apply(db);
            Schema.apply(db);
            long constraints = db.read("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c", Map.of(), r -> r.single().get("c").asLong());
            assertThat(constraints).isGreaterThanOrEqualTo(9);
            assertThat(statements).isGreaterThan(10);
            db.write("MERGE (:State:Entity {id:'state:IRN', name:'Iran'})", Map.of(), r -> r.consume());
            long states = db.read("MATCH (s:State) RETURN count(s) AS c", Map.of(), r -> r.single().get("c").asLong());
            assertThat(states).isEqualTo(1L);
        }
    }
}
