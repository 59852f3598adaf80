package org.diplograph;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line ({@code import}, {@code extract}, {@code backup}, {@code restore}, settings errors) either in
 * this JVM, through the same entry point as {@code main} ({@link Cli#run}) with stdout and stderr captured together, or
 * as the user runs it: a separate JVM. In-process runs save a JVM and embedded-Neo4j cold start each; every test class
 * that checks the command line keeps at least one child-process run.
 */
public final class Commands {
    private Commands() {}

    /** The exit code and everything printed (stdout and stderr interleaved). */
    public record Run(int exit, String out) {}

    /** Flags that make a command use this store and a free Bolt port, in embedded mode whatever the environment says. */
    public static List<String> onStore(Path store) {
        return List.of("--data", store.toString(), "--bolt-port", String.valueOf(TestApp.freePort()), "--neo4j-uri=");
    }

    /**
     * Runs {@code Cli <args>} in this JVM with the commands' output and errors written to one buffer (no swap of
     * System.out: CoreNLP's logging swaps the System streams back whenever models load, on any thread).
     */
    public static Run inProcess(List<String> args) {
        StringWriter buf = new StringWriter();
        PrintWriter both = new PrintWriter(buf, true);
        int exit = Cli.run(args, both, both);
        both.flush();
        String text = buf.toString();
        System.out.print(text); // keep it in the test's output file
        return new Run(exit, text);
    }

    /** The JVM command for a child process: fast-starting flags (C1 only, serial GC: these JVMs live seconds) and the test class path. */
    public static List<String> java(String mainClass) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m",
                "-cp", System.getProperty("java.class.path"), mainClass));
    }

    /** Runs {@code App <args>} as a separate JVM with DIPLOGRAPH_DATA = store and a free Bolt port, embedded mode. */
    public static Run childProcess(List<String> args, Path store) throws Exception {
        List<String> cmd = java("org.diplograph.Cli");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DIPLOGRAPH_DATA", store.toString());
        pb.environment().put("DIPLOGRAPH_BOLT_PORT", String.valueOf(TestApp.freePort()));
        pb.environment().remove("NEO4J_URI");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("command did not finish: " + args + "\n" + out);
        }
        return new Run(p.exitValue(), out);
    }
}
