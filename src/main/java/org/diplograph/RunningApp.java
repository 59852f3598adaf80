package org.diplograph;

import org.diplograph.common.Json;
import org.diplograph.db.EmbeddedNeo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the command line finds an app serving an embedded store: while it serves, the app keeps
 * {@code <store>/diplograph-serving.json} ({@code pid}, {@code boltPort}, {@code httpPort}) and removes it when it stops.
 * {@code import} on that store (by {@code --data}, {@code DIPLOGRAPH_DATA} or the default) then goes through the app's
 * Bolt port, whatever Bolt port it was started with. A file left by a killed app is ignored (its process is gone or
 * its port is closed).
 */
final class RunningApp {
    static final String FILE = "diplograph-serving.json";

    /** What a serving app says about itself. */
    record Info(long pid, int boltPort, int httpPort) {}

    private RunningApp() {}

    /** Writes the file into the store (best effort: without it the CLI falls back to the configured Bolt port). */
    static void write(Path store, Info info) {
        try {
            Files.writeString(store.resolve(FILE), Json.mapper().writeValueAsString(info));
        } catch (IOException e) {
            // the CLI then finds the app only on the Bolt port it is told
        }
    }

    /** Removes the file, if this process wrote it. */
    static void remove(Path store) {
        find(store).filter(i -> i.pid() == ProcessHandle.current().pid()).ifPresent(i -> {
            try {
                Files.deleteIfExists(store.resolve(FILE));
            } catch (IOException e) {
                // a stale file is ignored by find()
            }
        });
    }

    /** The app serving this store, if one is (its process alive and its Bolt port taken). */
    static Optional<Info> find(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Info info = Json.mapper().readValue(Files.readString(file), Info.class);
            boolean alive = ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && !EmbeddedNeo4j.portFree(info.boltPort()) ? Optional.of(info) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
