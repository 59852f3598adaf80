package org.diplograph.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.api.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Progress on long runs: 30 yearly slices of a meeting graph written in the test (40 people, 29 meetings a year, a
 * different pattern each year). The service tells its progress after each slice; over real HTTP a POST starts a job
 * (202, Location), polling gives done of total, and the finished job's result is the GET's answer; the job cap is a 429
 * naming it, and a failed job answers its one call's error.
 */
@ExtendWith(DiplographExtension.class)
class AnalysisJobsTest {
    private static final String QUERY = "labels=Person&types=MET&slice=year&from=1992&to=2021&limit=10";
    private final TestApp t;

    AnalysisJobsTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void thirtyYearsOfMeetings() {
        t.clean();
        t.db().autoCommit("""
                UNWIND range(0, 39) AS i CREATE (:Entity:Person {id: 'person:p' + i, name: 'P' + i})
                """, Map.of());
        t.db().autoCommit("""
                UNWIND range(1992, 2021) AS y
                UNWIND range(0, 29) AS k
                WITH y, k, (k * y + y) % 40 AS j WHERE j <> k
                MATCH (a:Person {id: 'person:p' + k}), (b:Person {id: 'person:p' + j})
                CREATE (a)-[:MET {date: toString(y), dateFrom: date({year: y}), dateTo: date({year: y, month: 12, day: 31})}]->(b)
                """, Map.of());
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(t.baseUrl() + path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void theServiceTellsItsProgressAfterEverySlice() {
        var service = new AnalysisService(t.db(), AnalysisService.Limits.defaults(Duration.ofSeconds(60)));
        var q = new AnalysisService.Request("degree", List.of("Person"), List.of("MET"), LocalDate.of(1992, 1, 1),
                LocalDate.of(2021, 12, 31), null, "year", 10, 0, null);
        List<String> told = new ArrayList<>();
        service.centrality(q, (done, total) -> told.add(done + "/" + total));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= 30; i++) expected.add(i + "/30");
        assertThat(told).isEqualTo(expected);
        told.clear();
        service.communities(q, (done, total) -> told.add(done + "/" + total));
        assertThat(told).isEqualTo(expected);
    }

    @Test
    void aJobReportsSliceKOfNAndEndsWithTheOneCallsAnswer() throws Exception {
        for (String kind : List.of("centrality", "communities")) {
            var started = t.send(post("/api/analysis/" + kind + "?" + QUERY));
            assertThat(started.status()).as(started.raw()).isEqualTo(202);
            String id = started.body().get("id").asText();
            assertThat(started.headers().firstValue("Location")).hasValue("/api/analysis/jobs/" + id);
            assertThat(started.body().get("total").asInt()).isEqualTo(30);
            assertThat(started.body().get("kind").asText()).isEqualTo(kind);
            JsonNode job;
            int last = -1;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            do {
                var res = t.get("/api/analysis/jobs/" + id);
                assertThat(res.status()).as(res.raw()).isEqualTo(200);
                job = res.body();
                assertThat(job.get("total").asInt()).isEqualTo(30);
                assertThat(job.get("done").asInt()).as("progress never goes back").isGreaterThanOrEqualTo(last).isBetween(0, 30);
                last = job.get("done").asInt();
                if (job.get("state").asText().equals("running")) {
                    assertThat(job.hasNonNull("result")).isFalse();
                    Thread.sleep(20);
                }
            } while (job.get("state").asText().equals("running") && System.nanoTime() < until);
            assertThat(job.get("state").asText()).isEqualTo("done");
            assertThat(job.get("done").asInt()).isEqualTo(30);
            assertThat(job.hasNonNull("finishedAt")).isTrue();
            JsonNode once = t.get("/api/analysis/" + kind + "?" + QUERY).body();
            JsonNode result = job.get("result").deepCopy();
            ((ObjectNode) result).remove("elapsedMs");
            ((ObjectNode) once).remove("elapsedMs");
            assertThat(once.get("slices")).hasSize(30);
            assertThat(result).as(kind + ": the job's result is the one call's answer").isEqualTo(once);
        }
        var unknown = t.get("/api/analysis/jobs/nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).contains("nope");
        // the request is checked before a job starts, as the GET checks it
        var tooMany = t.send(post("/api/analysis/centrality?slice=year&from=1900&to=2025"));
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.body().get("cap").asText()).isEqualTo("maxSlices");
        assertThat(t.send(post("/api/analysis/centrality?metric=closeness")).status()).isEqualTo(400);
    }

    @Test
    void theJobCapIsA429NamingItAndAFailedJobAnswersItsError() throws Exception {
        AnalysisJobs jobs = new AnalysisJobs();
        CountDownLatch release = new CountDownLatch(1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AnalysisJobs.RUNNING; i++) {
            ids.add(jobs.start("centrality", 3, progress -> {
                progress.slices(1, 3);
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                progress.slices(3, 3);
                return "answer";
            }).id());
        }
        assertThatThrownBy(() -> jobs.start("centrality", 3, progress -> "never"))
                .isInstanceOfSatisfying(ApiProblem.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.getMessage()).contains("the cap is " + AnalysisJobs.RUNNING);
                    assertThat(e.extra()).containsEntry("cap", "analysisJobs");
                });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jobs.get(ids.get(0)).done() < 1 && System.nanoTime() < until) Thread.sleep(5);
        assertThat(jobs.get(ids.get(0)).done()).as("slice 1 of 3 while it runs").isEqualTo(1);
        assertThat(jobs.get(ids.get(0)).state()).isEqualTo("running");
        release.countDown();
        for (String id : ids) {
            while (!jobs.get(id).state().equals("done") && System.nanoTime() < until) Thread.sleep(5);
            assertThat(jobs.get(id).result()).isEqualTo("answer");
            assertThat(jobs.get(id).done()).isEqualTo(3);
        }
        String failed = jobs.start("centrality", 1, progress -> {
            throw new ApiProblem(408, "Analysis timed out", "the analysis took longer than the query timeout");
        }).id();
        Thread.sleep(50);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 200; i++) {
                jobs.get(failed);
                Thread.sleep(10);
            }
        }).isInstanceOfSatisfying(ApiProblem.class, e -> assertThat(e.status()).isEqualTo(408));
    }
}
