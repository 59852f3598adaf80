package org.diplograph.reliability;

import org.diplograph.App;
import org.diplograph.Commands;
import org.diplograph.ProcessLifecycleTestAccess;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.diplograph.Lanes;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, fault 6: {@code backup <dir>} refuses while the app runs on the store; after SIGTERM it copies the store;
 * {@code restore <dir>} refuses a non-empty store folder and restores into an empty one; the restored store starts
 * without recovery and holds exactly the graph that was backed up.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Lanes.CHILD_PROCESSES)
class BackupRestoreTest {
    @Test
    void backupRefusesWhileRunningThenBackupRestoreStartGivesTheSameGraph() throws Exception {
        Path dir = Files.createTempDirectory("diplograph-backup");
        Path store = dir.resolve("store");
        Object[] running = ProcessLifecycleTestAccess.startApp(store, dir.resolve("app.log"), false);
        Process app = (Process) running[0];
        GraphSnapshot before;
        try {
            byte[] facts = Files.readAllBytes(GeneratedFacts.write(dir.resolve("gen.json"), 30, 11));
            var res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + running[1] + "/api/import"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(facts)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            try (var driver = GraphDatabase.driver("bolt://localhost:" + running[2], AuthTokens.none())) {
                before = GraphSnapshot.of(driver);
            }
            String[] refused = cli(store, "backup", dir.resolve("while-running").toString());
            assertThat(refused[0]).as(refused[1]).isEqualTo("1");
            assertThat(refused[1]).contains("in use").contains("stop it");
            assertThat(dir.resolve("while-running")).doesNotExist();
        } finally {
            app.destroy();
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).isTrue();
        }

        Path backup = dir.resolve("backup");
        String[] ok = cli(store, "backup", backup.toString());
        assertThat(ok[0]).as(ok[1]).isEqualTo("0");
        String[] notEmpty = cli(store, "restore", backup.toString());
        assertThat(notEmpty[0]).as(notEmpty[1]).isEqualTo("1");
        assertThat(notEmpty[1]).contains("not empty");

        Path restored = dir.resolve("restored");
        String[] restore = cli(restored, "restore", backup.toString());
        assertThat(restore[0]).as(restore[1]).isEqualTo("0");
        assertThat(ProcessLifecycleTestAccess.recoveryRequired(restored)).isFalse();
        try (App reopened = App.open(TestApp.testConfig(restored, Map.of()))) {
            GraphSnapshot after = GraphSnapshot.of(reopened.database().driver());
            System.out.println("backup and restore: " + ok[1].strip() + "; restored " + after);
            assertThat(after).isEqualTo(before);
            assertThat(after.evidencePerDocument()).hasSize(30);
        }
    }

    /**
     * Runs {@code App <command> <arg> --data <store>} in this JVM through the command line's entry point, output captured:
     * {exit code, output}. (The app itself runs as a separate process above: the store lock it holds is another
     * process's, as for a user.)
     */
    private static String[] cli(Path store, String command, String arg) {
        Commands.Run r = Commands.inProcess(List.of(command, arg, "--data", store.toString()));
        return new String[]{String.valueOf(r.exit()), r.out()};
    }
}
