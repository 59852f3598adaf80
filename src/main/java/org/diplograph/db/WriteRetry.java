package org.diplograph.db;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The one retry policy of the application (Failsafe): a write transaction that loses to a concurrent writer is run
 * again, whole, with jittered exponential backoff. Bounds: at most {@link #MAX_ATTEMPTS} attempts, delays from
 * {@link #FIRST_DELAY} doubling to {@link #MAX_DELAY} (each ±50 %), for at most {@link #MAX_DURATION} in all. Transient
 * means: a {@link TransientException} (a deadlock, a lock timeout) other than a terminated transaction, a stopped lock
 * client or a database going away; and a lost uniqueness race ({@code ConstraintValidationFailed}: two imports MERGE-ing
 * the same new node; the loser, run again, MATCHes it). Reads are not retried here: they fail fast, within the
 * driver's own short window ({@code DIPLOGRAPH_DB_RETRY}).
 */
public final class WriteRetry {
    /** Attempts in all, the first included. */
    public static final int MAX_ATTEMPTS = 20;
    /** The delay before the first retry; it doubles up to {@link #MAX_DELAY}. */
    public static final Duration FIRST_DELAY = Duration.ofMillis(50);
    /** The longest delay between two attempts. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(1);
    /** How long a write that keeps losing is run again, from its first attempt. */
    public static final Duration MAX_DURATION = Duration.ofSeconds(5);

    private static final AtomicLong RETRIES = new AtomicLong();
    private static final RetryPolicy<Object> POLICY = RetryPolicy.builder()
            .handleIf(WriteRetry::isTransient)
            .withMaxAttempts(MAX_ATTEMPTS)
            .withBackoff(FIRST_DELAY, MAX_DELAY)
            .withJitter(0.5)
            .withMaxDuration(MAX_DURATION)
            .onRetry(e -> RETRIES.incrementAndGet())
            .build();

    private WriteRetry() {}

    /** Runs a write (a whole transaction) under the policy; the last failure is thrown as it was. */
    public static <T> T run(Supplier<T> write) {
        return Failsafe.with(POLICY).get(write::get);
    }

    /** Whether a failure is worth running the whole write transaction again for. */
    public static boolean isTransient(Throwable e) {
        if (e instanceof TransientException t) {
            String code = t.code() == null ? "" : t.code();
            return !code.contains("Terminated") && !code.contains("DatabaseUnavailable") && !code.contains("Stopped");
        }
        return e instanceof ClientException c && c.code() != null && c.code().endsWith("ConstraintValidationFailed");
    }

    /** How many write transactions were run again (in this JVM). */
    public static long retries() {
        return RETRIES.get();
    }
}
