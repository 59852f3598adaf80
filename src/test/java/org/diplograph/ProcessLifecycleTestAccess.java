package org.diplograph;

import java.nio.file.Path;

/** Lets tests in other packages use {@link ProcessLifecycleTest}'s process helpers. */
public final class ProcessLifecycleTestAccess {
    private ProcessLifecycleTestAccess() {}

    public static boolean recoveryRequired(Path store) throws Exception {
        return ProcessLifecycleTest.recoveryRequired(store);
    }

    /** Starts {@code App serve} as its own JVM on the store; returns {process, httpPort, boltPort} once ready. */
    public static Object[] startApp(Path store, Path log, boolean seeds) throws Exception {
        return startApp(store, log, seeds, java.util.Map.of());
    }

    /** As {@link #startApp(Path, Path, boolean)}, with extra environment settings for the app. */
    public static Object[] startApp(Path store, Path log, boolean seeds, java.util.Map<String, String> env) throws Exception {
        ProcessLifecycleTest.Running r = ProcessLifecycleTest.startApp(store, log, seeds, env);
        return new Object[]{r.process(), r.httpPort(), r.boltPort()};
    }
}
