package org.diplograph.analysis;

import org.diplograph.TestApp;

import java.util.Map;

/**
 * A graph whose sources disagree, written in the test: two articles that disagree on a signing (23 vs 22 documents,
 * parties Iran and Tajikistan vs Iran, Tajikistan and Russia, 16 vs 18 January for the meeting), a third that agrees
 * with the first, and a treaty party (Kazakhstan) with every stage date from a dataset row.
 */
final class Disagreeing {
    private Disagreeing() {}

    /** Empties the graph and writes the fixture. */
    static void write(TestApp t) {
        t.clean();
        t.db().autoCommit("""
                CREATE (irn:Entity:State {id: 'state:IRN', name: 'Iran'}), (tjk:Entity:State {id: 'state:TJK', name: 'Tajikistan'}),
                       (rus:Entity:State {id: 'state:RUS', name: 'Russia'}), (kaz:Entity:State {id: 'state:KAZ', name: 'Kazakhstan'}),
                       (pez:Entity:Person {id: 'person:pez', name: 'Pezeshkian'}), (rah:Entity:Person {id: 'person:rah', name: 'Rahmon'}),
                       (pkg:Entity:Agreement {id: 'agreement:pkg', name: 'Package', count: 23, date: '2025-01-16'}),
                       (ev:Entity:Event {id: 'event:talks', name: 'Dushanbe talks', date: '2025-01-16'}),
                       (old:Entity:Agreement {id: 'agreement:old', name: 'Old treaty'}),
                       (:Document {id: 'doc:1', title: 'First', source: 'Agency A', published: '2025-01-16'}),
                       (:Document {id: 'doc:2', title: 'Second', source: 'Agency B', published: '2025-01-19'}),
                       (:Document {id: 'doc:3', title: 'Third', source: 'Agency C', published: '2025-01-20'}),
                       (:Evidence {id: 'e1', document: 'doc:1', quote: 'Iran and Tajikistan signed 23 documents in Dushanbe on January 16.'}),
                       (:Evidence {id: 'e2', document: 'doc:2', quote: 'Iran, Tajikistan and Russia signed 22 cooperation documents on January 18.'}),
                       (:Evidence {id: 'e3', document: 'doc:3', quote: 'The two presidents oversaw the signing of 23 documents.'}),
                       (:Evidence {id: 'e4', dataset: 'treaties', file: 'parties.csv', row: 7, quote: 'KAZ party to OLD: signed 1995-03-01'}),
                       (irn)-[:PARTY_TO {key: 'a', date: '2025-01-16', evidence: ['e1', 'e2']}]->(pkg),
                       (tjk)-[:PARTY_TO {key: 'b', date: '2025-01-16', evidence: ['e1', 'e2', 'e3']}]->(pkg),
                       (rus)-[:PARTY_TO {key: 'c', date: '2025-01-18', evidence: ['e2']}]->(pkg),
                       (pez)-[:MET {key: 'm1', date: '2025-01-16', event: 'event:talks', evidence: ['e1']}]->(rah),
                       (pez)-[:MET {key: 'm2', date: '2025-01-18', event: 'event:talks', evidence: ['e2']}]->(rah),
                       (pez)-[:ATTENDED {key: 'x', evidence: ['e1']}]->(ev),
                       (kaz)-[:PARTY_TO {key: 'd', signed: '1995-03-01', ratified: '1996', inForce: '1997-02-01', ended: '2010-06',
                                         validFrom: date('1997-02-01'), validTo: date('2010-06-30'), evidence: ['e4']}]->(old)
                """, Map.of());
    }
}
