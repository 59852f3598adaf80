package org.diplograph.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Every setting of Diplograph, read once at start from environment variables and matching {@code --flags}
 * (a flag wins over the variable; picocli reads the flags, see {@link ConfigOptions}). {@link #load} validates all
 * values and reports every bad one at once.
 *
 * @param host              HTTP bind address
 * @param port              HTTP port (0 = any free port, for tests)
 * @param dataDir           embedded store folder
 * @param boltPort          embedded Bolt port
 * @param seedsDir          folder imported on first start
 * @param neo4jUri          external database URI, or null for embedded mode
 * @param neo4jUser         external database user
 * @param neo4jPassword     external database password
 * @param neo4jDatabase     database name (null = the server's default)
 * @param queryTimeout      timeout of every query transaction
 * @param maxNodes          cap on nodes in a graph answer
 * @param maxExpand         cap on new neighbours per expanded node
 * @param maxConsoleRows    cap on console rows
 * @param maxUploadBytes    largest accepted article or request body
 * @param importSeeds       whether to import the seeds on first start
 * @param rateLimit         console and import requests a minute per client address
 * @param token             when set, console and import need {@code Authorization: Bearer <token>}
 * @param dbConnectTimeout  time to open a connection to Neo4j
 * @param dbRetry           how long the driver retries a transaction that failed on an unreachable or busy Neo4j
 * @param preloadModels     whether the linguistic models load at start (else at the first article extracted)
 */
public record Config(String host, int port, Path dataDir, int boltPort, Path seedsDir,
                     URI neo4jUri, String neo4jUser, String neo4jPassword, String neo4jDatabase,
                     Duration queryTimeout, int maxNodes, int maxExpand, int maxConsoleRows, long maxUploadBytes,
                     boolean importSeeds, int rateLimit, String token, Duration dbConnectTimeout, Duration dbRetry,
                     boolean preloadModels) {

    /** One setting: its environment variable, its default and what it means (the README table is built from this). */
    public record Setting(String env, String flag, String defaultValue, String description) {}

    public static final List<Setting> SETTINGS = List.of(
            new Setting("DIPLOGRAPH_HOST", "--host", "localhost", "HTTP bind address"),
            new Setting("DIPLOGRAPH_PORT", "--port", "8080", "HTTP port (1-65535; 0 picks a free port)"),
            new Setting("DIPLOGRAPH_DATA", "--data", "./data", "embedded Neo4j store folder"),
            new Setting("DIPLOGRAPH_BOLT_PORT", "--bolt-port", "7687", "embedded Neo4j Bolt port (bound to localhost)"),
            new Setting("DIPLOGRAPH_SEEDS", "--seeds", "./seeds", "folder imported on first start (when the graph is empty)"),
            new Setting("DIPLOGRAPH_IMPORT_SEEDS", "--import-seeds", "true", "import the seeds on first start (true/false)"),
            new Setting("NEO4J_URI", "--neo4j-uri", "", "external Neo4j (bolt://, neo4j://, neo4j+s://, bolt+s://); unset = embedded"),
            new Setting("NEO4J_USER", "--neo4j-user", "neo4j", "external Neo4j user"),
            new Setting("NEO4J_PASSWORD", "--neo4j-password", "", "external Neo4j password"),
            new Setting("NEO4J_DATABASE", "--neo4j-database", "", "database name (empty = the server's default)"),
            new Setting("DIPLOGRAPH_QUERY_TIMEOUT", "--query-timeout", "10s", "timeout of every query (e.g. 500ms, 10s, 1m)"),
            new Setting("DIPLOGRAPH_DB_CONNECT_TIMEOUT", "--db-connect-timeout", "2s", "time to open a connection to Neo4j"),
            new Setting("DIPLOGRAPH_DB_RETRY", "--db-retry", "500ms",
                    "how long a transaction that failed on an unreachable or busy Neo4j is retried (503 after it)"),
            new Setting("DIPLOGRAPH_MAX_NODES", "--max-nodes", "300", "cap on nodes in one graph answer"),
            new Setting("DIPLOGRAPH_MAX_EXPAND", "--max-expand", "100", "cap on new neighbours per expanded node"),
            new Setting("DIPLOGRAPH_MAX_CONSOLE_ROWS", "--max-console-rows", "1000", "cap on rows of a console answer"),
            new Setting("DIPLOGRAPH_MAX_UPLOAD", "--max-upload", "2MB", "largest article or request body (e.g. 500KB, 2MB)"),
            new Setting("DIPLOGRAPH_RATE_LIMIT", "--rate-limit", "120", "console and import requests a minute per client address (429 past it)"),
            new Setting("DIPLOGRAPH_PRELOAD_MODELS", "--preload-models", "true",
                    "load the linguistic models at start (false: at the first article import; a read-only server saves about 1 GB of heap)"),
            new Setting("DIPLOGRAPH_TOKEN", "--token", "", "when set, console and import require 'Authorization: Bearer <token>'"));

    /** Thrown for a bad setting; the message names every bad value and is meant for the user. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }

    /** Reads the settings from environment variables alone. */
    public static Config load(Map<String, String> env) {
        return load(env, Map.of());
    }

    /**
     * Reads the settings from environment variables and the values given on the command line, keyed by their
     * environment variable (a given value wins, even an empty one: {@code --neo4j-uri=} means embedded). The command line
     * itself is parsed by picocli ({@link ConfigOptions}).
     */
    public static Config load(Map<String, String> env, Map<String, String> given) {
        Map<String, String> values = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (Setting s : SETTINGS) {
            String v = env.get(s.env());
            if (v != null && !v.isBlank()) values.put(s.env(), v.trim());
            if (given.containsKey(s.env())) values.put(s.env(), given.get(s.env()).trim());
        }
        Reader r = new Reader(values, errors);
        String host = r.get("DIPLOGRAPH_HOST", v -> v);
        Integer port = r.get("DIPLOGRAPH_PORT", v -> port(v, true));
        Path data = r.get("DIPLOGRAPH_DATA", Path::of);
        Integer bolt = r.get("DIPLOGRAPH_BOLT_PORT", v -> port(v, false));
        Path seeds = r.get("DIPLOGRAPH_SEEDS", Path::of);
        Boolean importSeeds = r.get("DIPLOGRAPH_IMPORT_SEEDS", Config::bool);
        Boolean preloadModels = r.get("DIPLOGRAPH_PRELOAD_MODELS", Config::bool);
        URI uri = r.get("NEO4J_URI", Config::neo4jUri);
        String user = r.get("NEO4J_USER", v -> v);
        String password = r.get("NEO4J_PASSWORD", v -> v);
        String database = r.get("NEO4J_DATABASE", v -> v.isBlank() ? null : v);
        Duration timeout = r.get("DIPLOGRAPH_QUERY_TIMEOUT", Config::duration);
        Duration connectTimeout = r.get("DIPLOGRAPH_DB_CONNECT_TIMEOUT", Config::duration);
        Duration retry = r.get("DIPLOGRAPH_DB_RETRY", Config::duration);
        Integer maxNodes = r.get("DIPLOGRAPH_MAX_NODES", v -> positive(v, 100_000));
        Integer maxExpand = r.get("DIPLOGRAPH_MAX_EXPAND", v -> positive(v, 10_000));
        Integer maxRows = r.get("DIPLOGRAPH_MAX_CONSOLE_ROWS", v -> positive(v, 1_000_000));
        Long maxUpload = r.get("DIPLOGRAPH_MAX_UPLOAD", Config::bytes);
        Integer rateLimit = r.get("DIPLOGRAPH_RATE_LIMIT", v -> positive(v, 1_000_000));
        String token = r.get("DIPLOGRAPH_TOKEN", v -> {
            if (!v.isEmpty() && v.length() < 16) throw new IllegalArgumentException("a token needs at least 16 characters");
            return v.isEmpty() ? null : v;
        });
        if (!errors.isEmpty()) {
            throw new ConfigException("Invalid configuration:\n  - " + String.join("\n  - ", errors));
        }
        return new Config(host, port, data, bolt, seeds, uri, user, password, database, timeout, maxNodes, maxExpand,
                maxRows, maxUpload, importSeeds, rateLimit, token, connectTimeout, retry, preloadModels);
    }

    /** Embedded mode when no external URI is set. */
    public boolean embedded() {
        return neo4jUri == null;
    }

    /** A copy with another HTTP port, data folder and Bolt port (used by tests). */
    public Config withPorts(int httpPort, int boltPort) {
        return new Config(host, httpPort, dataDir, boltPort, seedsDir, neo4jUri, neo4jUser, neo4jPassword,
                neo4jDatabase, queryTimeout, maxNodes, maxExpand, maxConsoleRows, maxUploadBytes, importSeeds, rateLimit, token,
                dbConnectTimeout, dbRetry, preloadModels);
    }

    /** The settings as a name → value map with the password hidden, for the start-up log. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", embedded() ? "embedded" : "external");
        m.put("http", host + ":" + port);
        if (embedded()) {
            m.put("store", dataDir.toAbsolutePath().normalize());
            m.put("bolt", "bolt://localhost:" + boltPort);
        } else {
            m.put("uri", neo4jUri);
            m.put("database", neo4jDatabase == null ? "(default)" : neo4jDatabase);
        }
        return m;
    }

    private record Reader(Map<String, String> values, List<String> errors) {
        <T> T get(String env, Function<String, T> parse) {
            Setting s = SETTINGS.stream().filter(x -> x.env().equals(env)).findFirst().orElseThrow();
            String raw = values.getOrDefault(env, s.defaultValue());
            try {
                return parse.apply(raw);
            } catch (IllegalArgumentException e) {
                errors.add(env + " (" + s.flag() + ") = '" + raw + "': " + e.getMessage());
                return null;
            }
        }
    }

    static int port(String v, boolean allowZero) {
        int p;
        try {
            p = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number");
        }
        if (p == 0 && !allowZero) throw new IllegalArgumentException("port 0 is not allowed; choose a port from 1 to 65535");
        if (p < 0 || p > 65535) throw new IllegalArgumentException("a port is between 1 and 65535");
        return p;
    }

    static int positive(String v, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
        if (n < 1 || n > max) throw new IllegalArgumentException("must be between 1 and " + max);
        return n;
    }

    static boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    static URI neo4jUri(String v) {
        if (v.isBlank()) return null;
        URI uri;
        try {
            uri = URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!List.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc").contains(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("expected bolt://host:port, neo4j://host:port or neo4j+s://host");
        }
        return uri;
    }

    static Duration duration(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (s.endsWith("ms")) d = Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            else if (s.endsWith("s")) d = Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
            else if (s.endsWith("m")) d = Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
            else d = Duration.ofSeconds(Long.parseLong(s));
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("must be between 1ms and 1h");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a duration such as 500ms, 10s or 1m");
        }
    }

    static long bytes(String v) {
        String s = v.trim().toUpperCase(Locale.ROOT);
        long mult = 1;
        if (s.endsWith("KB")) { mult = 1024; s = s.substring(0, s.length() - 2); }
        else if (s.endsWith("MB")) { mult = 1024 * 1024; s = s.substring(0, s.length() - 2); }
        else if (s.endsWith("B")) { s = s.substring(0, s.length() - 1); }
        try {
            long n = Long.parseLong(s.trim()) * mult;
            if (n < 1 || n > 512L * 1024 * 1024) throw new IllegalArgumentException("must be between 1B and 512MB");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a size such as 500KB or 2MB");
        }
    }
}
