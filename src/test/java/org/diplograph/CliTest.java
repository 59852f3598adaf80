package org.diplograph;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code extract} and {@code import} commands, run as the user runs them: a separate JVM. */
class CliTest {
    record Run(int exit, String out) {}

    static Run run(List<String> args, Path store) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.diplograph.App"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DIPLOGRAPH_DATA", store.toString());
        pb.environment().put("DIPLOGRAPH_BOLT_PORT", String.valueOf(TestApp.freePort()));
        pb.environment().remove("NEO4J_URI");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void extractWritesAFactsFileWithoutADatabase() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        Path out = Files.createTempFile("facts", ".json");
        Run r = run(List.of("extract", "seeds", "--out", out.toString()), store);
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode facts = Json.mapper().readTree(out.toFile());
        assertThat(facts.get("documents")).hasSize(5);
        assertThat(facts.at("/documents/0/relations")).isNotEmpty();
        assertThat(Files.list(store).count()).as("no store created").isZero();
    }

    @Test
    void importPrintsAReportAndASecondRunChangesNothing() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        Run first = run(List.of("import", "seeds"), store);
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("5 articles").contains("5 created").contains("relationships/s")
                .contains("000_42c68344f93e6d60.txt").contains("articles  "); // progress bar for more than 3 files
        Run second = run(List.of("import", "seeds"), store);
        assertThat(second.exit()).as(second.out()).isZero();
        assertThat(second.out()).contains("5 unchanged");
    }

    @Test
    void importOfAMissingPathFailsClearly() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        Run r = run(List.of("import", "no/such/folder"), store);
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("no/such/folder").doesNotContain("\tat ");
    }
}
