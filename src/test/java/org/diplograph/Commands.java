package org.diplograph;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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
     * Runs {@code Cli <args>} in this JVM. What this thread prints to System.out and System.err meanwhile is captured
     * (other threads, e.g. tests running beside it, print as usual).
     */
    public static synchronized Run inProcess(List<String> args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Thread me = Thread.currentThread();
        int exit;
        System.setOut(routed(me, capture, out));
        System.setErr(routed(me, capture, err));
        try {
            exit = Cli.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        System.out.print(text); // keep it in the test's output file
        return new Run(exit, text);
    }

    private static PrintStream routed(Thread owner, PrintStream mine, PrintStream others) {
        return new PrintStream(new OutputStream() {
            private PrintStream target() {
                return Thread.currentThread() == owner ? mine : others;
            }

            @Override
            public void write(int b) {
                target().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                target().write(b, off, len);
            }

            @Override
            public void flush() {
                target().flush();
            }
        }, true, StandardCharsets.UTF_8);
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
