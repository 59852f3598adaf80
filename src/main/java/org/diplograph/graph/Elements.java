package org.diplograph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects Neo4j nodes and relationships as Cytoscape.js elements JSON: {@code {nodes:[{data}], edges:[{data}]}}.
 * A node's {@code data.id} is its model id (e.g. {@code state:IRN}), its {@code label} the model label; an edge carries
 * {@code id} (the relationship's element id), {@code source}, {@code target}, {@code type}, its properties and
 * {@code evidenceCount}. Duplicates are dropped; edges whose ends are not both present are held back.
 */
public final class Elements {
    private final Map<String, Element> nodes = new LinkedHashMap<>();
    private final Map<String, Element> edges = new LinkedHashMap<>();
    private final Map<String, String> idByElementId = new LinkedHashMap<>();
    private final List<Relationship> pending = new ArrayList<>();

    public int nodeCount() {
        return nodes.size();
    }

    public boolean hasNode(String id) {
        return nodes.containsKey(id);
    }

    /** Adds a node (once); returns its model id. */
    public String add(Node n) {
        String id = modelId(n);
        idByElementId.put(n.elementId(), id);
        nodes.computeIfAbsent(id, k -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("label", primaryLabel(n));
            data.put("name", n.containsKey("name") ? n.get("name").asString() : id);
            n.asMap(Elements::plain).forEach((key, v) -> {
                if (!key.equals("id") && !key.equals("name") && !key.equals("text")) data.putIfAbsent(key, v);
            });
            return new Element(data);
        });
        return id;
    }

    /** Adds a relationship; it is emitted once both of its nodes have been added. */
    public void add(Relationship r) {
        pending.add(r);
    }

    /** Adds every node and relationship of a path. */
    public void add(Path p) {
        p.nodes().forEach(this::add);
        p.relationships().forEach(this::add);
    }

    /** Adds whatever graph values a driver value holds (node, relationship, path, or lists/maps of them). */
    public void addValue(Value v) {
        addObject(v.asObject());
    }

    private void addObject(Object o) {
        if (o instanceof Node n) add(n);
        else if (o instanceof Relationship r) add(r);
        else if (o instanceof Path p) add(p);
        else if (o instanceof List<?> l) l.forEach(this::addObject);
        else if (o instanceof Map<?, ?> m) m.values().forEach(this::addObject);
    }

    /**
     * One Cytoscape.js element: {@code {data: {...}}}. The data is an open bag (id, label, name or source, target,
     * type, then whatever properties the node or relationship has), so it stays a map.
     */
    public record Element(Map<String, Object> data) {}

    /** An answer that carries Cytoscape.js elements (what the exports read). */
    public interface Graph {
        /** The nodes, each {@code {data: {id, label, name, ...}}}. */
        List<Element> nodes();

        /** The edges, each {@code {data: {id, source, target, type, ..., evidenceCount}}}. */
        List<Element> edges();
    }

    /** Plain elements: {@code {nodes, edges}}. */
    public record Plain(List<Element> nodes, List<Element> edges) implements Graph {}

    /** The elements collected so far (relationships whose ends are both present): {@code {nodes:[{data}], edges:[{data}]}}. */
    public Plain graph() {
        for (Relationship r : pending) {
            String s = idByElementId.get(r.startNodeElementId());
            String t = idByElementId.get(r.endNodeElementId());
            if (s == null || t == null) continue;
            edges.computeIfAbsent(r.elementId(), k -> {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", r.elementId());
                data.put("source", s);
                data.put("target", t);
                data.put("type", r.type());
                Map<String, Object> props = r.asMap(Elements::plain);
                props.forEach(data::putIfAbsent);
                Object ev = props.get("evidence");
                data.put("evidenceCount", ev instanceof List<?> l ? l.size() : 0);
                return new Element(data);
            });
        }
        pending.clear();
        return new Plain(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
    }

    /** The model id of a node, or its element id when it has none. */
    public static String modelId(Node n) {
        return n.containsKey("id") ? n.get("id").asString() : n.elementId();
    }

    /** The model label of a node (the :Entity marker label skipped). */
    public static String primaryLabel(Node n) {
        for (String l : n.labels()) if (!l.equals("Entity")) return l;
        return "Entity";
    }

    /** A driver value as plain JSON-friendly Java (dates as ISO strings, graph values dropped). */
    public static Object plain(Value v) {
        return v == null || v.isNull() ? null : plainObject(v.asObject());
    }

    /** A driver object as plain JSON-friendly Java. */
    public static Object plainObject(Object o) {
        if (o instanceof TemporalAccessor || o instanceof org.neo4j.driver.types.IsoDuration
                || o instanceof org.neo4j.driver.types.Point) return o.toString();
        if (o instanceof Node n) return n.asMap(Elements::plain);
        if (o instanceof Relationship r) return r.asMap(Elements::plain);
        if (o instanceof Path p) return p.length();
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(plainObject(x)));
            return out;
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plainObject(x)));
            return out;
        }
        return o;
    }
}
