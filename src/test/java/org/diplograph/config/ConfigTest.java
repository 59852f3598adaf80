package org.diplograph.config;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {
    @Test
    void defaultsMatchTheDesign() {
        Config c = Config.load(Map.of());
        assertThat(c.host()).isEqualTo("localhost");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.boltPort()).isEqualTo(7687);
        assertThat(c.seedsDir()).isEqualTo(Path.of("./seeds"));
        assertThat(c.embedded()).isTrue();
        assertThat(c.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.maxNodes()).isEqualTo(300);
        assertThat(c.maxExpand()).isEqualTo(100);
        assertThat(c.maxConsoleRows()).isEqualTo(1000);
        assertThat(c.maxUploadBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(c.preloadModels()).isTrue();
    }

    @Test
    void modelPreloadCanBeTurnedOffForAReadOnlyServer() {
        assertThat(Config.load(Map.of("DIPLOGRAPH_PRELOAD_MODELS", "false")).preloadModels()).isFalse();
        assertThat(ConfigOptions.parse(Map.of(), List.of("--preload-models=off")).preloadModels()).isFalse();
        assertThatThrownBy(() -> Config.load(Map.of("DIPLOGRAPH_PRELOAD_MODELS", "later")))
                .hasMessageContaining("DIPLOGRAPH_PRELOAD_MODELS");
    }

    @Test
    void neo4jDriverTimeoutsFailFastByDefaultAndCanBeSet() {
        Config d = Config.load(Map.of());
        assertThat(d.dbConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.dbRetry()).isEqualTo(Duration.ofMillis(500));
        Config c = ConfigOptions.parse(Map.of("DIPLOGRAPH_DB_RETRY", "5s"), List.of("--db-connect-timeout", "750ms"));
        assertThat(c.dbRetry()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.dbConnectTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThatThrownBy(() -> Config.load(Map.of("DIPLOGRAPH_DB_RETRY", "soon")))
                .hasMessageContaining("DIPLOGRAPH_DB_RETRY");
    }

    @Test
    void flagsOverrideEnvironment() {
        Config c = ConfigOptions.parse(Map.of("DIPLOGRAPH_PORT", "9000", "DIPLOGRAPH_BOLT_PORT", "7700", "NEO4J_URI", "bolt://db:7687"),
                List.of("--port", "9100", "--data=/tmp/x", "--query-timeout", "500ms", "--neo4j-uri="));
        assertThat(c.port()).isEqualTo(9100);
        assertThat(c.boltPort()).isEqualTo(7700);
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(c.queryTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.embedded()).as("an empty --neo4j-uri= wins over NEO4J_URI: embedded").isTrue();
    }

    @Test
    void externalModeWithNeo4jUri() {
        Config c = Config.load(Map.of("NEO4J_URI", "neo4j+s://abc.databases.neo4j.io", "NEO4J_PASSWORD", "pw",
                "NEO4J_DATABASE", "graph"));
        assertThat(c.embedded()).isFalse();
        assertThat(c.neo4jUri().getScheme()).isEqualTo("neo4j+s");
        assertThat(c.neo4jDatabase()).isEqualTo("graph");
        assertThat(c.describe().toString()).doesNotContain("pw");
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> ConfigOptions.parse(Map.of(
                "DIPLOGRAPH_PORT", "eighty",
                "DIPLOGRAPH_BOLT_PORT", "0",
                "NEO4J_URI", "http://localhost:7474",
                "DIPLOGRAPH_QUERY_TIMEOUT", "soon",
                "DIPLOGRAPH_MAX_NODES", "-1",
                "DIPLOGRAPH_MAX_UPLOAD", "huge"), List.of("--rate-limit", "lots")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("DIPLOGRAPH_PORT")
                .hasMessageContaining("not a port number")
                .hasMessageContaining("DIPLOGRAPH_BOLT_PORT")
                .hasMessageContaining("port 0 is not allowed")
                .hasMessageContaining("NEO4J_URI")
                .hasMessageContaining("DIPLOGRAPH_QUERY_TIMEOUT")
                .hasMessageContaining("DIPLOGRAPH_MAX_NODES")
                .hasMessageContaining("DIPLOGRAPH_MAX_UPLOAD")
                .hasMessageContaining("DIPLOGRAPH_RATE_LIMIT (--rate-limit) = 'lots'");
    }

    @Test
    void portOutOfRangeAndMissingFlagValue() {
        assertThatThrownBy(() -> Config.load(Map.of("DIPLOGRAPH_PORT", "70000")))
                .hasMessageContaining("between 1 and 65535");
        // the flags are picocli's: an unknown option or a flag without its value is a usage error
        assertThatThrownBy(() -> ConfigOptions.parse(Map.of(), List.of("--host")))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--host");
        assertThatThrownBy(() -> ConfigOptions.parse(Map.of(), List.of("--colour", "red")))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--colour");
    }

    @Test
    void everySettingIsDocumentedInTheReadme() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        for (Config.Setting s : Config.SETTINGS) {
            assertThat(readme).as("README documents %s", s.env()).contains("`" + s.env() + "`");
        }
    }
}
