package org.diplograph.load.csv;

import com.fasterxml.jackson.databind.JsonNode;
import org.diplograph.common.Messages;
import org.diplograph.facts.Labels;
import org.diplograph.load.csv.MappingSpec.CodeTable;
import org.diplograph.load.csv.MappingSpec.FileSpec;
import org.diplograph.load.csv.MappingSpec.Interval;
import org.diplograph.load.csv.MappingSpec.Join;
import org.diplograph.load.csv.MappingSpec.NodeSpec;
import org.diplograph.load.csv.MappingSpec.RelSpec;
import org.diplograph.load.csv.MappingSpec.Target;
import org.diplograph.load.csv.MappingSpec.Value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static org.diplograph.load.csv.MappingSpec.DEFAULT_BATCH;
import static org.diplograph.load.csv.MappingSpec.PREFIX_LABELS;
import static org.diplograph.load.csv.MappingSpec.RESERVED;
import static org.diplograph.load.csv.MappingSpec.TYPES;

/**
 * Reads a mapping's YAML/JSON tree into a {@link MappingSpec}, collecting every problem with its place in the mapping
 * ({@code files[parties].relationships[0].from: ...}) instead of stopping at the first.
 */
final class MappingParser {
    final List<String> problems = new ArrayList<>();
    final Set<String> codeNames = new LinkedHashSet<>();

