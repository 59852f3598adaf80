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

    /** Opens a driver with timeouts well below the driver's 60 s defaults, so an absent database fails fast. */
    public static Database connect(URI uri, String user, String password, String database, Duration queryTimeout) {
        AuthToken auth = (password == null || password.isEmpty()) ? AuthTokens.none() : AuthTokens.basic(user, password);
        org.neo4j.driver.Config config = org.neo4j.driver.Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
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

    /** Opens a session; callers close it. */
    public <T> T inSession(AccessMode mode, Function<Session, T> work) {
        try (Session s = driver.session(sessionConfig(mode))) {
            return work.apply(s);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j is not reachable: " + e.getMessage(), e);
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
