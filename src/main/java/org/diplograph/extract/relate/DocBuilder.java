package org.diplograph.extract.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/** Collects the entities and relations of one document, merging duplicates, and emits them in a stable order. */
public final class DocBuilder {
    private static final class E {
        String label;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Object> props = new TreeMap<>();
        String rule;
        int count;
        Evidence first;
    }

    private static final class R {
        final String type;
        final String source;
        final String target;
        final Map<String, Object> props;
        final Set<Evidence> evidence = new LinkedHashSet<>();

        R(String type, String source, String target, Map<String, Object> props) {
            this.type = type;
            this.source = source;
            this.target = target;
            this.props = props;
        }
    }

    private final Map<String, E> entities = new LinkedHashMap<>();
    private final Map<String, R> relations = new LinkedHashMap<>();

    /** Adds or merges an entity; {@code alias} may be null; {@code mention} counts a mention in text. */
    public void entity(String id, String label, String name, String alias, Map<String, Object> props, String rule,
                Evidence ev, boolean mention) {
        E e = entities.computeIfAbsent(id, k -> new E());
        if (e.label == null) {
            e.label = label;
            e.name = name;
            e.rule = rule;
        } else if (name != null && e.name != null && name.length() > e.name.length() && "Person".equals(label)
                && e.rule.equals("surname")) {
            e.name = name;
        }
        if (e.name == null) e.name = name;
        if (name != null) e.aliases.add(name);
        if (alias != null && !alias.isBlank()) e.aliases.add(alias);
        if (props != null) {
            for (var p : props.entrySet()) {
                if (p.getValue() == null) continue;
                if (p.getKey().equals("titles")) {
                    @SuppressWarnings("unchecked")
                    List<String> old = (List<String>) e.props.getOrDefault("titles", new ArrayList<String>());
                    List<String> merged = new ArrayList<>(old);
                    for (Object t : (List<?>) p.getValue()) if (!merged.contains(t)) merged.add((String) t);
                    e.props.put("titles", merged);
                } else {
                    e.props.putIfAbsent(p.getKey(), p.getValue());
                }
            }
        }
        if (mention) {
            e.count++;
            if (e.first == null) e.first = ev;
        }
    }

    /** The sentence that first mentions an entity in the text, or null when the text never names it. */
    Evidence firstMention(String id) {
        E e = entities.get(id);
        return e == null ? null : e.first;
    }

    /** Sets one property of an entity (an agreement's title, once a reference is found to stand for a longer one). */
    void property(String id, String key, Object value) {
        E e = entities.get(id);
        if (e != null) e.props.put(key, value);
    }

    public boolean has(String id) {
        return entities.containsKey(id);
    }

    String label(String id) {
        E e = entities.get(id);
        return e == null ? null : e.label;
    }

    /** True when a relation of this type joins the two (in either order for MET), whatever its event. */
    boolean hasRelation(String type, String source, String target) {
        for (R r : relations.values()) {
            if (!r.type.equals(type)) continue;
            if (r.source.equals(source) && r.target.equals(target)) return true;
            if (type.equals("MET") && r.source.equals(target) && r.target.equals(source)) return true;
        }
        return false;
    }

    public void relation(String type, String source, String target, Map<String, Object> props, Evidence ev) {
        if (source == null || target == null || source.equals(target)) return;
        if (type.equals("MET") && source.compareTo(target) > 0) {
            String x = source;
            source = target;
            target = x;
        }
        Map<String, Object> p = props == null ? new TreeMap<>() : new TreeMap<>(props);
        p.values().removeIf(Objects::isNull);
        String key = type + "|" + source + "|" + target + "|" + (type.equals("MET") ? p.get("event") : "");
        R r = relations.get(key);
        if (r == null) {
            r = new R(type, source, target, p);
            relations.put(key, r);
        } else {
            for (var x : p.entrySet()) r.props.putIfAbsent(x.getKey(), x.getValue());
        }
        r.evidence.add(ev);
    }

