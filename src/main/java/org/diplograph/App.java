package org.diplograph;

import org.diplograph.common.Json;
import org.diplograph.common.Messages;
import org.diplograph.common.Log;
import io.javalin.Javalin;
import org.diplograph.config.Config;
import org.diplograph.console.ConsoleService;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.diplograph.db.DatabaseUnavailableException;
import org.diplograph.db.EmbeddedNeo4j;
import org.diplograph.db.Schema;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.annotate.Nlp;
import org.diplograph.graph.EntityService;
import org.diplograph.graph.EvidenceService;
import org.diplograph.graph.ExportService;
import org.diplograph.graph.MeetingsService;
import org.diplograph.graph.NeighborhoodService;
import org.diplograph.graph.OverviewService;
import org.diplograph.graph.PathService;
import org.diplograph.graph.SearchService;
import org.diplograph.graph.TimelineService;
import org.diplograph.analysis.AnalysisJobs;
import org.diplograph.analysis.AnalysisService;
import org.diplograph.analysis.ContradictionService;
import org.diplograph.analysis.PathFacts;
import org.diplograph.analysis.DiffService;
import org.diplograph.analysis.StageService;
import org.diplograph.load.Curation;
import org.diplograph.load.ImportReport;
import org.diplograph.load.ImportService;
import org.diplograph.load.Loader;
import org.diplograph.load.SeedImport;
import org.diplograph.load.csv.CsvImporter;
import org.diplograph.source.DocumentService;
import org.diplograph.web.ApiRoutes;
import org.diplograph.web.ConsoleRoutes;
import org.diplograph.web.DocumentRoutes;
import org.diplograph.web.EntityRoutes;
import org.diplograph.web.EvidenceRoutes;
import org.diplograph.web.ExportRoutes;
import org.diplograph.web.HealthRoutes;
import org.diplograph.web.HttpBindException;
import org.diplograph.web.HttpServer;
import org.diplograph.web.ImportRoutes;
import org.diplograph.web.MeetingsRoutes;
import org.diplograph.web.NeighborhoodRoutes;
import org.diplograph.web.OverviewRoutes;
import org.diplograph.web.PathRoutes;
import org.diplograph.web.SearchRoutes;
import org.diplograph.web.TimelineRoutes;
import org.diplograph.web.AnalysisRoutes;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Diplograph: wires config → Neo4j (embedded or external) → services → Javalin. Tests build it with {@link #start};
 * the command line (the jar's main class, {@code Cli}) builds it through its commands. App knows nothing of the
 * command line.
 */
public final class App implements AutoCloseable {
    private static final System.Logger LOG = Log.get(App.class);

    private final Config config;
    private final EmbeddedNeo4j embedded;
    private final Database db;
    private Javalin http;
    private ImportService importer;
    private ConsoleService console;
    private final SeedImport seedImport = new SeedImport();

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
                config.neo4jDatabase(), config.queryTimeout(), config.dbConnectTimeout(), config.dbRetry());
        App app = new App(config, embedded, db);
        try {
            db.driver().verifyConnectivity();
            Schema.apply(db);
        } catch (RuntimeException e) {
            app.close();
            if (e instanceof DatabaseUnavailableException) throw e;
            throw new DatabaseUnavailableException("Cannot use Neo4j at " + uri + ": "
                    + Messages.withoutRetryAdvice(Messages.firstLine(e.getMessage())), e);
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

    /** The importer over this app's database, with the curation file beside the seeds applied. */
    public ImportService importer() {
        if (importer == null) {
            Loader loader = new Loader(db, Curation.read(config.seedsDir().resolve("curation.yaml")),
                    config.queryTimeout().multipliedBy(6));
            importer = new ImportService(loader, new Extractor(), config.maxUploadBytes());
        }
        return importer;
    }

    /** The structured (CSV + mapping) importer over this app's database. */
    public CsvImporter csvImporter() {
        return new CsvImporter(db, config.queryTimeout().multipliedBy(6));
    }

    /** The store file that says a first-start seed import began and has not finished. */
    static final String SEED_IMPORT_MARKER = "seed-import.unfinished";

    /**
     * Imports the seed folder when the graph holds no document yet, or resumes a first-start import that a stop cut
     * short (embedded mode); returns the report, or null when skipped. Its progress is recorded in {@link #seedImport()}.
     */
    public ImportReport importSeedsIfEmpty() throws IOException {
        long docs = db.read(CypherFiles.query("count-documents"), Map.of(), r -> r.single().get("c").asLong());
        // a first-start import that a stop cut short left this marker in the store: it resumes (the articles already in
        // are found unchanged), so no seed article is lost to an early Ctrl-C
        Path marker = config.embedded() ? config.dataDir().resolve(SEED_IMPORT_MARKER) : null;
        boolean resume = marker != null && Files.exists(marker);
        if (docs > 0 && !resume) {
            seedImport.skipped("the graph already holds documents");
            return null;
        }
        if (resume) LOG.log(System.Logger.Level.INFO, "Resuming the seed import a stop cut short ({0} articles in)", docs);
        if (!Files.isDirectory(config.seedsDir())) {
            seedImport.skipped("no seeds folder at " + config.seedsDir());
            return null;
        }
        ImportReport report;
        try {
            seedImport.started(ImportService.expand(List.of(config.seedsDir())).size());
            if (marker != null) Files.writeString(marker, "the first-start seed import began and has not finished\n");
            report = importer().importPaths(List.of(config.seedsDir()), seedImport::progress);
            if (marker != null) Files.deleteIfExists(marker);
        } catch (IOException | RuntimeException e) {
            seedImport.failed(e.getMessage());
            throw e;
        }
        seedImport.finished(report.failed());
        LOG.log(System.Logger.Level.INFO, "Seeds imported from {0}: {1}", config.seedsDir(), report.summary());
        return report;
    }

    /** The progress of the first-start seed import (shown in {@code /api/stats} and the UI). */
    public SeedImport seedImport() {
        return seedImport;
    }

    private void serve() {
        if (!config.importSeeds()) seedImport.skipped("the seed import is off (DIPLOGRAPH_IMPORT_SEEDS=false)");
        if (config.preloadModels()) Nlp.preload(); // the linguistic models load beside the database and HTTP start
        List<ApiRoutes> features = new ArrayList<>();
        features.add(new HealthRoutes(db));
        features.add(new OverviewRoutes(new OverviewService(db), config.maxNodes(), seedImport::snapshot));
        features.add(new SearchRoutes(new SearchService(db)));
        features.add(new EntityRoutes(new EntityService(db)));
        // Query API (issue 4)
        var neighborhood = new NeighborhoodService(db, config.maxExpand());
        var paths = new PathService(db, new PathFacts());
        var evidence = new EvidenceService(db);
        console = new ConsoleService(db, config.queryTimeout(), config.maxConsoleRows());
        features.add(new NeighborhoodRoutes(neighborhood, config.maxNodes()));
        features.add(new PathRoutes(paths));
        features.add(new EvidenceRoutes(evidence));
        features.add(new MeetingsRoutes(new MeetingsService(db, config.maxNodes())));
        features.add(new TimelineRoutes(new TimelineService(db, config.maxNodes())));
        var analysisLimits = AnalysisService.Limits.defaults(config.queryTimeout()); // issue 16
        features.add(new AnalysisRoutes(new AnalysisService(db, analysisLimits), new DiffService(db, analysisLimits),
                new ContradictionService(db), new StageService(db), new AnalysisJobs()));
        features.add(new ConsoleRoutes(console, Json.mapper()));
        features.add(new ExportRoutes(new ExportService(evidence, Json.mapper()),
                neighborhood, paths, console, Json.mapper(), config.maxNodes()));
        features.add(new DocumentRoutes(new DocumentService(db)));
        features.add(new ImportRoutes(importer(), csvImporter()));
        http = HttpServer.create(Json.mapper(), config.maxUploadBytes(), features, config.rateLimit(), config.token());
        if (!List.of("localhost", "127.0.0.1", "::1").contains(config.host())) {
            LOG.log(System.Logger.Level.WARNING, "*** HTTP is bound to {0}, not localhost: anyone who can reach this address "
                    + "can read the graph{1}. ***", config.host(), config.token() == null
                    ? " and use the console and import (set DIPLOGRAPH_TOKEN to require a token)" : "");
        }
        try {
            http.start(config.host(), config.port());
        } catch (RuntimeException e) {
            throw new HttpBindException(config.host(), config.port(), e);
        }
        LOG.log(System.Logger.Level.INFO, "Diplograph ready on http://{0}:{1}/", config.host(), String.valueOf(http.port()));
        if (embedded != null) {
            RunningApp.write(embedded.storeDir(), new RunningApp.Info(ProcessHandle.current().pid(), config.boltPort(), http.port()));
        }
        Thread startUp = new Thread(() -> {
            if (config.importSeeds()) {
                try {
                    importSeedsIfEmpty();
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.ERROR, "Seed import failed: " + e.getMessage());
                }
            }
            // plan the neighbourhood queries before the first analyst asks, once there is a graph to explore
            try {
                long t0 = System.nanoTime();
                String any = db.read(CypherFiles.query("busiest-entity"),
                        Map.of(), r -> r.hasNext() ? r.next().get("id").asString(null) : null);
                if (any != null) {
                    neighborhood.warmUp(any);
                    LOG.log(System.Logger.Level.INFO, "Neighbourhood queries warmed on {0} in {1} ms", any,
                            String.valueOf((System.nanoTime() - t0) / 1_000_000));
                }
            } catch (RuntimeException e) {
                // the database went away (shutdown during start-up): nothing to warm
            }
        }, "start-up-work");
        startUp.setDaemon(true);
        startUp.start();
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

    /**
     * Stops the console's queries (terminated, their requests answered: nothing below waits for them), then Javalin,
     * then the driver, then the embedded database.
     */
    @Override
    public synchronized void close() {
        if (console != null) {
            console.close();
            console = null;
        }
        if (http != null) {
            http.stop();
            http = null;
            if (embedded != null) RunningApp.remove(embedded.storeDir());
        }
        db.close();
        if (embedded != null) embedded.close();
    }
}
