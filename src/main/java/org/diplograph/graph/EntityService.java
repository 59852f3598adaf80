package org.diplograph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity's details: its properties, and its relationships with other entities in sections (offices, memberships,
 * agreements, meetings, corridors, places), each entry one group of relationships of the same type with the same other
 * end (the relationship count, the date span, roles, keys, dates and up to {@value #ID_CAP} relationship ids), then the
 * documents that mention it. A section lists at most {@value #CAP} groups; {@code summary} gives each section's number
 * of groups and relationships and whether a cap cut it, {@code truncated} whether any was cut.
 */
public final class EntityService {
    /** The relationship types of each section, in the order of the answer. */
    static final Map<String, List<String>> SECTIONS = sections();
    static final List<String> NODE_DATED = List.of("PARTY_TO", "SIGNED", "CONCERNS", "ATTENDED");
    static final int CAP = 200;
    static final int ID_CAP = 20;
    static final int READ_CAP = 20_000;
    private final Database db;

    public EntityService(Database db) {
        this.db = db;
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("offices", List.of("HOLDS_OFFICE"));
        s.put("memberships", List.of("MEMBER_OF"));
        s.put("agreements", List.of("PARTY_TO", "SIGNED", "CONCERNS"));
        s.put("meetings", List.of("MET", "ATTENDED"));
        s.put("corridors", List.of("CONNECTS"));
        s.put("places", List.of("VISITED", "HELD_IN", "LOCATED_IN"));
        return s;
    }

    /**
     * An entity's details: the entity (id, label, name, then its properties: an open bag), its degree, one list of
     * groups per section, the documents that mention it (as stored), the summary, whether a cap cut anything, the time.
     */
    public record Details(Map<String, Object> entity, long degree, List<Group> offices, List<Group> memberships,
                          List<Group> agreements, List<Group> meetings, List<Group> corridors, List<Group> places,
                          List<Object> documents, Summary summary, boolean truncated, long elapsedMs) {
        Details withElapsedMs(long ms) {
            return new Details(entity, degree, offices, memberships, agreements, meetings, corridors, places, documents,
                    summary, truncated, ms);
        }
    }

    /**
     * One group: relationships of one type with the same other end. The other end's fields ({@code id, name, label},
     * an agreement's {@code title, kind, stage, parties}, ...) are left out when null, as are {@code openEnded} (only
     * true), {@code role} (the distinct roles, joined), {@code date} (the one date), {@code dates} (several, latest
     * first), {@code event} (the one event) and {@code keys}; {@code relationship} is the first of the ids.
     */
    public record Group(Object relationship, String type, Object direction,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object id,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object name,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object label,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object title,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object kind,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object stage,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object agreementCount,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object parties,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object order,
                        Object count, Object from, Object to,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean openEnded,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String role,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object date,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> dates,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Object event,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> keys,
                        Object evidenceCount, List<Object> relationships) {}

    /** Per section: how many groups and relationships it has and whether a cap cut it. */
    public record Section(int groups, long relationships, boolean truncated) {}

    /** How many documents mention the entity and whether the cap cut their list. */
    public record Documents(long documents, boolean truncated) {}

    /** The summary of every section and of the documents. */
    public record Summary(Section offices, Section memberships, Section agreements, Section meetings, Section corridors,
                          Section places, Documents documents) {}

    /** The details, or a 404 {@link ApiProblem} for an unknown id. */
    public Details details(String id) {
        long t0 = System.nanoTime();
        Details out = db.readTx(tx -> {
            var r = tx.run(CypherFiles.query("entity-details"), Map.of("id", id, "cap", CAP));
            if (!r.hasNext()) throw ApiProblem.notFound("No entity with id '" + id + "'");
            Record rec = r.next();
            List<String> types = SECTIONS.values().stream().flatMap(List::stream).toList();
            Map<String, Object> params = Map.of("id", id, "types", types, "nodeDated", NODE_DATED,
                    "readCap", READ_CAP, "idCap", ID_CAP);
            Map<String, Long> totals = new LinkedHashMap<>();
            Map<String, List<Group>> groups = new LinkedHashMap<>();
            tx.run(CypherFiles.query("entity-relationship-groups"), params).forEachRemaining(g -> {
                String type = g.get("type").asString();
                totals.put(type, g.get("total").asLong());
                List<Group> list = new ArrayList<>();
                g.get("groups").asList(v -> v.asMap(Elements::plain)).forEach(m -> list.add(group(type, m)));
                groups.put(type, list);
            });
            Map<String, List<Group>> lists = new LinkedHashMap<>();
            Map<String, Section> summary = new LinkedHashMap<>();
            boolean anyCut = false;
            for (var section : SECTIONS.entrySet()) {
                List<Group> all = new ArrayList<>();
                long relationships = 0;
                boolean cut = false;
                for (String type : section.getValue()) {
                    List<Group> of = groups.getOrDefault(type, List.of());
                    all.addAll(of);
                    long total = totals.getOrDefault(type, 0L);
                    relationships += total;
                    long read = of.stream().mapToLong(m -> ((Number) m.count()).longValue()).sum();
                    if (read < total && total > READ_CAP) cut = true; // the read cap left relationships unread
                }
                all.sort(order(section.getKey()));
                int groupCount = all.size();
                if (all.size() > CAP) {
                    cut = true;
                    all = new ArrayList<>(all.subList(0, CAP));
                }
                anyCut |= cut;
                lists.put(section.getKey(), all);
                summary.put(section.getKey(), new Section(groupCount, relationships, cut));
            }
            List<Object> documents = new ArrayList<>(rec.get("documents").asList(Elements::plain));
            long documentTotal = rec.get("documentTotal").asLong();
            boolean docsCut = documents.size() > CAP;
            if (docsCut) documents = new ArrayList<>(documents.subList(0, CAP));
            return new Details(entity(rec.get("n").asNode()), rec.get("degree").asLong(), lists.get("offices"),
                    lists.get("memberships"), lists.get("agreements"), lists.get("meetings"), lists.get("corridors"),
                    lists.get("places"), documents,
                    new Summary(summary.get("offices"), summary.get("memberships"), summary.get("agreements"),
                            summary.get("meetings"), summary.get("corridors"), summary.get("places"),
                            new Documents(documentTotal, docsCut)),
                    anyCut || docsCut, 0);
        });
        return out.withElapsedMs((System.nanoTime() - t0) / 1_000_000);
    }

    private static Map<String, Object> entity(org.neo4j.driver.types.Node n) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", Elements.modelId(n));
        entity.put("label", Elements.primaryLabel(n));
        entity.put("name", n.get("name").asString(Elements.modelId(n)));
        n.asMap(Elements::plain).forEach((k, v) -> {
            if (!k.equals("aliasKeys")) entity.putIfAbsent(k, v);
        });
        return entity;
    }

    /**
     * One group as JSON: the other end ({@code id, name, label}, an agreement's {@code title, kind, stage, parties}),
     * {@code type, direction, count, from, to} (an open-ended interval has no {@code to} and {@code openEnded: true}),
     * {@code role} (the distinct roles, joined), {@code date} and {@code event} when the group has one, {@code dates},
     * {@code keys}, {@code evidenceCount}, {@code relationships} (ids) and {@code relationship} (the first id).
     */
    @SuppressWarnings("unchecked")
    private static Group group(String type, Map<String, Object> m) {
        List<Object> ids = (List<Object>) m.get("relationships");
        boolean open = Boolean.TRUE.equals(m.get("openEnded"));
        List<Object> roles = (List<Object>) m.get("roles");
        List<Object> dates = (List<Object>) m.get("dates");
        List<Object> events = (List<Object>) m.get("events");
        List<Object> keys = (List<Object>) m.get("keys");
        return new Group(ids.isEmpty() ? null : ids.get(0), type, m.get("direction"),
                m.get("id"), m.get("name"), m.get("label"), m.get("title"), m.get("kind"), m.get("stage"),
                m.get("agreementCount"), m.get("parties"), m.get("order"),
                m.get("count"), m.get("from"), open ? null : m.get("to"), open ? Boolean.TRUE : null,
                roles.isEmpty() ? null : String.join(", ", roles.stream().map(String::valueOf).sorted().toList()),
                dates.size() == 1 ? dates.get(0) : null,
                dates.size() > 1 ? dates.stream().map(String::valueOf).sorted(Comparator.reverseOrder()).toList() : null,
                events.size() == 1 ? events.get(0) : null,
                keys.isEmpty() ? null : keys.stream().map(String::valueOf).sorted().toList(),
                m.get("evidenceCount"), ids);
    }

    /** Offices by role then name, corridors by order, dated sections latest first, the rest by name. */
    private static Comparator<Group> order(String section) {
        Comparator<Group> byName = Comparator.comparing(g -> text(g.name()), String.CASE_INSENSITIVE_ORDER);
        return switch (section) {
            case "offices" -> Comparator.<Group, String>comparing(g -> text(g.role())).thenComparing(byName);
            case "corridors" -> Comparator.<Group, Long>comparing(
                    g -> g.order() instanceof Number o ? o.longValue() : Long.MAX_VALUE).thenComparing(byName);
            case "agreements", "meetings", "places" -> Comparator.<Group, String>comparing(
                    g -> text(g.to() != null ? g.to() : g.from()), Comparator.reverseOrder()).thenComparing(byName);
            default -> byName;
        };
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** Whether an entity with this id exists. */
    public boolean exists(String id) {
        return db.read(CypherFiles.query("entity-node"), Map.of("id", id), r -> r.hasNext());
    }
}
