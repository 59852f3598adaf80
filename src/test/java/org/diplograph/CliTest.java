package org.diplograph;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.Commands.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code extract} and {@code import} commands. The first import runs as the user runs it, a separate JVM (exit code
 * and output of the real process); the others run in this JVM through the same entry point ({@link App#run}) with the
 * output captured, which spares a JVM and embedded-Neo4j cold start each.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class CliTest {
    private static List<String> args(Path store, String... command) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(Commands.onStore(store));
        return a;
    }

    @Test
    void extractWritesAFactsFileWithoutADatabase() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        Path out = Files.createTempFile("facts", ".json");
        Run r = Commands.inProcess(args(store, "extract", "seeds", "--out", out.toString()));
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode facts = Json.mapper().readTree(out.toFile());
        assertThat(facts.get("documents")).hasSize(5);
        assertThat(facts.at("/documents/0/relations")).isNotEmpty();
        assertThat(Files.list(store).count()).as("no store created").isZero();
    }

    @Test
    void importPrintsAReportAndASecondRunChangesNothing() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        Run first = Commands.childProcess(List.of("import", "seeds"), store);
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("5 articles").contains("5 created").contains("relationships/s")
                .contains("000_42c68344f93e6d60.txt").contains("articles  "); // progress bar for more than 3 files
        Run second = Commands.inProcess(args(store, "import", "seeds"));
        assertThat(second.exit()).as(second.out()).isZero();
        assertThat(second.out()).contains("5 articles").contains("5 unchanged");
    }

    @Test
    void importOfAMissingPathFailsClearly() throws Exception {
        Path store = Files.createTempDirectory("cli-store");
        Run r = Commands.inProcess(args(store, "import", "no/such/folder"));
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("no/such/folder").doesNotContain("\tat ");
        assertThat(Files.list(store).count()).as("no store created").isZero();
    }
}
