package org.diplograph.load;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The progress of the first-start seed import, which runs in the background after the HTTP server answers (so
 * {@code /api/health/ready} may say ready while it runs). States: {@code pending} (the app has not looked yet),
 * {@code skipped} (off, no seeds folder, or the graph already holds documents: {@code reason} says which),
 * {@code running}, {@code done} ({@code failed} counts the articles that failed alone) and {@code failed} (the import
 * stopped: {@code error}). Thread-safe: the import thread writes, HTTP requests read {@link #snapshot()}.
 */
public final class SeedImport {
    /** One reading of the progress, as {@code /api/stats} gives it under {@code seedImport}. */
    public record Progress(String state, int done, int total, int failed, String startedAt, String finishedAt,
                           String reason, String error) {}

    private String state = "pending";
    private int done;
    private int total;
    private int failed;
    private Instant startedAt;
    private Instant finishedAt;
    private String reason;
    private String error;

    /** The import will not run, for the given reason. */
    public synchronized void skipped(String why) {
        state = "skipped";
        reason = why;
    }

    /** The import starts with this many files to read. */
    public synchronized void started(int files) {
        state = "running";
        total = files;
        done = 0;
        startedAt = now();
    }

    /** {@code n} of {@code of} files are through (imported, unchanged or failed). */
    public synchronized void progress(int n, int of) {
        done = n;
        total = of;
    }

    /** The import finished; {@code failedArticles} of them failed alone. */
    public synchronized void finished(int failedArticles) {
        state = "done";
        done = total;
        failed = failedArticles;
        finishedAt = now();
    }

    /** The import stopped on an error. */
    public synchronized void failed(String message) {
        state = "failed";
        error = message;
        finishedAt = now();
    }

    /** The current progress. */
    public synchronized Progress snapshot() {
        return new Progress(state, done, total, failed, text(startedAt), text(finishedAt), reason, error);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
