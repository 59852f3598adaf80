package org.diplograph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.javalin.apibuilder.ApiBuilder.get;

/**
 * {@code GET /api/cypher/examples}: the console's example queries, read once from the class path folder
 * {@code cypher/examples/*.cypher} (a file or the jar). Each answer item is {@code {name, title, query}}; the title is
 * the file's first {@code //} comment line, or its name.
 */
public final class ExamplesRoutes implements ApiRoutes {
    private final List<Map<String, String>> examples;

    public ExamplesRoutes() {
        this.examples = load("cypher/examples");
    }

    @Override
    public void addRoutes() {
        get("cypher/examples", ctx -> ctx.json(Map.of("examples", examples)));
    }

    static List<Map<String, String>> load(String folder) {
        URL url = ExamplesRoutes.class.getClassLoader().getResource(folder);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(folder));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the example queries in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, String>> read(Path dir) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".cypher")).sorted().toList()) {
                String text;
                try (InputStream in = Files.newInputStream(p)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String name = p.getFileName().toString().replaceFirst("\\.cypher$", "");
                String title = text.lines().filter(l -> l.startsWith("//")).findFirst()
                        .map(l -> l.substring(2).strip()).orElse(name);
                Map<String, String> ex = new LinkedHashMap<>();
                ex.put("name", name);
                ex.put("title", title);
                ex.put("query", text);
                out.add(ex);
            }
        }
        return out;
    }
}
