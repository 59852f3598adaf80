package org.diplograph.console;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 2: a console query over the memory limit of one transaction ({@code db.memory.transaction.max}) is the
 * client's query, not a busy server: 422 naming the limit and its value, no Retry-After. (Collecting one
 * 100,000-character parameter a million times is counted by Neo4j's memory tracker value by value, so it reaches
 * 512 MiB after a few thousand rows while the real heap holds one string.)
 */
@ExtendWith(DiplographExtension.class)
class ConsoleMemoryLimitTest {
    private final TestApp t;

    ConsoleMemoryLimitTest(TestApp t) {
        this.t = t;
    }

    @Test
    void aQueryOverTheTransactionMemoryLimitAnswers422NamingTheLimitWithoutRetryAfter() {
        String body = "{\"query\": \"UNWIND range(1, 1000000) AS x RETURN collect($pad) AS xs\", \"params\": {\"pad\": \""
                + "x".repeat(100_000) + "\"}}";
        long t0 = System.nanoTime();
        TestApp.Response res = t.post("/api/cypher", "application/json", body);
        System.out.printf("collect over the transaction memory limit: %d after %d ms: %s%n", res.status(),
                (System.nanoTime() - t0) / 1_000_000, res.raw());
        assertThat(res.status()).as(res.raw()).isEqualTo(422);
        assertThat(res.body().get("title").asText()).isEqualTo("Query exceeds the transaction memory limit");
        assertThat(res.body().get("detail").asText()).contains("db.memory.transaction.max = 512.0 MiB");
        assertThat(res.body().get("limit").asText()).isEqualTo("db.memory.transaction.max");
        assertThat(res.body().get("value").asText()).isEqualTo("512.0 MiB");
        assertThat(res.headers().firstValue("Retry-After")).as("not a busy server: no Retry-After").isEmpty();

        TestApp.Response next = t.post("/api/cypher", "application/json", "{\"query\": \"RETURN 1 AS one\"}");
        assertThat(next.status()).as("the database is fine afterwards: " + next.raw()).isEqualTo(200);
    }
}
