package org.diplograph;

import org.diplograph.config.Config;
import org.diplograph.config.ConfigOptions;
import org.diplograph.db.DatabaseUnavailableException;
import org.diplograph.web.HttpBindException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The command line, parsed by picocli: {@code diplograph [settings]} serves (as {@code serve} does), and the
 * subcommands {@code serve}, {@code import}, {@code extract}, {@code backup}, {@code restore} and {@code help}; every
 * command has {@code --help}. Exit codes: 0 done, 1 a failure (a bad setting value, the database, a file), 2 a usage
 * error (an unknown option, a missing argument, a bad mapping), 3 done with some inputs failed, 4 the HTTP port cannot
 * be bound.
 */
@Command(name = "diplograph", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = {"diplograph [-h] [settings]            (serves, as 'diplograph serve' does)",
                "       diplograph <command> [-h] ...   ('diplograph <command> --help': its usage)"},
        description = {"Diplograph: a graph explorer for diplomatic networks.",
                "Without a command it serves: embedded Neo4j (or NEO4J_URI), the seed import on first start, the API and UI."},
        subcommands = {ServeCommand.class, ImportCommand.class, ExtractCommand.class, Backup.BackupCommand.class,
                Backup.RestoreCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (serve: runs until Ctrl-C or SIGTERM)", "1:a failure: a bad setting value, the database, a file",
                "2:a usage error: unknown option, missing argument, bad mapping", "3:done, but some inputs failed",
                "4:serve: the HTTP port cannot be bound (taken, or not allowed)"})
public final class Cli implements Callable<Integer> {
    /** A usage error (exit 2). */
    static final int USAGE = 2;
    /** The HTTP port could not be bound (exit 4). */
    static final int HTTP_BIND = 4;
    /** What {@link #run} answers for {@code serve}: the app runs (until SIGTERM) and the process must not exit. */
    static final int SERVING = -1;

    /** The jar's main class: runs the command line and exits with its code unless the app now serves. */
    public static void main(String[] args) {
        int code = run(Arrays.asList(args));
        if (code != SERVING) System.exit(code);
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    ConfigOptions settings;

    @Override
    public Integer call() {
        return ServeCommand.serve(settings.config(System.getenv()));
    }

    /** The command line, with the settings options added to the commands that take them. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        Cli top = cl.getCommand();
        top.settings = ConfigOptions.addTo(cl.getCommandSpec());
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        serve.settings = ConfigOptions.addTo(cl.getSubcommands().get("serve").getCommandSpec());
        ImportCommand imp = cl.getSubcommands().get("import").getCommand();
        imp.settings = ConfigOptions.addTo(cl.getSubcommands().get("import").getCommandSpec());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof Config.ConfigException || e instanceof DatabaseUnavailableException) {
                commandLine.getErr().println("diplograph: " + e.getMessage());
                return 1;
            }
            if (e instanceof HttpBindException) {
                commandLine.getErr().println("diplograph: " + e.getMessage());
                return HTTP_BIND;
            }
            throw e;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException u && !c.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                message = "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
                        + String.join(", ", c.getSubcommands().keySet()) + ")";
            }
            c.getErr().println("diplograph: " + message);
            CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr());
            c.getErr().print(c.getHelp().fullSynopsis());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for its options.");
            c.getErr().flush();
            return USAGE;
        });
        return cl;
    }

    /**
     * Runs a command line as {@link #main} does, without exiting the JVM (so tests can run commands in-process):
     * answers the exit code, or {@link #SERVING} once {@code serve} has started the app.
     */
    static int run(List<String> args) {
        return run(args, null, null);
    }

    /**
     * {@link #run(List)} with the commands' output and errors written to these writers (null: System.out, System.err).
     * Tests pass their own rather than swap System.out: CoreNLP's logging swaps the System streams back whenever it is
     * configured, so a swap would lose output to models loading on another thread.
     */
    static int run(List<String> args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        if (out != null) cl.setOut(out);
        if (err != null) cl.setErr(err);
        int code = cl.execute(args.toArray(String[]::new));
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }
}