    MappingSpec spec(JsonNode root, String hash) {
        known(root, "", "dataset", "title", "source", "license", "batchSize", "codes", "files", "description", "version",
                "$schema"); // $schema: for editors (docs/mapping.schema.json)
        String dataset = text(root, "dataset", "");
        if (dataset == null || dataset.isBlank()) {
            problems.add("dataset: required (a short name, cited by every evidence, e.g. manytreaties-ggo)");
            dataset = "dataset";
        } else if (!dataset.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            problems.add("dataset: '" + dataset + "' may hold letters, digits, '.', '_' and '-' only (at most 80)");
        }
        int batch = DEFAULT_BATCH;
        if (root.has("batchSize")) {
            JsonNode b = root.get("batchSize");
            if (!b.canConvertToInt() || b.asInt() < 1 || b.asInt() > 200_000) problems.add("batchSize: a whole number from 1 to 200000");
            else batch = b.asInt();
        }
        Map<String, CodeTable> codes = new LinkedHashMap<>();
        JsonNode c = root.get("codes");
        if (c != null && !c.isNull()) {
            if (!c.isObject()) problems.add("codes: a map of code table name -> table");
            else c.fields().forEachRemaining(e -> codeNames.add(e.getKey()));
            if (c.isObject()) c.fields().forEachRemaining(e -> codes.put(e.getKey(), codeTable("codes." + e.getKey(), e.getKey(), e.getValue())));
        }
        List<FileSpec> files = new ArrayList<>();
        JsonNode fs = root.get("files");
        if (fs == null || !fs.isArray() || fs.isEmpty()) {
            problems.add("files: required, a list of file parts (name, match, nodes, relationships)");
        } else {
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < fs.size(); i++) {
                FileSpec f = file(fs.get(i), i, names);
                if (f != null) {
                    if (!names.add(f.name())) problems.add("files[" + i + "].name: '" + f.name() + "' is used twice");
                    files.add(f);
                }
            }
            for (FileSpec f : files) {
                if (f.join() == null) continue;
                int self = files.indexOf(f), other = -1;
                for (int i = 0; i < files.size(); i++) if (files.get(i).name().equals(f.join().file())) other = i;
                if (other < 0) problems.add("files[" + f.name() + "].join.file: no file part named '" + f.join().file() + "'");
                else if (other >= self) problems.add("files[" + f.name() + "].join.file: '" + f.join().file()
                        + "' must come before '" + f.name() + "' in files (files load in order)");
            }
        }
        return new MappingSpec(dataset, text(root, "title", ""), text(root, "source", ""), text(root, "license", ""),
                batch, codes, files, hash);
    }

    CodeTable codeTable(String path, String name, JsonNode n) {
        if (!n.isObject()) {
            problems.add(path + ": a code table is a map (prefix, pattern, map, gazetteer, otherwise)");
            return new CodeTable(name, "", null, Map.of(), null, "fail");
        }
        known(n, path, "prefix", "pattern", "map", "gazetteer", "otherwise");
        String prefix = text(n, "prefix", path);
        Pattern pattern = null;
        String pat = text(n, "pattern", path);
        if (pat != null) {
            try {
                pattern = Pattern.compile(pat);
            } catch (PatternSyntaxException e) {
                problems.add(path + ".pattern: not a regular expression: " + Messages.firstLine(e.getMessage()));
            }
        }
        String gaz = text(n, "gazetteer", path);
        if (gaz != null && !gaz.equals("states") && !gaz.equals("cow")) {
            problems.add(path + ".gazetteer: 'states' (ISO3 codes) or 'cow' (Correlates of War numbers and abbreviations)");
        }
        String otherwise = text(n, "otherwise", path);
        if (otherwise == null) otherwise = "fail";
        if (!List.of("fail", "skip", "keep").contains(otherwise)) {
            problems.add(path + ".otherwise: one of fail (the row fails), skip (the fact is left out), keep (prefix + code)");
        }
        if (prefix == null && (pattern != null || "keep".equals(otherwise))) {
            problems.add(path + ".prefix: required with pattern or otherwise: keep (e.g. 'state:')");
        }
        Map<String, Target> map = new LinkedHashMap<>();
        JsonNode m = n.get("map");
        if (m != null && !m.isNull()) {
            if (!m.isObject()) problems.add(path + ".map: a map of code -> id (or null to skip, or {id, label, name})");
            else m.fields().forEachRemaining(e -> {
                String p = path + ".map." + e.getKey();
                JsonNode v = e.getValue();
                if (v.isNull()) map.put(e.getKey(), new Target(null, null, null));
                else if (v.isTextual()) map.put(e.getKey(), target(p, v.asText(), null, null));
                else if (v.isObject()) {
                    known(v, p, "id", "label", "name");
                    map.put(e.getKey(), target(p, text(v, "id", p), text(v, "label", p), text(v, "name", p)));
                } else problems.add(p + ": an id, null, or {id, label, name}");
            });
        }
        return new CodeTable(name, prefix == null ? "" : prefix, pattern, map, gaz, otherwise);
    }

    Target target(String path, String id, String label, String name) {
        if (id == null || id.isBlank()) {
            problems.add(path + ".id: required");
            return new Target(null, null, null);
        }
        if (label != null && !Labels.isEntityLabel(label)) problems.add(path + ".label: '" + label + "' is not a label of the model ("
                + String.join(", ", Labels.ENTITY_LABELS) + ")");
        return new Target(id, label, name);
    }

    FileSpec file(JsonNode n, int i, Set<String> names) {
        String path = "files[" + i + "]";
        if (!n.isObject()) {
            problems.add(path + ": a file part is a map (name, match, nodes, relationships, ...)");
            return null;
        }
        known(n, path, "name", "match", "delimiter", "join", "nodes", "relationships", "quote", "skipIf", "unpivot", "spells",
                "description");
        String name = text(n, "name", path);
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
            problems.add(path + ".name: required, a short word (letters, digits, _ or -), e.g. 'parties'");
            name = "file" + i;
        }
        path = "files[" + name + "]";
        String match = text(n, "match", path);
        if (match == null) match = "*";
        char delimiter = ',';
        String d = text(n, "delimiter", path);
        if (d != null) {
            if (d.equals("\\t") || d.equals("tab")) delimiter = '\t';
            else if (d.length() == 1 && d.charAt(0) != '"' && d.charAt(0) != '\n') delimiter = d.charAt(0);
            else problems.add(path + ".delimiter: one character, or 'tab'");
        }
        Join join = null;
        JsonNode j = n.get("join");
        if (j != null && !j.isNull()) {
            if (!j.isObject()) problems.add(path + ".join: {file, on} or {file, column, to}");
            else {
                known(j, path + ".join", "file", "on", "column", "to", "required");
                String file = text(j, "file", path + ".join");
                String on = text(j, "on", path + ".join");
                String col = text(j, "column", path + ".join");
                String to = text(j, "to", path + ".join");
                if (col == null) col = on;
                if (to == null) to = on;
                if (file == null || col == null || to == null) problems.add(path + ".join: needs file and on (or column and to)");
                boolean required = !j.has("required") || j.get("required").asBoolean(true);
                join = new Join(file, col, to, required);
            }
        }
        List<NodeSpec> nodes = new ArrayList<>();
        JsonNode ns = n.get("nodes");
        if (ns != null && !ns.isNull()) {
            if (!ns.isArray()) problems.add(path + ".nodes: a list");
            else for (int k = 0; k < ns.size(); k++) nodes.add(node(ns.get(k), path + ".nodes[" + k + "]"));
        }
        List<RelSpec> rels = new ArrayList<>();
        JsonNode rs = n.get("relationships");
        if (rs != null && !rs.isNull()) {
            if (!rs.isArray()) problems.add(path + ".relationships: a list");
            else for (int k = 0; k < rs.size(); k++) rels.add(rel(rs.get(k), path + ".relationships[" + k + "]"));
        }
        if (nodes.isEmpty() && rels.isEmpty()) problems.add(path + ": makes nothing (give nodes or relationships)");
        String quote = text(n, "quote", path);
        Value skipIf = n.has("skipIf") ? value(n.get("skipIf"), path + ".skipIf") : null;
        Unpivot unpivot = Unpivot.parse(n.get("unpivot"), path + ".unpivot", problems);
        Spells spells = Spells.parse(n.get("spells"), path + ".spells", problems);
        if (unpivot != null && spells != null && spells.year() != null
                && (spells.year().equals(unpivot.name()) || spells.year().equals(unpivot.value()))) {
            problems.add(path + ".spells.year: a column of the file, not one unpivot makes");
        }
        return new FileSpec(name, match, delimiter, join, nodes, rels, quote, skipIf, unpivot, spells);
    }

    NodeSpec node(JsonNode n, String path) {
        if (!n.isObject()) {
            problems.add(path + ": a node is a map (label, id, name, properties, ...)");
            return new NodeSpec(path, "State", null, null, null, Map.of(), null, null);
        }
        known(n, path, "label", "id", "name", "aliases", "properties", "date", "interval");
        String label = text(n, "label", path);
        if (label == null) problems.add(path + ".label: required (" + String.join(", ", Labels.ENTITY_LABELS) + ")");
        else if (!Labels.isEntityLabel(label)) problems.add(path + ".label: '" + label + "' is not a label of the model ("
                + String.join(", ", Labels.ENTITY_LABELS) + ")");
        Value id = required(n, "id", path);
        return new NodeSpec(path, label, id, optional(n, "name", path), optional(n, "aliases", path),
                props(n.get("properties"), path + ".properties"), dateValue(n, path), interval(n, path));
    }

    RelSpec rel(JsonNode n, String path) {
        if (!n.isObject()) {
            problems.add(path + ": a relationship is a map (type, from, to, properties, ...)");
            return new RelSpec(path, "PARTY_TO", null, null, null, Map.of(), null, null);
        }
        known(n, path, "type", "from", "to", "key", "properties", "date", "interval");
        String type = text(n, "type", path);
        List<String> allowed = Labels.RELATIONSHIP_TYPES.stream().filter(t -> !t.equals("MENTIONS")).toList();
        if (type == null) problems.add(path + ".type: required (" + String.join(", ", allowed) + ")");
        else if (!allowed.contains(type)) problems.add(path + ".type: '" + type + "' is not a relationship type of the model ("
                + String.join(", ", allowed) + ")");
        return new RelSpec(path, type, required(n, "from", path), required(n, "to", path), optional(n, "key", path),
                props(n.get("properties"), path + ".properties"), dateValue(n, path), interval(n, path));
    }

    Value dateValue(JsonNode n, String path) {
        Value v = optional(n, "date", path);
        if (v == null) return null;
        return new Value(v.path, v.parts, v.constant, v.codes, null, "date", v.format, v.defaultValue, false);
    }

    Interval interval(JsonNode n, String path) {
        JsonNode i = n.get("interval");
        if (i == null || i.isNull()) return null;
        if (!i.isObject()) {
            problems.add(path + ".interval: {from: <date columns>, to: <date columns>}");
            return null;
        }
        known(i, path + ".interval", "from", "to");
        Value from = optional(i, "from", path + ".interval"), to = optional(i, "to", path + ".interval");
        if (from == null && to == null) problems.add(path + ".interval: give from, to or both");
        return new Interval(asDate(from), asDate(to));
    }

    static Value asDate(Value v) {
        return v == null ? null : new Value(v.path, v.parts, v.constant, v.codes, null, "date", v.format, v.defaultValue, false);
    }

    Map<String, Value> props(JsonNode n, String path) {
        Map<String, Value> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) return out;
        if (!n.isObject()) {
            problems.add(path + ": a map of property name -> value");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            String p = path + "." + e.getKey();
            if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_]{0,63}")) problems.add(p + ": a property name is a word (letters, digits, _)");
            else if (RESERVED.contains(e.getKey())) problems.add(p + ": '" + e.getKey()
                    + "' is written by the loader (use id:, name:, aliases:, date: or interval: instead)");
            out.put(e.getKey(), value(e.getValue(), p));
        });
        return out;
    }

    Value required(JsonNode n, String field, String path) {
        Value v = optional(n, field, path);
        if (v == null) problems.add(path + "." + field + ": required");
        return v;
    }

    Value optional(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : value(v, path + "." + field);
    }

    /** A value: "Column", "template {Column}", [alternatives], or {column|columns|template|value, codes, split, type, ...}. */
    Value value(JsonNode n, String path) {
        if (n.isTextual()) return new Value(path, List.of(n.asText()), null, null, null, "string", null, null, false);
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode x : n) {
                if (x.isTextual()) parts.add(x.asText());
                else problems.add(path + ": a list of alternatives holds column names or templates");
            }
            if (parts.isEmpty()) problems.add(path + ": an empty list");
            return new Value(path, parts, null, null, null, "string", null, null, false);
        }
        if (n.isNumber() || n.isBoolean()) {
            return new Value(path, List.of(), n.asText(), null, null, n.isBoolean() ? "boolean" : n.isIntegralNumber() ? "integer" : "number",
                    null, null, false);
        }
        if (!n.isObject()) {
            problems.add(path + ": a column name, a template, a list of them, or a map");
            return new Value(path, List.of(), "", null, null, "string", null, null, false);
        }
        known(n, path, "column", "columns", "template", "value", "codes", "split", "type", "format", "default", "lower");
        List<String> parts = new ArrayList<>();
        int sources = 0;
        if (n.has("column")) { sources++; parts.add(n.get("column").asText()); }
        if (n.has("template")) { sources++; parts.add(n.get("template").asText()); }
        if (n.has("columns")) {
            sources++;
            if (!n.get("columns").isArray()) problems.add(path + ".columns: a list of column names");
            else n.get("columns").forEach(x -> parts.add(x.asText()));
        }
        String constant = null;
        if (n.has("value")) { sources++; constant = n.get("value").asText(); }
        if (sources != 1) problems.add(path + ": give exactly one of column, columns, template, value");
        String type = text(n, "type", path);
        if (type == null) type = n.has("value") && n.get("value").isNumber() ? (n.get("value").isIntegralNumber() ? "integer" : "number")
                : n.has("value") && n.get("value").isBoolean() ? "boolean" : "string";
        if (!TYPES.contains(type)) problems.add(path + ".type: '" + type + "' is not one of " + String.join(", ", TYPES.stream().sorted().toList()));
        String codes = text(n, "codes", path);
        if (codes != null && !codeNames.contains(codes)) problems.add(path + ".codes: no code table named '" + codes + "' under codes:");
        String split = text(n, "split", path);
        if (split != null && split.isEmpty()) problems.add(path + ".split: give the separator, e.g. ';'");
        String format = text(n, "format", path);
        if (format != null) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(format);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".format: not a date pattern: " + e.getMessage());
            }
        }
        boolean lower = n.has("lower") && n.get("lower").asBoolean();
        return new Value(path, parts, constant, codes, split, type, format, text(n, "default", path), lower);
    }

    String text(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) {
            problems.add((path.isEmpty() ? "" : path + ".") + field + ": a single value");
            return null;
        }
        return v.asText();
    }

    void known(JsonNode n, String path, String... fields) {
        known(n, path, problems, fields);
    }

    /** Adds a problem for every field of {@code n} not in {@code fields}. */
    static void known(JsonNode n, String path, List<String> problems, String... fields) {
        Set<String> ok = Set.of(fields);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) problems.add((path.isEmpty() ? "" : path + ".") + f + ": unknown field (known: "
                    + String.join(", ", fields) + ")");
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
