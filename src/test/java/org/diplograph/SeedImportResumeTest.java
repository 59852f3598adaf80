package org.diplograph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-start seed import that a stop cut short (Ctrl-C while the five seed articles were importing) resumes on the
 * next start: the articles already in are found unchanged and the rest imported, so none is lost. A stopped start used to
 * leave the graph with the first articles only, and every later start skipped the seeds because the graph held documents.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class SeedImportResumeTest {

    @Test
    void aSeedImportCutShortResumesOnTheNextStart() throws Exception {
        Path store = Files.createTempDirectory("seed-resume");
        try (App app = App.start(TestApp.testConfig(store, Map.of("DIPLOGRAPH_IMPORT_SEEDS", "false")))) {
            // what a stop during the first start leaves: the marker, and two of the five articles
            Files.writeString(store.resolve(App.SEED_IMPORT_MARKER), "begun\n");
            app.importer().importPaths(List.of(Path.of("seeds/000_42c68344f93e6d60.txt"), Path.of("seeds/001_c5d76cc7404d811b.txt")), null);

            var report = app.importSeedsIfEmpty();
            assertThat(report).as("the import resumes").isNotNull();
            assertThat(report.summary()).contains("2 unchanged").contains("3 created");
            long docs = app.database().read("MATCH (d:Document) RETURN count(d) AS c", Map.of(), r -> r.single().get("c").asLong());
            assertThat(docs).isEqualTo(5);
            assertThat(store.resolve(App.SEED_IMPORT_MARKER)).as("removed once the import is through").doesNotExist();
            assertThat(app.importSeedsIfEmpty()).as("a finished import is not run again").isNull();
        } finally {
            TestApp.deleteTree(store);
        }
    }
}
