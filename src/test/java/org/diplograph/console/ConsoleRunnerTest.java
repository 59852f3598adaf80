package org.diplograph.console;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.api.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The console's runner on the real database, with work that Neo4j's own timeout does not end in time (its transaction
 * asks for 60 s, the runner's deadline is 1 s + grace): the runner answers 408 at its deadline and the transaction
 * ends; closing it (as the app does first when it stops) answers a waiting request 503 at once and its transaction ends.
 */
@ExtendWith(DiplographExtension.class)
class ConsoleRunnerTest {
    private static final String ROWS = "UNWIND range(1, 10000000000) AS x RETURN count(*) AS n";
    private final TestApp t;

    ConsoleRunnerTest(TestApp t) {
        this.t = t;
    }

    /** Runs ROWS in a transaction with the runner's metadata and a 60 s timeout: only the runner can stop it in time. */
    private Long slowQuery(Map<String, Object> metadata) {
        try (Session s = t.db().driver().session(t.db().sessionConfig(AccessMode.READ));
             Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(60))
                     .withMetadata(metadata).build())) {
            return tx.run(ROWS).single().get("n").asLong();
        }
    }

    private long consoleTransactions() {
        return t.db().inSession(AccessMode.READ, s -> s.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app RETURN count(*) AS n",
                Map.of("app", ConsoleRunner.APP)).single().get("n").asLong());
    }

    /** Waits until no console transaction is listed (SHOW TRANSACTIONS itself takes seconds when cold). */
    private void awaitNoConsoleTransaction() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (consoleTransactions() > 0 && System.nanoTime() < deadline) Thread.sleep(50);
    }

    @Test
    void pastItsDeadlineTheRunnerAnswers408AndTerminatesTheTransaction() throws Exception {
        awaitNoConsoleTransaction(); // and SHOW TRANSACTIONS planned before the clock starts
        try (ConsoleRunner runner = new ConsoleRunner(t.db(), Duration.ofSeconds(1))) {
            long t0 = System.nanoTime();
            ApiProblem e = catchThrowableOfType(ApiProblem.class, () -> runner.run(this::slowQuery));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            awaitNoConsoleTransaction();
            long goneMs = (System.nanoTime() - t1) / 1_000_000;
            System.out.printf("runner deadline: %d %s after %d ms (timeout 1 s + grace 1 s); transaction gone %d ms later%n",
                    e == null ? 0 : e.status(), e == null ? "" : e.title(), ms, goneMs);
            assertThat(e).isNotNull();
            assertThat(e.status()).isEqualTo(408);
            assertThat(ms).as("within the console's promise: timeout + 2 s").isBetween(1_900L, 3_000L);
            assertThat(consoleTransactions()).as("the runner terminated its transaction").isZero();
        }
    }

    @Test
    void closingTheRunnerAnswersAWaitingRequest503AndTerminatesItsTransaction() throws Exception {
        awaitNoConsoleTransaction();
        ConsoleRunner runner = new ConsoleRunner(t.db(), Duration.ofSeconds(30));
        CompletableFuture<ApiProblem> waiting = CompletableFuture.supplyAsync(
                () -> catchThrowableOfType(ApiProblem.class, () -> runner.run(this::slowQuery)));
        long w0 = System.nanoTime();
        while (consoleTransactions() == 0 && System.nanoTime() - w0 < TimeUnit.SECONDS.toNanos(10)) Thread.sleep(50);
        assertThat(consoleTransactions()).as("the query runs").isEqualTo(1);
        long t0 = System.nanoTime();
        runner.close();
        ApiProblem e = waiting.get(5, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        awaitNoConsoleTransaction();
        System.out.printf("runner closed with a query running: %d %s after %d ms; transaction gone %d ms later%n", e.status(),
                e.title(), ms, (System.nanoTime() - t1) / 1_000_000);
        assertThat(e.status()).isEqualTo(503);
        assertThat(ms).isLessThan(2_000);
        assertThat(consoleTransactions()).isZero();
        assertThat(catchThrowableOfType(ApiProblem.class, () -> runner.run(this::slowQuery)).status())
                .as("a closed console refuses").isEqualTo(503);
    }
}
