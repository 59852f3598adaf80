package org.diplograph.console;

import org.diplograph.api.ApiProblem;
import org.diplograph.common.Log;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs console queries on the console's own threads, so that neither an answer nor the app's shutdown depends on Neo4j
 * stopping a query. Each query's transaction carries {@code {app, request}} metadata. The request waits at most the
 * query timeout + {@link #GRACE}: Neo4j's own timeout normally ends the query first (408); past the deadline the runner
 * answers 408 at once and has the transaction terminated in the background ({@code TERMINATE TRANSACTIONS}, found by its
 * metadata with {@code SHOW TRANSACTIONS}, which is planned once at start because it takes seconds when cold), leaving
 * the query's thread to finish when Neo4j gets to the termination (interrupting a thread that waits for rows does not
 * stop the query: the driver keeps waiting). {@link #close} (first thing when the app stops) answers the waiting requests
 * 503, abandons their threads and terminates their transactions (within 2 s; closing the driver next closes their
 * connections in any case), so that neither the HTTP server nor the database waits for a console query. At most {@link #THREADS} queries run at once (429 beyond).
 * What Neo4j cannot stop at all (one expression, evaluated without a check) the {@link CostGuard} keeps from running.
 */
final class ConsoleRunner implements AutoCloseable {
    private static final System.Logger LOG = Log.get(ConsoleRunner.class);
    /** Metadata value marking the console's transactions. */
    static final String APP = "diplograph-console";
    /** How long past the query timeout a request waits before the runner terminates the query itself. */
    static final Duration GRACE = Duration.ofSeconds(1);
    /** How long {@link #close} waits for the console's transactions to be terminated. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    /** Console queries running at once. */
    static final int THREADS = 8;

    private final Database db;
    private final Duration timeout;
    private final ThreadPoolExecutor pool;
    private final ExecutorService reaper;
    private final Set<Future<?>> running = ConcurrentHashMap.newKeySet();
    private final String instance = Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closed;

    ConsoleRunner(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "console-" + n.incrementAndGet());
            t.setDaemon(true); // an abandoned query never keeps the JVM alive
            return t;
        });
        this.pool.allowCoreThreadTimeOut(true);
        this.reaper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "console-reaper");
            t.setDaemon(true);
            return t;
        });
        reaper.execute(() -> terminate("warm-up")); // plans SHOW TRANSACTIONS (seconds when cold) before it is needed
    }

    /** The transaction timeout of console queries. */
    Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code work} (given the transaction metadata to set) on a console thread and returns its result, or throws
     * its {@link RuntimeException}; 408 past the deadline, 429 when {@link #THREADS} queries run, 503 while stopping.
     */
    <T> T run(Function<Map<String, Object>, T> work) {
        long deadline = System.nanoTime() + timeout.plus(GRACE).toNanos();
        if (closed) throw stopping();
        String request = instance + "-" + requests.incrementAndGet();
        Map<String, Object> metadata = Map.of("app", APP, "request", request);
        Future<T> f;
        try {
            f = pool.submit(() -> work.apply(metadata));
        } catch (RejectedExecutionException e) {
            if (closed) throw stopping();
            throw new ApiProblem(429, "Console busy", "The console is running its maximum of " + THREADS
                    + " queries at once; retry in a few seconds", Map.of("retryAfter", 2));
        }
        running.add(f);
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reaper.execute(() -> terminate(request));
            LOG.log(System.Logger.Level.WARNING, "Console query past its deadline ({0} ms): terminated", timeout.plus(GRACE).toMillis());
            throw timedOut();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw stopping();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        } finally {
            running.remove(f);
        }
    }

    static ApiProblem timedOut() {
        return new ApiProblem(408, "Query timed out", "The query took longer than the console's timeout (DIPLOGRAPH_QUERY_TIMEOUT) and was stopped",
                java.util.Map.of("cap", "DIPLOGRAPH_QUERY_TIMEOUT"));
    }

    private static ApiProblem stopping() {
        return new ApiProblem(503, "Shutting down", "The server is stopping; the console query was stopped",
                Map.of("retryAfter", 5));
    }

    /** Terminates the console's running transactions: one request's, or all of them ({@code request} null). */
    void terminate(String request) {
        Map<String, Object> p = new HashMap<>();
        p.put("app", APP);
        p.put("request", request);
        try (Session s = db.driver().session(db.sessionConfig(AccessMode.READ))) {
            TransactionConfig quick = TransactionConfig.builder().withTimeout(Duration.ofSeconds(15)).build();
            List<String> ids = s.run(CypherFiles.query("console-transactions"), p, quick).list(r -> r.get("id").asString());
            if (!ids.isEmpty()) s.run(CypherFiles.query("terminate-transactions"), Map.of("ids", ids), quick).consume();
        } catch (RuntimeException e) {
            // the database is gone or refuses: nothing left to terminate, or nothing this app can do about it
            LOG.log(System.Logger.Level.WARNING, "Could not terminate console transactions: " + e.getMessage());
        }
    }

    /**
     * Answers the requests of the running console queries 503, abandons their threads and has their transactions
     * terminated, waiting for that at most {@link #CLOSE_WAIT} (the app closes the driver next, which closes their
     * connections: Neo4j ends those transactions at their next check in any case); later queries get 503.
     */
    @Override
    public void close() {
        closed = true;
        boolean any = !running.isEmpty();
        running.forEach(f -> f.cancel(true));
        if (any) {
            try {
                reaper.submit(() -> terminate(null)).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException | RejectedExecutionException e) {
                // the driver's close ends them
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdownNow();
        reaper.shutdownNow();
    }
}
