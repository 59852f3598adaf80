package org.diplograph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code backup <dir>} and {@code restore <dir>}: a cold copy of the embedded store folder. Both refuse while any
 * process (this app, the import command) has the store open, so a copy is always of a cleanly stopped store.
 */
final class Backup {
    private Backup() {}

    /** {@code backup <dir> [--data store]}: copies the store folder into {@code dir} (which must not exist or be empty). */
    @Command(name = "backup", sortOptions = false, usageHelpAutoWidth = true,
            description = {"Copy the embedded store folder into a new folder. Stop Diplograph first: the backup refuses "
                    + "while Diplograph or an import has the store open."})
    static final class BackupCommand implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--data", paramLabel = "<store>", defaultValue = "${env:DIPLOGRAPH_DATA:-./data}",
                description = "The store folder [DIPLOGRAPH_DATA, default ./data].")
        Path data;

        @Parameters(index = "0", paramLabel = "<dir>", description = "An absent or empty folder to copy the store into.")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return backup(data, dir, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** {@code restore <dir> [--data store]}: copies a backup into the (empty or absent) store folder. */
    @Command(name = "restore", sortOptions = false, usageHelpAutoWidth = true,
            description = {"Copy a backup into the store folder, which must be empty or absent (move the current one "
                    + "away first). Stop Diplograph first."})
    static final class RestoreCommand implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--data", paramLabel = "<store>", defaultValue = "${env:DIPLOGRAPH_DATA:-./data}",
                description = "The store folder to restore into [DIPLOGRAPH_DATA, default ./data].")
        Path data;

        @Parameters(index = "0", paramLabel = "<backup-dir>", description = "A folder written by 'backup'.")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return restore(data, dir, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    static int backup(Path data, Path dir, PrintWriter out, PrintWriter err) {
        Path store = data.toAbsolutePath().normalize(), target = dir.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(store.resolve("data"))) {
                err.println("diplograph: no store in " + store + " (set DIPLOGRAPH_DATA / --data)");
                return 1;
            }
            if (!emptyOrAbsent(target)) {
                err.println("diplograph: " + target + " is not empty: back up into a new folder");
                return 1;
            }
            try (var lock = StoreLock.tryLock(store)) {
                if (lock == null) return running(store, err);
                long bytes = copy(store, target);
                out.printf("Backed up %s to %s (%d files, %d bytes)%n", store, target, countFiles(target), bytes);
                return 0;
            }
        } catch (IOException e) {
            err.println("diplograph: backup failed: " + e.getMessage());
            return 1;
        }
    }

    static int restore(Path data, Path dir, PrintWriter out, PrintWriter err) {
        Path store = data.toAbsolutePath().normalize(), source = dir.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(source.resolve("data"))) {
                err.println("diplograph: " + source + " is not a Diplograph backup (no data/ folder in it)");
                return 1;
            }
            if (!emptyOrAbsent(store)) {
                try (var lock = StoreLock.tryLock(store)) {
                    if (lock == null) return running(store, err);
                }
                err.println("diplograph: the store folder " + store + " is not empty: move it away first (it is your "
                        + "current data), then restore");
                return 1;
            }
            long bytes = copy(source, store);
            out.printf("Restored %s into %s (%d bytes); start Diplograph with DIPLOGRAPH_DATA=%s%n", source, store, bytes, store);
            return 0;
        } catch (IOException e) {
            err.println("diplograph: restore failed: " + e.getMessage());
            return 1;
        }
    }

    private static int running(Path store, PrintWriter err) {
        err.println("diplograph: the store " + store + " is in use (Diplograph or an import is running): stop it "
                + "first; a backup is a copy of a stopped store");
        return 1;
    }

    /** The Neo4j store lock, held for the copy so that no app can start on the store meanwhile; null when held elsewhere. */
    static final class StoreLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private StoreLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static StoreLock tryLock(Path store) throws IOException {
            Path file = store.resolve("data").resolve("databases").resolve("store_lock");
            if (!Files.exists(file)) return new StoreLock(null, null);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock l = ch.tryLock();
                if (l == null) {
                    ch.close();
                    return null;
                }
                return new StoreLock(ch, l);
            } catch (OverlappingFileLockException e) {
                ch.close();
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            if (lock != null) lock.release();
            if (channel != null) channel.close();
        }
    }

    private static boolean emptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static long copy(Path from, Path to) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(to)) return FileVisitResult.SKIP_SUBTREE; // a target inside the source
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                bytes[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return bytes[0];
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
