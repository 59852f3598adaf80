package org.diplograph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.common.Json;
import org.diplograph.db.DatabaseUnavailableException;
import org.diplograph.common.Messages;
import org.diplograph.extract.read.ArticleException;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Facts;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The importer's front door: article files, folders, pasted text, uploads or a facts file in; a report out.
 * Each article is extracted, then loaded in its own transaction; a bad article fails alone and the rest import.
 */
public final class ImportService {
    /** File endings read as articles. */

    private final Loader loader;
    private final Extractor extractor;
    private final long maxBytes;
    private final ObjectMapper json = Json.mapper();

    public ImportService(Loader loader, Extractor extractor, long maxBytes) {
        this.loader = loader;
        this.extractor = extractor;
        this.maxBytes = maxBytes;
    }

    /** One uploaded or pasted article: a name (may be null) and its bytes. */
    public record Upload(String name, byte[] bytes) {}

    /** Imports files and folders (recursively, by name order); {@code .json} files are read as facts files. */
    public ImportReport importPaths(List<Path> paths, BiConsumer<Integer, Integer> progress) throws IOException {
        List<Path> files = expand(paths);
        long t0 = System.nanoTime();
        List<DocumentReport> reports = new ArrayList<>();
        int done = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                byte[] bytes = Files.readAllBytes(f);
                if (name.toLowerCase(Locale.ROOT).endsWith(".json")) reports.addAll(importFacts(name, bytes));
                else reports.add(importArticle(name, bytes));
            } catch (IOException e) {
                reports.add(DocumentReport.failed(null, name, "cannot read the file: " + e.getMessage(), 0));
            }
            if (progress != null) progress.accept(++done, files.size());
        }
        return ImportReport.of(reports, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Imports uploaded or pasted articles. */
    public ImportReport importUploads(List<Upload> uploads) {
        long t0 = System.nanoTime();
        List<DocumentReport> reports = new ArrayList<>();
        for (Upload u : uploads) {
            String name = u.name();
            if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".json")) reports.addAll(importFacts(name, u.bytes()));
            else reports.add(importArticle(name, u.bytes()));
        }
        return ImportReport.of(reports, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Extracts facts from files without touching the database. */
    public Facts extract(List<Path> paths) throws IOException {
        return extractor.extractAll(paths);
    }

    private DocumentReport importArticle(String name, byte[] bytes) {
        long t0 = System.nanoTime();
        DocumentFacts facts;
        try {
            String text = Extractor.checkContent(name, bytes, maxBytes);
            facts = extractor.extract(name, text);
            if (name == null) facts = withTitle(facts);   // pasted: no file name to show either
        } catch (ArticleException e) {
            return DocumentReport.failed(null, name, e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
        }
        return loadSafely(facts, Extractor.VERSION, name);
    }

    /**
     * A pasted article without a title of its own (no header line, no headline) is named after its first line, cut at a
     * word near 80 characters, rather than after its hash ({@code doc:892d6d1e11e4627b}).
     */
    static DocumentFacts withTitle(DocumentFacts f) {
        if (f.title() != null && !f.title().isBlank()) return f;
        String title = firstLineTitle(f.text());
        if (title == null) return f;
        return new DocumentFacts(f.id(), f.file(), title, f.source(), f.url(), f.published(), f.sha256(), f.text(),
                f.dropped(), f.entities(), f.relations());
    }

    /** The first line that holds a letter, without header keys, markup-free text assumed; null when there is none. */
    static String firstLineTitle(String text) {
        if (text == null) return null;
        for (String line : text.split("\\R")) {
            String s = line.strip().replaceAll("\\s+", " ");
            if (s.isEmpty() || s.startsWith("<") || !s.codePoints().anyMatch(Character::isLetter)) continue;
            if (s.matches("(?i)^(title|source|url|published|date|author)\\s*:.*")) continue;
            if (s.length() <= 80) return s;
            int cut = s.lastIndexOf(' ', 80);
            return s.substring(0, cut > 40 ? cut : 80).strip() + "…";
        }
        return null;
    }

    private List<DocumentReport> importFacts(String name, byte[] bytes) {
        Facts facts;
        try {
            facts = json.readValue(bytes, Facts.class);
        } catch (IOException e) {
            return List.of(DocumentReport.failed(null, name, "not a valid facts file: " + Messages.firstLine(e.getMessage()), 0));
        }
        List<DocumentReport> out = new ArrayList<>();
        String version = facts.extractorVersion() == null ? "facts-file" : facts.extractorVersion();
        for (DocumentFacts doc : facts.documents()) out.add(loadSafely(doc, version, name));
        if (out.isEmpty()) out.add(DocumentReport.failed(null, name, "the facts file holds no documents", 0));
        return out;
    }

    private DocumentReport loadSafely(DocumentFacts facts, String version, String name) {
        long t0 = System.nanoTime();
        try {
            return loader.load(facts, version);
        } catch (ServiceUnavailableException | DatabaseUnavailableException e) {
            throw e; // the database is gone: stop the whole run
        } catch (RuntimeException e) {
            return DocumentReport.failed(facts.id(), name, "not loaded (nothing of it was written): " + reason(e),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Files below the given paths, in path order (see {@link org.diplograph.extract.Extractor#articleFiles}). */
    public static List<Path> expand(List<Path> paths) throws IOException {
        return Extractor.articleFiles(paths);
    }

    /**
     * Why a load failed, in words that do not advise a retry that cannot succeed (Neo4j's timeout text says "retry
     * your operation": the same article would time out again).
     */
    static String reason(RuntimeException e) {
        String m = Messages.firstLine(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("timeout") || lower.contains("timed out") || lower.contains("terminated")) {
            return "writing it took longer than the transaction timeout (DIPLOGRAPH_QUERY_TIMEOUT); the article is "
                    + "too large to load in one transaction: split it";
        }
        return Messages.withoutRetryAdvice(m);
    }
}
