package org.diplograph.load.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.diplograph.common.Messages;
import org.diplograph.common.Sha256;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declarative mapping from CSV files to the graph model (see the README, "Structured import").
 * Parsed from YAML or JSON by {@link #parse} (the tree is read by {@link MappingParser}); every problem is collected and reported at once with its place in the spec.
 */
public final class MappingSpec {
    public static final int DEFAULT_BATCH = 10_000;
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "date");
    /** Id prefixes of the model: a code table may send a code to a node of another label by its prefix. */
    static final Map<String, String> PREFIX_LABELS = Map.of("state", "State", "org", "Organization", "person", "Person",
            "agreement", "Agreement", "corridor", "Corridor", "place", "Place", "event", "Event");
    /** Properties the loader writes itself. */
    static final Set<String> RESERVED = Set.of("id", "name", "aliases", "aliasKeys", "evidence", "key", "date", "dateFrom",
            "dateTo", "validFrom", "validTo", "parties");

    public final String dataset;
    public final String title;
    public final String source;
    public final String license;
    public final int batchSize;
    public final Map<String, CodeTable> codes;
    public final List<FileSpec> files;
    /** The spec text's hash (part of the facts version of every row). */
    public final String hash;

    MappingSpec(String dataset, String title, String source, String license, int batchSize,
                        Map<String, CodeTable> codes, List<FileSpec> files, String hash) {
        this.dataset = dataset;
        this.title = title;
        this.source = source;
        this.license = license;
        this.batchSize = batchSize;
        this.codes = codes;
        this.files = files;
        this.hash = hash;
    }

    // ---------------------------------------------------------------- model

    /** One way to get a value from a row: columns or templates (first non-empty wins), a constant, and modifiers. */
    public static final class Value {
        final String path;
        final List<String> parts;
        final String constant;
        final String codes;
        final String split;
        final String type;
        final String format;
        final String defaultValue;
        final boolean lower;

        Value(String path, List<String> parts, String constant, String codes, String split, String type, String format,
              String defaultValue, boolean lower) {
            this.path = path;
            this.parts = parts;
            this.constant = constant;
            this.codes = codes;
            this.split = split;
            this.type = type;
            this.format = format;
            this.defaultValue = defaultValue;
            this.lower = lower;
        }

        /** Column references (plain or {@code join.Column}) this value reads. */
        Set<String> columns() {
            Set<String> out = new LinkedHashSet<>();
            for (String p : parts) {
                if (p.contains("{")) {
                    Matcher m = PLACEHOLDER.matcher(p);
                    while (m.find()) out.add(m.group(1).strip());
                } else {
                    out.add(p);
                }
            }
            return out;
        }

        boolean isDate() {
            return "date".equals(type);
        }
    }

    /** {@code from}/{@code to} of a validity interval: stored as {@code validFrom}/{@code validTo} (Neo4j dates). */
    public record Interval(Value from, Value to) {}

    /** Codes to ids: {@code map} entries, then the gazetteer, then {@code pattern}; otherwise fail, skip or keep. */
    public record CodeTable(String name, String prefix, Pattern pattern, Map<String, Target> map, String gazetteer,
                            String otherwise) {}

    /** Where a code goes: an id (null = the fact is skipped), optionally a label and a display name. */
    public record Target(String id, String label, String name) {}

    public record Join(String file, String column, String to, boolean required) {}

    public record NodeSpec(String path, String label, Value id, Value name, Value aliases, Map<String, Value> properties,
                           Value date, Interval interval) {}

    public record RelSpec(String path, String type, Value from, Value to, Value key, Map<String, Value> properties,
                          Value date, Interval interval) {}

    public record FileSpec(String name, String match, char delimiter, Join join, List<NodeSpec> nodes,
                           List<RelSpec> relationships, String quote, Value skipIf, Unpivot unpivot, Spells spells) {
        /** Whether a file name matches this part's {@code match} glob. */
        public boolean matches(String fileName) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + match);
            return m.matches(Path.of(fileName));
        }

        /** Every value of this file part, for column checks. */
        List<Value> values() {
            List<Value> out = new ArrayList<>();
            for (NodeSpec n : nodes) {
                add(out, n.id(), n.name(), n.aliases(), n.date());
                out.addAll(n.properties().values());
                if (n.interval() != null) add(out, n.interval().from(), n.interval().to());
            }
            for (RelSpec r : relationships) {
                add(out, r.from(), r.to(), r.key(), r.date());
                out.addAll(r.properties().values());
                if (r.interval() != null) add(out, r.interval().from(), r.interval().to());
            }
            if (skipIf != null) out.add(skipIf);
            return out;
        }

        private static void add(List<Value> out, Value... vs) {
            for (Value v : vs) if (v != null) out.add(v);
        }
    }

    // ---------------------------------------------------------------- parsing

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a YAML or JSON spec; throws {@link MappingException} listing every problem. */
    public static MappingSpec parse(String text) {
        if (text == null || text.isBlank()) throw new MappingException(true, List.of("the mapping is empty"));
        JsonNode root;
        try {
            String t = text.stripLeading();
            root = (t.startsWith("{") ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            var loc = e.getLocation();
            throw new MappingException(true, List.of((loc == null ? "" : "line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr() + ": ") + Messages.firstLine(msg)));
        }
        if (root == null || !root.isObject()) {
            throw new MappingException(true, List.of("the mapping must be a YAML or JSON object (dataset:, files:, ...)"));
        }
        MappingParser p = new MappingParser();
        MappingSpec spec = p.spec(root, Sha256.of(text));
        if (!p.problems.isEmpty()) throw new MappingException(false, p.problems);
        return spec;
    }

    /**
     * Checks every column a file part reads against the header of its file (with the columns its unpivot and spells
     * make) and of the files it joins.
     */
    public void checkColumns(FileSpec f, List<String> header, Map<String, List<String>> joinedHeaders) {
        List<String> problems = new ArrayList<>();
        if (f.spells() != null) {
            for (String col : f.spells().columns()) {
                if (!header.contains(col) && (f.join() == null || !col.startsWith(f.join().file() + "."))) {
                    problems.add(f.spells().path() + ": unknown column '" + col + "' (the file's columns: " + String.join(", ", header) + ")");
                }
            }
            for (String col : List.of(f.spells().from(), f.spells().to())) {
                if (header.contains(col)) problems.add(f.spells().path() + ": the new column '" + col + "' is already a column of the file (choose another name)");
            }
            List<String> withSpells = new ArrayList<>(header);
            withSpells.add(f.spells().from());
            withSpells.add(f.spells().to());
            header = withSpells;
        }
        for (Value v : f.values()) {
            for (String col : v.columns()) {
                if (header.contains(col)) continue;
                int dot = col.indexOf('.');
                if (dot > 0 && f.join() != null && col.substring(0, dot).equals(f.join().file())) {
                    List<String> jh = joinedHeaders.get(f.join().file());
                    if (jh != null && jh.contains(col.substring(dot + 1))) continue;
                    problems.add(v.path + ": unknown column '" + col.substring(dot + 1) + "' in the joined file '"
                            + f.join().file() + "' (its columns: " + String.join(", ", jh == null ? List.of() : jh) + ")");
                    continue;
                }
                problems.add(v.path + ": unknown column '" + col + "' (the file's columns: " + String.join(", ", header) + ")");
            }
        }
        if (f.join() != null && !header.contains(f.join().column())) {
            problems.add("files[" + f.name() + "].join.column: unknown column '" + f.join().column() + "' (the file's columns: "
                    + String.join(", ", header) + ")");
        }
        if (!problems.isEmpty()) throw new MappingException(false, problems);
    }

    public FileSpec file(String name) {
        for (FileSpec f : files) if (f.name().equals(name)) return f;
        return null;
    }
}