    /** True when some relation of this type ends at the target. */
    boolean hasRelationTo(String type, String target) {
        for (R r : relations.values()) if (r.type.equals(type) && r.target.equals(target)) return true;
        return false;
    }

    /** Drops every relation of this type from source to target (whatever its event). */
    void removeRelation(String type, String source, String target) {
        relations.values().removeIf(r -> r.type.equals(type) && r.source.equals(source) && r.target.equals(target));
    }

    /**
     * Drops the evidence within characters [start, end) of the relations that touch {@code id}, and each relation left
     * with none (what a title fragment said in a line that a longer title now reads).
     */
    void dropEvidenceIn(String id, int start, int end) {
        relations.values().removeIf(r -> {
            if (!r.source.equals(id) && !r.target.equals(id)) return false;
            r.evidence.removeIf(e -> e.start() >= start && e.start() < end);
            return r.evidence.isEmpty();
        });
    }

    /** Drops an entity no relation touches (a title fragment a longer title replaced). */
    void removeIfUnrelated(String id) {
        for (R r : relations.values()) if (r.source.equals(id) || r.target.equals(id)) return;
        entities.remove(id);
    }

    /** The state a LOCATED_IN relation puts this place in, or null. */
    String locatedIn(String place) {
        for (R r : relations.values()) {
            if (r.type.equals("LOCATED_IN") && r.source.equals(place) && r.target.startsWith("state:")) return r.target;
        }
        return null;
    }

    /** Renames entity ids everywhere (agreement ids get their parties once all relations are known). */
    public void rename(Map<String, String> ids) {
        if (ids.isEmpty()) return;
        Map<String, E> es = new LinkedHashMap<>();
        for (var x : entities.entrySet()) {
            String id = ids.getOrDefault(x.getKey(), x.getKey());
            E old = es.get(id);
            if (old == null) {
                es.put(id, x.getValue());
            } else {
                old.aliases.addAll(x.getValue().aliases);
                old.count += x.getValue().count;
            }
        }
        entities.clear();
        entities.putAll(es);
        Map<String, R> rs = new LinkedHashMap<>();
        for (R r : relations.values()) {
            String src = ids.getOrDefault(r.source, r.source);
            String tgt = ids.getOrDefault(r.target, r.target);
            String key = r.type + "|" + src + "|" + tgt + "|" + (r.type.equals("MET") ? r.props.get("event") : "");
            R n = rs.get(key);
            if (n == null) {
                n = new R(r.type, src, tgt, r.props);
                rs.put(key, n);
            }
            n.evidence.addAll(r.evidence);
        }
        relations.clear();
        relations.putAll(rs);
    }

    /** Final, sorted entities (by id) and relations (by type, source, target), MENTIONS included. */
    public List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (var x : entities.entrySet()) {
            E e = x.getValue();
            out.add(new Entity(x.getKey(), e.label, e.name, new ArrayList<>(new java.util.TreeSet<>(e.aliases)),
                    e.props, e.rule));
        }
        out.sort(Comparator.comparing(Entity::id));
        return out;
    }

    public List<Relation> relations(String docId) {
        List<Relation> out = new ArrayList<>();
        for (R r : relations.values()) {
            List<Evidence> ev = new ArrayList<>(r.evidence);
            ev.sort(Comparator.comparingInt(Evidence::start).thenComparing(Evidence::rule));
            out.add(new Relation(r.type, r.source, r.target, r.props, ev));
        }
        for (var x : entities.entrySet()) {
            E e = x.getValue();
            if (e.count == 0 || e.first == null) continue;
            Evidence f = e.first;
            out.add(new Relation("MENTIONS", docId, x.getKey(), Map.of("count", e.count),
                    List.of(new Evidence(f.quote(), f.start(), f.end(), "mention"))));
        }
        out.sort(Comparator.comparing(Relation::type).thenComparing(Relation::source).thenComparing(Relation::target)
                .thenComparing(r -> String.valueOf(r.properties().get("event")))
                .thenComparing(r -> String.valueOf(r.properties().get("date"))));
        return out;
    }
}
