package org.diplograph.analysis;

import org.diplograph.api.ApiProblem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Long analysis calls (many yearly slices) run as jobs whose progress can be polled: {@link #start} checks the
 * request the way the one call does, then computes it on a small pool with the same service method, so a finished
 * job's result is the one call's answer. Bounded: at most {@link #RUNNING} jobs compute at once (429 naming the cap
 * beyond), at most {@link #KEPT} are kept, and a finished job is forgotten {@link #KEEP} after it ended. Each job ends
 * within the query timeout, as the one call does.
 */
public final class AnalysisJobs {
    static final int RUNNING = 2, KEPT = 32;
    static final Duration KEEP = Duration.ofMinutes(10);

    /**
     * A job as polled: its id, kind (centrality or communities), state ({@code running}, {@code done} or
     * {@code failed}), how many of its slices are computed out of how many, when it started and ended, and when done
     * its result (the one call's answer; else null).
     */
    public record Snapshot(String id, String kind, String state, int done, int total, String startedAt, String finishedAt,
                           Object result) {}

    private static final class Job {
        final String id, kind;
        final Instant startedAt;
        volatile int done, total;
        volatile String state = "running";
        volatile Instant finishedAt;
        volatile Object result;
        volatile RuntimeException error;

        Job(String id, String kind, int total, Instant startedAt) {
            this.id = id;
            this.kind = kind;
            this.total = total;
            this.startedAt = startedAt;
        }

        Snapshot snapshot() {
            return new Snapshot(id, kind, state, done, total, startedAt.toString(),
                    finishedAt == null ? null : finishedAt.toString(), result);
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(RUNNING, r -> {
        Thread t = new Thread(r, "analysis-job");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;

    public AnalysisJobs() {
        this(Clock.systemUTC());
    }

    AnalysisJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a job of {@code total} slices that runs {@code work} (given the progress to report to); 429 when
     * {@link #RUNNING} jobs already compute.
     */
    public synchronized Snapshot start(String kind, int total, Function<AnalysisService.Progress, Object> work) {
        forgetOld();
        long running = jobs.values().stream().filter(j -> j.state.equals("running")).count();
        if (running >= RUNNING) {
            throw new ApiProblem(429, "Too many analysis jobs", running + " analysis jobs are running; the cap is " + RUNNING
                    + " at once: wait for one to end", Map.of("cap", "analysisJobs", "limit", RUNNING, "retryAfter", 2));
        }
        Job job = new Job(UUID.randomUUID().toString(), kind, total, clock.instant());
        jobs.put(job.id, job);
        pool.submit(() -> {
            try {
                job.result = work.apply((done, all) -> {
                    job.total = all;
                    job.done = done;
                });
                job.state = "done";
            } catch (RuntimeException e) {
                job.error = e;
                job.state = "failed";
            } finally {
                job.finishedAt = clock.instant();
            }
        });
        return job.snapshot();
    }

    /**
     * The job as it stands; 404 for an unknown (or forgotten) id. A failed job answers as its one call would have:
     * its error is thrown again (a 400, 404, 408 or 413 naming the cap, or a database error the server maps).
     */
    public synchronized Snapshot get(String id) {
        forgetOld();
        Job job = jobs.get(id);
        if (job == null) throw ApiProblem.notFound("No analysis job with id '" + id + "' (jobs are kept " + KEEP.toMinutes() + " minutes)");
        if (job.state.equals("failed")) throw job.error;
        return job.snapshot();
    }

    /** Forgets finished jobs older than {@link #KEEP}, then the oldest finished ones beyond {@link #KEPT}. */
    private void forgetOld() {
        Instant cut = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(cut));
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext() && jobs.size() > KEPT; ) {
            if (it.next().finishedAt != null) it.remove();
        }
    }
}
