package org.diplograph.reliability;

import org.neo4j.driver.Driver;

import java.util.Map;
import java.util.TreeMap;

/**
 * What "the same graph" means in the fault tests: node counts by label set, relationship counts by type, relationships
 * that would be duplicates (same type, ends and key), evidence per document and evidence ids on relationships.
 * Two snapshots are equal exactly when nothing was duplicated and nothing was lost.
 */
record GraphSnapshot(Map<String, Long> nodes, Map<String, Long> relationships, long duplicateRelationships,
                     Map<String, Long> evidencePerDocument, long evidenceRefs, long danglingEvidenceRefs) {

    static GraphSnapshot of(Driver driver) {
        Map<String, Long> nodes = new TreeMap<>();
        driver.executableQuery("MATCH (n) WITH n, [x IN labels(n) | x] AS ls UNWIND ls AS l WITH n, l ORDER BY l "
                        + "WITH n, collect(l) AS ls RETURN reduce(s = '', x IN ls | s + ':' + x) AS k, count(*) AS c")
                .execute().records()
                .forEach(r -> nodes.put(r.get("k").asString(), r.get("c").asLong()));
        Map<String, Long> rels = new TreeMap<>();
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c").execute().records()
                .forEach(r -> rels.put(r.get("k").asString(), r.get("c").asLong()));
        long dups = driver.executableQuery("MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 "
                + "RETURN coalesce(sum(c - 1), 0) AS d").execute().records().get(0).get("d").asLong();
        Map<String, Long> perDoc = new TreeMap<>();
        driver.executableQuery("MATCH (d:Document) OPTIONAL MATCH (d)-[:HAS_EVIDENCE]->(e:Evidence) "
                        + "RETURN d.id AS k, count(e) AS c").execute().records()
                .forEach(r -> perDoc.put(r.get("k").asString(), r.get("c").asLong()));
        var refs = driver.executableQuery("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL UNWIND r.evidence AS ev "
                + "OPTIONAL MATCH (e:Evidence {id: ev}) RETURN count(ev) AS refs, count(ev) - count(e) AS dangling")
                .execute().records().get(0);
        return new GraphSnapshot(nodes, rels, dups, perDoc, refs.get("refs").asLong(), refs.get("dangling").asLong());
    }

    long totalNodes() {
        return nodes.values().stream().mapToLong(Long::longValue).sum();
    }

    long totalRelationships() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return "nodes " + totalNodes() + " " + nodes + ", relationships " + totalRelationships() + " " + relationships
                + ", duplicate relationships " + duplicateRelationships + ", documents " + evidencePerDocument.size()
                + ", evidence " + evidencePerDocument.values().stream().mapToLong(Long::longValue).sum()
                + ", evidence refs " + evidenceRefs + " (dangling " + danglingEvidenceRefs + ")";
    }
}
