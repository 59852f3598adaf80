package org.diplograph;

import io.javalin.Javalin;
import org.diplograph.config.Config;
import org.diplograph.db.Database;
import org.diplograph.db.DatabaseUnavailableException;
import org.diplograph.db.EmbeddedNeo4j;
import org.diplograph.db.Schema;
import org.diplograph.graph.OverviewService;
import org.diplograph.web.ApiRoutes;
import org.diplograph.web.HealthRoutes;
import org.diplograph.web.HttpServer;
import org.diplograph.web.OverviewRoutes;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Diplograph: wires config → Neo4j (embedded or external) → services → Javalin. Tests build it with {@link #start}.
 * Command line: {@code serve} (default), {@code import <files|dirs|facts.json>}, {@code extract <files|dirs> [--out f]}.
 */
public final class App implements AutoCloseable {
    private static final System.Logger LOG = org.diplograph.Log.get(App.class);

    private final Config config;
    private final EmbeddedNeo4j embedded;
    private final Database db;
    private Javalin http;

    private App(Config config, EmbeddedNeo4j embedded, Database db) {
        this.config = config;
        this.embedded = embedded;
        this.db = db;
    }

    /** Opens the database (starting embedded Neo4j when no external URI is set) and applies the schema. */
    public static App open(Config config) {
        EmbeddedNeo4j embedded = null;
        URI uri = config.neo4jUri();
        if (config.embedded()) {
            embedded = EmbeddedNeo4j.start(config.dataDir(), config.boltPort(), config.queryTimeout().multipliedBy(6));
            uri = URI.create(embedded.boltUri());
        }
        Database db = Database.connect(uri, config.neo4jUser(), config.embedded() ? null : config.neo4jPassword(),
                config.neo4jDatabase(), config.queryTimeout());
        App app = new App(config, embedded, db);
        try {
            db.driver().verifyConnectivity();
            Schema.apply(db);
        } catch (RuntimeException e) {
            app.close();
            if (e instanceof DatabaseUnavailableException) throw e;
            throw new DatabaseUnavailableException("Cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.INFO, "Neo4j {0} mode, uri {1}{2}", config.embedded() ? "embedded" : "external", uri,
                config.embedded() ? ", store " + embedded.storeDir() : "");
        return app;
    }

    /** Opens the database and serves the API and UI. */
    public static App start(Config config) {
        App app = open(config);
        try {
            app.serve();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void serve() {
        List<ApiRoutes> features = new ArrayList<>();
        features.add(new HealthRoutes(db));
        features.add(new OverviewRoutes(new OverviewService(db), config.maxNodes()));
        features.add(new org.diplograph.web.SearchRoutes(new org.diplograph.graph.SearchService(db)));
        features.add(new org.diplograph.web.EntityRoutes(new org.diplograph.graph.EntityService(db)));
        features.add(new org.diplograph.web.ExamplesRoutes());
        http = HttpServer.create(Json.mapper(), config.maxUploadBytes(), features);
        try {
            http.start(config.host(), config.port());
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("Cannot serve HTTP on " + config.host() + ":" + config.port()
                    + " (is the port taken? set DIPLOGRAPH_PORT / --port): " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.INFO, "Diplograph ready on http://{0}:{1}/", config.host(), String.valueOf(http.port()));
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return db;
    }

    /** The HTTP port actually bound. */
    public int port() {
        return http.port();
    }

    /** Stops Javalin, then the driver, then the embedded database. */
    @Override
    public synchronized void close() {
        if (http != null) {
            http.stop();
            http = null;
        }
        db.close();
        if (embedded != null) embedded.close();
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        String command = !list.isEmpty() && !list.get(0).startsWith("--") ? list.remove(0) : "serve";
        try {
            switch (command) {
                case "serve" -> {
                    Config config = Config.load(System.getenv(), list);
                    LOG.log(System.Logger.Level.INFO, "Starting Diplograph: {0}", config.describe());
                    App app = start(config);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        // java.util.logging is already shut down inside a shutdown hook: print directly
                        System.out.println("Stopping Diplograph: HTTP, then the driver, then the database");
                        app.close();
                        System.out.println("Diplograph stopped");
                    }, "shutdown"));
                }
                default -> {
                    System.err.println("Unknown command '" + command + "'. Commands: serve, import <files|dirs|facts.json>, "
                            + "extract <files|dirs> [--out facts.json]");
                    System.exit(2);
                }
            }
        } catch (Config.ConfigException | DatabaseUnavailableException e) {
            System.err.println("diplograph: " + e.getMessage());
            System.exit(1);
        }
    }
}
