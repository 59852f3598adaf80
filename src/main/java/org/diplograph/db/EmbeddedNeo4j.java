package org.diplograph.db;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Neo4j 5.26 running inside this JVM, hardened, with Bolt open on localhost only so that Neo4j Browser,
 * cypher-shell and any driver (this app's included) can attach.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService dbms;
    private final Path storeDir;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path storeDir, int boltPort) {
        this.dbms = dbms;
        this.storeDir = storeDir;
        this.boltPort = boltPort;
    }

    /**
     * Starts (or opens) the store in {@code storeDir}.
     *
     * @throws DatabaseUnavailableException with a readable message when the port is taken or the store cannot be opened
     */
    public static EmbeddedNeo4j start(Path storeDir, int boltPort, Duration txTimeout) {
        return start(storeDir, boltPort, txTimeout, SHUTDOWN_WAIT);
    }

    /** How long {@link #close} lets running transactions finish before it terminates them (Neo4j's default). */
    public static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    /**
     * As {@link #start(Path, int, Duration)}, with the time {@link #close} waits for running transactions to finish
     * (then terminates them).
     */
    public static EmbeddedNeo4j start(Path storeDir, int boltPort, Duration txTimeout, Duration shutdownWait) {
        if (boltPort < 1 || boltPort > 65535) {
            throw new DatabaseUnavailableException("Bolt port " + boltPort + " is not valid: choose a port from 1 to 65535 (DIPLOGRAPH_BOLT_PORT)");
        }
        if (!portFree(boltPort)) {
            throw new DatabaseUnavailableException("Bolt port " + boltPort + " on localhost is already in use: stop the other "
                    + "process or set DIPLOGRAPH_BOLT_PORT / --bolt-port to a free port");
        }
        Path store = storeDir.toAbsolutePath().normalize();
        Path importDir = store.resolve("import");
        try {
            Files.createDirectories(importDir);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot create the store folder " + store + ": " + e.getMessage());
        }
        try {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                    // a timed-out transaction is marked for termination by a monitor that looks every 2 s by default:
                    // look every 100 ms, so a query stops within ~0.1 s of its timeout (the console's 408 on time)
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, shutdownWait)
                    // Bolt's Netty event loops shut down after the databases have stopped, each with a 5 s quiet
                    // period by default (10 s on every stop, even with no connection left): no quiet period, 1 s cap
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 512L << 20)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 2L << 30)
                    .build();
            return new EmbeddedNeo4j(dbms, store, boltPort);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("Embedded Neo4j could not start with the store in " + store + ": "
                    + rootMessage(e));
        }
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public Path storeDir() {
        return storeDir;
    }

    /** Stops the database cleanly (a checkpoint is written, so the next start needs no recovery). */
    @Override
    public void close() {
        dbms.shutdown();
    }

    /** Whether nothing listens on the port on localhost. */
    public static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("localhost"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
