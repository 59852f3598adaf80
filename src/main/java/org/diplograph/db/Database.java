package org.diplograph.db;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one way into Neo4j: a driver plus a small query helper. Embedded and external modes use the same code;
 * only the URI differs. Reads go through {@code executeRead} so that a cluster can route them to secondaries.
 */
public final class Database implements AutoCloseable {
    private final Driver driver;
    private final String database;
    private final Duration queryTimeout;

    public Database(Driver driver, String database, Duration queryTimeout) {
        this.driver = driver;
        this.database = database;
        this.queryTimeout = queryTimeout;
    }

    /** Default time to open a connection (DIPLOGRAPH_DB_CONNECT_TIMEOUT). */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Default retry window of the driver's managed transactions (DIPLOGRAPH_DB_RETRY). */
    public static final Duration RETRY = Duration.ofMillis(500);
    /** How long a write that keeps losing to a concurrent writer (deadlock, lock timeout) is run again. */
    public static final Duration WRITE_CONFLICT_RETRY = Duration.ofSeconds(5);

    /** Opens a driver with the default timeouts ({@link #CONNECT_TIMEOUT}, {@link #RETRY}). */
    public static Database connect(URI uri, String user, String password, String database, Duration queryTimeout) {
        return connect(uri, user, password, database, queryTimeout, CONNECT_TIMEOUT, RETRY);
    }

    /**
     * Opens a driver with timeouts well below the driver's defaults (60 s to acquire a connection, 30 s managed
     * transaction retry), so an absent database fails fast: a request finds it unreachable after one connection attempt
     * per try, and the driver tries again (after ~1 s, then ~2 s, ...) only while {@code retry} has not passed since the
     * first failure; 500 ms means one retry, a 503 after about a second. Writes that lose to a concurrent writer are
     * still run again for {@link #WRITE_CONFLICT_RETRY} (see {@link #inSession}).
     */
    public static Database connect(URI uri, String user, String password, String database, Duration queryTimeout,
                                   Duration connectTimeout, Duration retry) {
        AuthToken auth = (password == null || password.isEmpty()) ? AuthTokens.none() : AuthTokens.basic(user, password);
        org.neo4j.driver.Config config = org.neo4j.driver.Config.builder()
                .withConnectionTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(Math.max(5_000, connectTimeout.toMillis()), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(retry.toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(50)
                .build();
        return new Database(GraphDatabase.driver(uri, auth, config), database, queryTimeout);
    }

    public Driver driver() {
        return driver;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** Session configuration for this database in the given access mode. */
    public SessionConfig sessionConfig(AccessMode mode) {
        SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(mode);
        if (database != null) b.withDatabase(database);
        return b.build();
    }

    /** Runs a read query in a managed (retried) read transaction with the configured timeout. */
    public <T> T read(String cypher, Map<String, Object> params, Function<Result, T> mapper) {
        return inSession(AccessMode.READ, s -> s.executeRead(tx -> mapper.apply(tx.run(cypher, params)), txConfig()));
    }

    /** Runs a write query in a managed write transaction. */
    public <T> T write(String cypher, Map<String, Object> params, Function<Result, T> mapper) {
        return inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> mapper.apply(tx.run(cypher, params)), txConfig()));
    }

    /** Runs several statements in one managed write transaction (all or nothing). */
    public <T> T writeTx(Function<TransactionContext, T> work) {
        return inSession(AccessMode.WRITE, s -> s.executeWrite(work::apply, txConfig()));
    }

    /** Runs work in a managed read transaction. */
    public <T> T readTx(Function<TransactionContext, T> work) {
        return inSession(AccessMode.READ, s -> s.executeRead(work::apply, txConfig()));
    }

    /** Runs one statement in an auto-commit transaction (needed for {@code CALL ... IN TRANSACTIONS}). */
    public void autoCommit(String cypher, Map<String, Object> params) {
        inSession(AccessMode.WRITE, s -> s.run(cypher, params).consume());
    }

    /** {@code RETURN 1} within the given time, or a {@link DatabaseUnavailableException}. */
    public void ping(Duration within) {
        try (Session s = driver.session(sessionConfig(AccessMode.READ))) {
            s.run("RETURN 1", TransactionConfig.builder().withTimeout(within).build()).consume();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j is not reachable: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a session; callers close it. An unreachable database becomes a {@link DatabaseUnavailableException}.
     * In a WRITE session a transient error that a concurrent writer causes (a deadlock, a lock timeout) is retried with
     * jittered backoff for up to {@link #WRITE_CONFLICT_RETRY} after the driver's own (short) retry window gave up, so
     * the short window that makes reads fail fast does not make concurrent imports fail.
     */
    public <T> T inSession(AccessMode mode, Function<Session, T> work) {
        long firstFailure = 0;
        long delayMs = 50;
        while (true) {
            try (Session s = driver.session(sessionConfig(mode))) {
                return work.apply(s);
            } catch (ServiceUnavailableException | SessionExpiredException e) {
                throw new DatabaseUnavailableException("Neo4j is not reachable: " + e.getMessage(), e);
            } catch (TransientException e) {
                if (mode != AccessMode.WRITE || !isWriteConflict(e)) throw e;
                long now = System.nanoTime();
                if (firstFailure == 0) firstFailure = now;
                if (now - firstFailure >= WRITE_CONFLICT_RETRY.toNanos()) throw e;
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(delayMs / 2, delayMs + 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delayMs = Math.min(delayMs * 2, 1_000);
            }
        }
    }

    /** A transient error worth running a write again for: not a termination and not a database going away. */
    static boolean isWriteConflict(TransientException e) {
        String code = e.code() == null ? "" : e.code();
        return !code.contains("Terminated") && !code.contains("DatabaseUnavailable") && !code.contains("Stopped");
    }

    private TransactionConfig txConfig() {
        return TransactionConfig.builder().withTimeout(queryTimeout).build();
    }

    @Override
    public void close() {
        driver.close();
    }
}
