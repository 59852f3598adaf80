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

import java.net.URI;
import java.time.Duration;
import java.util.Map;
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

    /** Opens a driver with the default timeouts ({@link #CONNECT_TIMEOUT}, {@link #RETRY}). */
    public static Database connect(URI uri, String user, String password, String database, Duration queryTimeout) {
        return connect(uri, user, password, database, queryTimeout, CONNECT_TIMEOUT, RETRY);
    }

    /**
     * Opens a driver with timeouts well below the driver's defaults (60 s to acquire a connection, 30 s managed
     * transaction retry), so an absent database fails fast: a request finds it unreachable after one connection attempt
     * per try, and the driver tries again (after ~1 s, then ~2 s, ...) only while {@code retry} has not passed since the
     * first failure; 500 ms means one retry, a 503 after about a second. Writes that lose to a concurrent writer are
     * still run again under {@link WriteRetry} (see {@link #inSession}).
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

    /** The least time schema work (constraints, indexes, waiting for them) gets, whatever the query timeout. */
    public static final Duration SCHEMA_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Runs a schema statement in its own write transaction, under {@link #SCHEMA_TIMEOUT} or the query timeout when
     * longer: start-up work is no analyst's query, and a short query timeout on a busy machine must not stop it.
     */
    public void schema(String cypher) {
        Duration timeout = queryTimeout.compareTo(SCHEMA_TIMEOUT) > 0 ? queryTimeout : SCHEMA_TIMEOUT;
        inSession(AccessMode.WRITE, s -> s.executeWrite(tx -> tx.run(cypher).consume(),
                TransactionConfig.builder().withTimeout(timeout).build()));
    }

    /** Runs one statement in an auto-commit transaction (needed for {@code CALL ... IN TRANSACTIONS}). */
    public void autoCommit(String cypher, Map<String, Object> params) {
        inSession(AccessMode.WRITE, s -> s.run(cypher, params).consume());
    }

    /** {@code RETURN 1} within the given time, or a {@link DatabaseUnavailableException}. */
    public void ping(Duration within) {
        try (Session s = driver.session(sessionConfig(AccessMode.READ))) {
            s.run(CypherFiles.query("ping"), TransactionConfig.builder().withTimeout(within).build()).consume();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j is not reachable: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in a session it opens and closes. An unreachable database becomes a
     * {@link DatabaseUnavailableException}. A WRITE session's work (a whole transaction) is run under the one retry
     * policy, {@link WriteRetry}, when it loses to a concurrent writer (a deadlock, a lock timeout, a lost uniqueness
     * race) after the driver's own (short) retry window gave up, so the short window that makes reads fail fast does
     * not make concurrent imports fail.
     */
    public <T> T inSession(AccessMode mode, Function<Session, T> work) {
        try {
            return mode == AccessMode.WRITE ? WriteRetry.run(() -> once(mode, work)) : once(mode, work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j is not reachable: " + e.getMessage(), e);
        }
    }

    private <T> T once(AccessMode mode, Function<Session, T> work) {
        try (Session s = driver.session(sessionConfig(mode))) {
            return work.apply(s);
        }
    }

    private TransactionConfig txConfig() {
        return TransactionConfig.builder().withTimeout(queryTimeout).build();
    }

    @Override
    public void close() {
        driver.close();
    }
}
