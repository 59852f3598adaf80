package org.diplograph.graph;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who met whom: Persons as nodes and one {@code MET} edge per pair with the number of meetings, their dates, events
 * and places. A meeting is a MET relationship, or two persons attending the same Event (each meeting says {@code how}:
 * met, attended); a signing is no meeting of its own, it counts only when the pair has no other meeting on its date
 * (see {@code cypher/queries/meetings.cypher}). Filters: a person (their meetings), a state (meetings of persons
 * holding office in it), a date range.
 */
public final class MeetingsService {
    private final Database db;
    private final int maxNodes;

    public MeetingsService(Database db, int maxNodes) {
        this.db = db;
        this.maxNodes = maxNodes;
    }

    public record Request(String person, String state, LocalDate from, LocalDate to) {}

    /** Who met whom: the Person nodes (Cytoscape.js elements), one edge per pair, whether a cap cut them, the time. */
    public record Answer(List<Elements.Element> nodes, List<Edge> edges, boolean truncated, long elapsedMs) {}

    /** One Cytoscape.js edge: {@code {data: pair}}. */
    public record Edge(Pair data) {}

    /**
     * Two persons who met (id {@code met:<source>|<target>}, the ids in order, type {@code MET}): how many meetings,
     * their dates and places (sorted, distinct), each meeting, every relationship behind them and their evidence count.
     */
    public record Pair(String id, String source, String target, String type, int meetings, List<String> dates,
                       List<String> places, List<Meeting> events, List<String> relationships, int evidenceCount) {}

    /**
     * One meeting of a pair: its Event (id and name, null for a MET without one), date, {@code how} (met, attended),
     * places and relationships.
     */
    public record Meeting(String id, String name, String date, String how, List<String> places, List<String> relationships) {}

    /** A pair's meetings as they are collected. */
    private static final class Collected {
        final String id, source, target;
        final TreeSet<String> dates = new TreeSet<>(), places = new TreeSet<>();
        final List<Meeting> events = new ArrayList<>();
        final List<String> relationships = new ArrayList<>();
        int evidenceCount;

        Collected(String id, String source, String target) {
            this.id = id;
            this.source = source;
            this.target = target;
        }

        Edge edge() {
            return new Edge(new Pair(id, source, target, "MET", events.size(), new ArrayList<>(dates),
                    new ArrayList<>(places), events, relationships, evidenceCount));
        }
    }

    public Answer meetings(Request q) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            for (String id : new String[]{q.person(), q.state()}) {
                if (id != null && !tx.run(CypherFiles.query("entity-node"), Map.of("id", id)).hasNext()) {
                    throw ApiProblem.notFound("No entity with id '" + id + "'");
                }
            }
            Map<String, Object> p = new HashMap<>();
            p.put("person", q.person());
            p.put("state", q.state());
            p.put("from", q.from());
            p.put("to", q.to());
            int cap = maxNodes * 20;
            p.put("cap", cap + 1);
            var rows = tx.run(CypherFiles.query("meetings"), p).list();
            boolean truncated = rows.size() > cap;
            Elements el = new Elements();
            Map<String, Collected> pairs = new LinkedHashMap<>();
            for (var rec : rows.subList(0, Math.min(rows.size(), cap))) {
                Node a = rec.get("p").asNode(), b = rec.get("q").asNode();
                String ia = Elements.modelId(a), ib = Elements.modelId(b);
                int newNodes = (el.hasNode(ia) ? 0 : 1) + (el.hasNode(ib) ? 0 : 1);
                if (el.nodeCount() + newNodes > maxNodes) {
                    truncated = true;
                    continue;
                }
                el.add(a);
                el.add(b);
                String s = ia.compareTo(ib) <= 0 ? ia : ib, t = s.equals(ia) ? ib : ia;
                List<Relationship> rels = rec.get("rels").asList(Value::asRelationship);
                Collected d = pairs.computeIfAbsent(s + "|" + t, k -> new Collected("met:" + k, s, t));
                String date = rec.get("date").asString(null);
                if (date != null) d.dates.add(date);
                List<String> places = rec.get("places").asList(Value::asString);
                d.places.addAll(places);
                d.events.add(new Meeting(rec.get("event").asString(null), rec.get("eventName").asString(null), date,
                        rec.get("how").asString(), places, rels.stream().map(Relationship::elementId).toList()));
                for (Relationship r : rels) {
                    d.relationships.add(r.elementId());
                    d.evidenceCount += PathService.evidence(r).size();
                }
            }
            return new Answer(el.graph().nodes(), pairs.values().stream().map(Collected::edge).toList(), truncated,
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }
}
