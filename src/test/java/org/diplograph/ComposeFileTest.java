package org.diplograph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Docker is not available here, so the compose file is checked by reading it. */
class ComposeFileTest {
    private final JsonNode compose = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
        } catch (Exception e) {
            throw new AssertionError("docker-compose.yml does not parse", e);
        }
    }

    @Test
    void neo4jServiceRunsTheLtsImageWithAuthVolumeAndHealthcheck() {
        JsonNode neo4j = compose.at("/services/neo4j");
        assertThat(neo4j.get("image").asText()).isEqualTo("neo4j:5.26");
        assertThat(neo4j.at("/environment/NEO4J_AUTH").asText()).startsWith("neo4j/${NEO4J_PASSWORD");
        assertThat(texts(neo4j.get("ports"))).contains("127.0.0.1:7687:7687");
        assertThat(texts(neo4j.get("volumes"))).anyMatch(v -> v.endsWith(":/data"));
        assertThat(neo4j.at("/healthcheck/test").toString()).contains("cypher-shell").contains("RETURN 1");
        assertThat(compose.at("/volumes").has("neo4j-data")).isTrue();
    }

    @Test
    void appIsBuiltFromTheDockerfileAndWaitsForAHealthyNeo4j() throws Exception {
        JsonNode app = compose.at("/services/app");
        assertThat(app.get("build").asText()).isEqualTo(".");
        assertThat(app.at("/depends_on/neo4j/condition").asText()).isEqualTo("service_healthy");
        assertThat(app.at("/environment/NEO4J_URI").asText()).isEqualTo("bolt://neo4j:7687");
        assertThat(app.at("/environment").has("NEO4J_USER")).isTrue();
        assertThat(app.at("/environment").has("NEO4J_PASSWORD")).isTrue();
        assertThat(texts(app.get("ports"))).contains("127.0.0.1:8080:8080");
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("mvn").contains("package").contains("diplograph.jar");
        // every environment name the compose file sets for the app is a documented setting
        app.get("environment").fieldNames().forEachRemaining(name ->
                assertThat(org.diplograph.config.Config.SETTINGS).anyMatch(s -> s.env().equals(name)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
