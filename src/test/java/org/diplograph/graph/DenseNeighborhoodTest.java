package org.diplograph.graph;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neighbourhood's edges around hubs: relationships among the chosen nodes are found from their low-degree end, or
 * pairwise between two hubs (nodes above {@link NeighborhoodService#DENSE}); the answer must hold exactly the
 * relationships a plain "every relationship between two chosen nodes" query finds, in every combination of the two.
 */
@ExtendWith(DiplographExtension.class)
class DenseNeighborhoodTest {
    private final TestApp t;

    DenseNeighborhoodTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void hubs() {
        t.clean();
        int leaves = 250;
        // two hub states with hundreds of relationships in and out (so H2->H1 is found as a hub pair); leaves tied to
        // both; the hubs tied to each other both ways; a leaf
        // pair met, a leaf visited a hub twice (two relationships between the same two nodes), and one self-loop
        t.db().autoCommit("""
                CREATE (h1:Entity:State {id: 'state:H1', name: 'Hub One'}), (h2:Entity:State {id: 'state:H2', name: 'Hub Two'})
                CREATE (h1)-[:MEMBER_OF]->(h2), (h2)-[:MEMBER_OF]->(h1)
                WITH h1, h2
                UNWIND range(1, $n) AS i
                CREATE (p:Entity:Person {id: 'person:p' + i, name: 'Person ' + i})
                CREATE (p)-[:HOLDS_OFFICE]->(h1), (p)-[:VISITED {dateFrom: date('2020-01-01') + duration({days: i})}]->(h2)
                CREATE (h2)-[:PARTY_TO]->(:Entity:Agreement {id: 'agreement:a' + i, name: 'Agreement ' + i})
                """, Map.of("n", leaves));
        t.db().autoCommit("""
                MATCH (a:Person {id: 'person:p1'}), (b:Person {id: 'person:p2'}), (h:State {id: 'state:H1'})
                CREATE (a)-[:MET {dateFrom: date('2021-05-05')}]->(b), (b)-[:VISITED {dateFrom: date('2022-02-02')}]->(h),
                       (a)-[:MET {dateFrom: date('2021-06-06')}]->(a)
                """, Map.of());
    }

    @Test
    void edgesAmongTheChosenAreAllThereAroundHubs() {
        for (String root : List.of("person:p1", "state:H1", "state:H2")) {
            for (String q : List.of("", "&depth=2", "&types=MET,VISITED", "&from=2020-03-01")) {
                var res = t.get("/api/entities/" + root + "/neighborhood?limit=40" + q);
                assertThat(res.status()).as(res.raw()).isEqualTo(200);
                List<String> ids = NeighborhoodTest.nodeIds(res.body());
                assertThat(ids).contains(root);
                Set<String> got = new HashSet<>();
                res.body().get("edges").forEach(e -> got.add(e.at("/data/id").asText()));
                Set<String> expected = new HashSet<>(t.db().read("""
                        MATCH (a:Entity)-[r]->(b:Entity)
                        WHERE a.id IN $ids AND b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
                          AND (r.dateFrom IS NULL OR $from IS NULL OR r.dateFrom >= $from)
                        RETURN elementId(r) AS id""", params(ids, q), r -> r.list(x -> x.get("id").asString())));
                assertThat(got).as(root + q).isEqualTo(expected);
                if (root.startsWith("person")) assertThat(got).as("the hub pair and the leaf's edges").hasSizeGreaterThan(3);
            }
        }
    }

    @Test
    void anEntityWithoutRelationshipsIsItsOwnNeighbourhood() {
        t.db().autoCommit("CREATE (:Entity:Organization {id: 'org:alone', name: 'Alone'})", Map.of());
        for (String q : List.of("", "?depth=2", "?types=MET")) {
            var res = t.get("/api/entities/org:alone/neighborhood" + q);
            assertThat(res.status()).as(res.raw()).isEqualTo(200);
            assertThat(NeighborhoodTest.nodeIds(res.body())).containsExactly("org:alone");
            assertThat(res.body().get("edges")).isEmpty();
            assertThat(res.body().get("truncated").asBoolean()).isFalse();
        }
    }

    private static Map<String, Object> params(List<String> ids, String q) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("ids", new ArrayList<>(ids));
        p.put("types", q.contains("types") ? List.of("MET", "VISITED") : null);
        p.put("from", q.contains("from") ? java.time.LocalDate.of(2020, 3, 1) : null);
        return p;
    }
}
