package org.diplograph.db;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.ClientException;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(DiplographExtension.class)
class EmbeddedNeo4jTest {
    private final TestApp t;

    EmbeddedNeo4jTest(TestApp t) {
        this.t = t;
    }

    @Test
    void loadCsvCannotReadLocalFiles() {
        assertThatThrownBy(() -> t.db().read("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1", Map.of(), r -> r.list()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("allow_csv_import_from_file_urls");
    }

    @Test
    void loadCsvCannotReachTheNetwork() {
        String url = "http://127.0.0.1:" + t.app.port() + "/api/health/live";
        assertThatThrownBy(() -> t.db().read("LOAD CSV FROM $url AS row RETURN row LIMIT 1", Map.of("url", url), r -> r.list()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("blocked");
    }

    @Test
    void transactionTimeoutAndMemoryLimitsAreSet() {
        Map<String, String> settings = t.db().read("CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value",
                Map.of("names", java.util.List.of("db.transaction.timeout", "db.memory.transaction.max",
                        "dbms.memory.transaction.total.max", "server.bolt.listen_address", "dbms.security.auth_enabled")),
                r -> {
                    Map<String, String> m = new java.util.HashMap<>();
                    r.forEachRemaining(rec -> m.put(rec.get("name").asString(), rec.get("value").asString()));
                    return m;
                });
        assertThat(settings.get("db.transaction.timeout")).isNotIn("0s", "0", null);
        assertThat(settings.get("db.memory.transaction.max")).isNotIn("0B", "0", null);
        assertThat(settings.get("dbms.memory.transaction.total.max")).isNotIn("0B", "0", null);
        assertThat(settings.get("server.bolt.listen_address")).startsWith("localhost:");
    }

    @Test
    void aTakenBoltPortGivesAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            var store = Files.createTempDirectory("diplograph-taken");
            assertThatThrownBy(() -> EmbeddedNeo4j.start(store, taken.getLocalPort(), Duration.ofSeconds(10)))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("DIPLOGRAPH_BOLT_PORT");
        }
    }

    @Test
    void portZeroIsRefused() throws Exception {
        var store = Files.createTempDirectory("diplograph-zero");
        assertThatThrownBy(() -> EmbeddedNeo4j.start(store, 0, Duration.ofSeconds(10)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("not valid");
    }
}
