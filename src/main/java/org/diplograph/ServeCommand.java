package org.diplograph;

import org.diplograph.common.Log;
import org.diplograph.config.Config;
import org.diplograph.config.ConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code serve [settings]}: the database, the first-start seed import, the API and the UI, until Ctrl-C or SIGTERM. */
@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "diplograph serve [-h] [settings]",
        description = {"Serve the API and UI: embedded Neo4j (or NEO4J_URI), the seeds imported on first start.",
                "Runs until Ctrl-C or SIGTERM, then stops HTTP, the driver and the database cleanly."})
final class ServeCommand implements Callable<Integer> {
    private static final System.Logger LOG = Log.get(ServeCommand.class);

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    ConfigOptions settings;

    @Override
    public Integer call() {
        return serve(settings.config(System.getenv()));
    }

    /** Starts the app and a shutdown hook that stops it; answers {@link Cli#SERVING}. */
    static int serve(Config config) {
        LOG.log(System.Logger.Level.INFO, "Starting Diplograph: {0}", config.describe());
        App app = App.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // java.util.logging is already shut down inside a shutdown hook: print directly
            System.out.println("Stopping Diplograph: HTTP, then the driver, then the database");
            app.close();
            System.out.println("Diplograph stopped");
        }, "shutdown"));
        return Cli.SERVING;
    }
}
