package org.diplograph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Relation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyst's corrections ({@code seeds/curation.yaml}), applied to the facts of every import so that a re-import
 * never undoes them: extra aliases, merges of two ids, renames, and rejected entities or relations.
 *
 * <pre>
 * aliases:  { "state:TUR": ["Turkiye"] }
 * merge:    [ { from: "person:ebrahim-raeisi", into: "person:ebrahim-raisi" } ]
 * rename:   { "org:eco": "Economic Cooperation Organization" }
 * reject:
 *   entities:  [ "person:someone" ]
 *   relations: [ { type: MET, source: "person:a", target: "person:b" } ]   # source/target may be "*"
 * </pre>
 */
public record Curation(Map<String, List<String>> aliases, List<Merge> merge, Map<String, String> rename, Reject reject) {

    public record Merge(String from, String into) {}

    public record RejectedRelation(String type, String source, String target) {
        boolean matches(Relation r) {
            return (type == null || type.equals(r.type())) && any(source, r.source()) && any(target, r.target());
        }

        private static boolean any(String pattern, String id) {
            return pattern == null || pattern.equals("*") || pattern.equals(id);
        }
    }

    public record Reject(List<String> entities, List<RejectedRelation> relations) {
        public Reject {
            entities = entities == null ? List.of() : List.copyOf(entities);
            relations = relations == null ? List.of() : List.copyOf(relations);
        }
    }

    public Curation {
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        merge = merge == null ? List.of() : List.copyOf(merge);
        rename = rename == null ? Map.of() : Map.copyOf(rename);
        reject = reject == null ? new Reject(List.of(), List.of()) : reject;
    }

    public static final Curation NONE = new Curation(null, null, null, null);

    /** Reads a curation file; a missing file means no corrections. */
    public static Curation read(Path file) {
        if (file == null || !Files.isRegularFile(file)) return NONE;
        try {
            Curation c = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Curation.class);
            return c == null ? NONE : c;
        } catch (IOException e) {
            throw new IllegalArgumentException("The curation file " + file.getFileName() + " is not valid: " + e.getMessage());
        }
    }

    /** Whether the analyst renamed this entity (its name then replaces the stored one). */
    public boolean renames(String id) {
        return rename.containsKey(id);
    }

    /** The facts with every correction applied. */
    public DocumentFacts apply(DocumentFacts doc) {
        Map<String, String> into = new LinkedHashMap<>();
        merge.forEach(m -> into.put(m.from(), m.into()));
        Set<String> rejected = new LinkedHashSet<>(reject.entities());

        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : doc.entities()) {
            String id = resolve(into, e.id());
            if (rejected.contains(id) || rejected.contains(e.id())) continue;
            Entity prev = entities.get(id);
            List<String> al = new ArrayList<>(prev == null ? List.of() : prev.aliases());
            al.addAll(e.aliases());
            al.add(e.name());
            al.addAll(aliases.getOrDefault(id, List.of()));
            String name = rename.getOrDefault(id, prev != null ? prev.name() : e.name());
            al.add(name);
            Map<String, Object> props = new LinkedHashMap<>(e.properties());
            if (prev != null) prev.properties().forEach(props::putIfAbsent);
            entities.put(id, new Entity(id, prev != null ? prev.label() : e.label(), name,
                    List.copyOf(new LinkedHashSet<>(al)), props, e.rule()));
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation r : doc.relations()) {
            Relation m = new Relation(r.type(), resolve(into, r.source()), resolve(into, r.target()), r.properties(), r.evidence());
            if (rejected.contains(m.source()) || rejected.contains(m.target())) continue;
            if (m.source().equals(m.target()) && !m.type().equals("MENTIONS")) continue;
            if (reject.relations().stream().anyMatch(x -> x.matches(m))) continue;
            relations.add(m);
        }
        return new DocumentFacts(doc.id(), doc.file(), doc.title(), doc.source(), doc.url(), doc.published(), doc.sha256(),
                doc.text(), doc.dropped(), new ArrayList<>(entities.values()), relations);
    }

    private static String resolve(Map<String, String> into, String id) {
        String cur = id;
        for (int i = 0; i < 10 && into.containsKey(cur); i++) cur = into.get(cur);
        return cur;
    }
}
