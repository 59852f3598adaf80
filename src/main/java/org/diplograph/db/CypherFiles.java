package org.diplograph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher kept in {@code cypher/} (packaged on the class path): {@code cypher/queries/<name>.cypher} holds one query,
 * {@code cypher/schema.cypher} several statements split on {@code ;} at the end of a line.
 */
public final class CypherFiles {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {}

    /** The query in {@code cypher/queries/<name>.cypher}. */
    public static String query(String name) {
        return CACHE.computeIfAbsent(name, n -> stripComments(read("cypher/queries/" + n + ".cypher")).strip());
    }

    /** Reads a class-path resource as UTF-8. */
    public static String read(String resource) {
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements on {@code ;} followed by a line end; {@code //} comment lines are dropped. */
    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : stripComments(script).split(";\\s*(\\r?\\n|$)")) {
            if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }

    private static String stripComments(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\\r?\\n", -1)) {
            if (!line.strip().startsWith("//")) b.append(line).append('\n');
        }
        return b.toString();
    }
}
