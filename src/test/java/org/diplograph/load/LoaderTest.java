package org.diplograph.load;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DiplographExtension.class)
class LoaderTest {
    static final String TEXT = "Iranian President Masoud Pezeshkian met Tajik President Emomali Rahmon in Dushanbe on January 16, 2025. "
            + "Both countries are members of the SCO.";
    static final String S1 = TEXT.substring(0, TEXT.indexOf(". ") + 1);
    static final String S2 = TEXT.substring(TEXT.indexOf("Both"));

    private final TestApp t;
    private Loader loader;

    LoaderTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
        loader = new Loader(t.db(), Curation.NONE, Duration.ofSeconds(30));
    }

    static Evidence ev(String sentence, String rule) {
        int start = TEXT.indexOf(sentence);
        return new Evidence(sentence, start, start + sentence.length(), rule);
    }

    static DocumentFacts article(String text, List<Relation> extra) {
        List<Entity> entities = List.of(
                new Entity("person:masoud-pezeshkian", "Person", "Masoud Pezeshkian", List.of("Pezeshkian"), Map.of("titles", List.of("President")), "title-person"),
                new Entity("person:emomali-rahmon", "Person", "Emomali Rahmon", List.of("Rahmon"), Map.of(), "title-person"),
                new Entity("state:IRN", "State", "Iran", List.of("Iranian"), Map.of("iso3", "IRN", "iso2", "IR"), "gazetteer"),
                new Entity("state:TJK", "State", "Tajikistan", List.of("Tajik"), Map.of("iso3", "TJK", "iso2", "TJ"), "gazetteer"),
                new Entity("org:sco", "Organization", "Shanghai Cooperation Organisation", List.of("SCO"), Map.of("acronym", "SCO", "kind", "igo"), "gazetteer"));
        List<Relation> relations = new ArrayList<>(List.of(
                new Relation("HOLDS_OFFICE", "person:masoud-pezeshkian", "state:IRN", Map.of("role", "President"), List.of(ev(S1, "demonym-office"))),
                new Relation("MET", "person:masoud-pezeshkian", "person:emomali-rahmon",
                        Map.of("date", "2025-01-16", "dateFrom", "2025-01-16", "dateTo", "2025-01-16", "event", "event:x"), List.of(ev(S1, "met"))),
                new Relation("MEMBER_OF", "state:IRN", "org:sco", Map.of(), List.of(ev(S2, "both-members"))),
                new Relation("MEMBER_OF", "state:TJK", "org:sco", Map.of(), List.of(ev(S2, "both-members"))),
                new Relation("MENTIONS", "doc:a", "state:IRN", Map.of("count", 1), List.of(ev(S1, "mention")))));
        relations.addAll(extra);
        return new DocumentFacts("doc:a", "a.txt", "A", null, null, "2025-01-17", null, text, List.of(), entities, relations);
    }

    private long count(String cypher) {
        return t.db().read(cypher, Map.of(), r -> r.single().get(0).asLong());
    }

    @Test
    void loadsEntitiesRelationsAndEvidence() {
        DocumentReport report = loader.load(article(TEXT, List.of()), "1");
        assertThat(report.status()).isEqualTo("created");
        assertThat(report.entitiesCreated()).isEqualTo(5);
        assertThat(report.relationsCreated()).isEqualTo(5);
        assertThat(report.warnings()).isEmpty();
        assertThat(count("MATCH (s:State:Entity) RETURN count(s)")).isEqualTo(2);
        assertThat(count("MATCH (:Person)-[m:MET]-(:Person) WHERE m.dateFrom = date('2025-01-16') RETURN count(m)")).isEqualTo(2); // undirected read
        // every relationship but HAS_EVIDENCE cites evidence that exists and belongs to the document
        assertThat(count("MATCH ()-[r]->() WHERE type(r) <> 'HAS_EVIDENCE' AND (r.evidence IS NULL OR size(r.evidence) = 0) RETURN count(r)")).isZero();
        assertThat(count("MATCH ()-[r]->() WHERE type(r) <> 'HAS_EVIDENCE' UNWIND r.evidence AS e "
                + "OPTIONAL MATCH (:Document {id:'doc:a'})-[:HAS_EVIDENCE]->(x:Evidence {id: e}) WITH x WHERE x IS NULL RETURN count(*)")).isZero();
        String quote = t.db().read("MATCH (:State {id:'state:IRN'})-[r:MEMBER_OF]->() MATCH (e:Evidence {id: r.evidence[0]}) RETURN e.quote AS q",
                Map.of(), r -> r.single().get("q").asString());
        assertThat(quote).isEqualTo(S2);
    }

    @Test
    void importingTheSameFactsTwiceChangesNothing() {
        loader.load(article(TEXT, List.of()), "1");
        long[] before = t.counts();
        DocumentReport again = loader.load(article(TEXT, List.of()), "1");
        assertThat(again.status()).isEqualTo("unchanged");
        assertThat(t.counts()).containsExactly(before);
    }

    @Test
    void aChangedVersionReplacesItsEvidenceAndDropsRelationsLeftWithout() {
        loader.load(article(TEXT, List.of()), "1");
        String text2 = "Iranian President Masoud Pezeshkian met Tajik President Emomali Rahmon in Dushanbe on January 16, 2025.";
        DocumentFacts v2 = article(text2, List.of());
        v2 = new DocumentFacts(v2.id(), v2.file(), v2.title(), null, null, v2.published(), null, text2, List.of(),
                v2.entities().stream().filter(e -> !e.id().equals("org:sco")).toList(),
                v2.relations().stream().filter(r -> !r.type().equals("MEMBER_OF")).toList());
        DocumentReport report = loader.load(v2, "1");
        assertThat(report.status()).isEqualTo("updated");
        assertThat(count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).isZero();
        assertThat(count("MATCH ()-[r:MET]->() RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization) RETURN count(o)")).as("entity left with nothing is dropped").isZero();
        assertThat(count("MATCH (e:Evidence) WHERE e.quote CONTAINS 'SCO' RETURN count(e)")).isZero();
    }

    @Test
    void evidenceIsCorroboratedAcrossDocumentsAndRemovedPerDocument() {
        loader.load(article(TEXT, List.of()), "1");
        DocumentFacts a = article(TEXT, List.of());
        DocumentFacts b = new DocumentFacts("doc:b", "b.txt", "B", null, null, null, null, TEXT, List.of(), a.entities(),
                a.relations().stream().filter(r -> !r.type().equals("MENTIONS")).toList());
        loader.load(b, "1");
        assertThat(count("MATCH (:State {id:'state:IRN'})-[r:MEMBER_OF]->() RETURN size(r.evidence)")).isEqualTo(2);
        assertThat(count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(2);
        // doc:b without the SCO sentence: the edge keeps doc:a's evidence
        DocumentFacts b2 = new DocumentFacts("doc:b", "b.txt", "B", null, null, null, null, TEXT, List.of(), a.entities(),
                b.relations().stream().filter(r -> !r.type().equals("MEMBER_OF")).toList());
        loader.load(b2, "1");
        assertThat(count("MATCH (:State {id:'state:IRN'})-[r:MEMBER_OF]->() RETURN size(r.evidence)")).isEqualTo(1);
    }

    @Test
    void noEvidenceNoEdgeAndAWrongQuoteIsRefused() {
        Relation none = new Relation("VISITED", "person:masoud-pezeshkian", "state:TJK", Map.of(), List.of());
        Relation wrong = new Relation("VISITED", "person:emomali-rahmon", "state:IRN", Map.of(), List.of(new Evidence("made up", 0, 7, "x")));
        Relation unknownType = new Relation("LIKES", "person:emomali-rahmon", "state:IRN", Map.of(), List.of(ev(S1, "x")));
        DocumentReport report = loader.load(article(TEXT, List.of(none, wrong, unknownType)), "1");
        assertThat(count("MATCH ()-[r:VISITED]->() RETURN count(r)")).isZero();
        assertThat(count("MATCH ()-[r:LIKES]->() RETURN count(r)")).isZero();
        assertThat(report.warnings()).anyMatch(w -> w.contains("no evidence")).anyMatch(w -> w.contains("not the text"))
                .anyMatch(w -> w.contains("LIKES"));
    }

    @Test
    void aFailingArticleWritesNothing() {
        DocumentFacts good = article(TEXT, List.of());
        List<Entity> entities = new ArrayList<>(good.entities());
        entities.add(new Entity("place:bad", "Place", "Bad", List.of(), Map.of("kind", List.of(List.of("nested"))), "x"));
        DocumentFacts bad = new DocumentFacts("doc:a", "a.txt", "A", null, null, null, null, TEXT, List.of(), entities, good.relations());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(bad, "1"));
        assertThat(t.counts()).containsExactly(0L, 0L);
    }

    @Test
    void entitiesMergeByAliasAcrossArticles() {
        loader.load(article(TEXT, List.of()), "1");
        String text = "Emomali Rahmon visited Tehran.";
        DocumentFacts other = new DocumentFacts("doc:c", "c.txt", null, null, null, null, null, text, List.of(),
                List.of(new Entity("person:emomalii-rahmon", "Person", "Emomalii Rahmon", List.of("Emomali Rahmon"), Map.of(), "x"),
                        new Entity("state:IRN", "State", "Iran", List.of(), Map.of(), "x")),
                List.of(new Relation("VISITED", "person:emomalii-rahmon", "state:IRN", Map.of(), List.of(new Evidence(text, 0, text.length(), "visit")))));
        loader.load(other, "1");
        assertThat(count("MATCH (p:Person) WHERE p.name CONTAINS 'Rahmon' RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {id:'person:emomali-rahmon'})-[v:VISITED]->(:State {id:'state:IRN'}) RETURN count(v)")).isEqualTo(1);
    }

    @Test
    void aKindOfDocumentIdentifiesNoAgreementAcrossArticles() {
        // "a joint statement" in one article and "the joint statement on trade" in another are two documents, whichever
        // article is imported first
        for (boolean reversed : new boolean[] {false, true}) {
            t.clean();
            DocumentFacts a = agreementArticle("doc:j1", "agreement:joint-statement-irn-tjk", "joint statement",
                    List.of("joint statement"));
            DocumentFacts b = agreementArticle("doc:j2", "agreement:joint-statement-on-trade-irn-tjk",
                    "joint statement on trade", List.of("joint statement", "joint statement on trade"));
            loader.load(reversed ? b : a, "1");
            loader.load(reversed ? a : b, "1");
            assertThat(count("MATCH (a:Agreement) RETURN count(a)")).as("reversed %s", reversed).isEqualTo(2);
        }
    }

    private static DocumentFacts agreementArticle(String doc, String id, String name, List<String> aliases) {
        String text = "Iran and Tajikistan signed a " + name + ".";
        Evidence e = new Evidence(text, 0, text.length(), "party-subject");
        return new DocumentFacts(doc, doc.substring(4) + ".txt", null, null, null, null, null, text, List.of(),
                List.of(new Entity(id, "Agreement", name, aliases, Map.of("kind", "joint-statement"), "generic-agreement"),
                        new Entity("state:IRN", "State", "Iran", List.of(), Map.of("iso3", "IRN", "iso2", "IR"), "x")),
                List.of(new Relation("PARTY_TO", "state:IRN", id, Map.of(), List.of(e))));
    }

    @Test
    void curationAddsAliasesMergesRenamesAndRejects() throws Exception {
        Path file = Files.createTempFile("curation", ".yaml");
        Files.writeString(file, """
                aliases:
                  "state:TJK": ["Tadzhikistan"]
                merge:
                  - from: "person:emomali-rahmon"
                    into: "person:emomali-rahmonov"
                rename:
                  "org:sco": "SCO (curated)"
                reject:
                  relations:
                    - { type: MEMBER_OF, source: "state:TJK", target: "*" }
                """);
        Loader curated = new Loader(t.db(), Curation.read(file), Duration.ofSeconds(30));
        curated.load(article(TEXT, List.of()), "1");
        assertThat(count("MATCH (p:Person {id:'person:emomali-rahmonov'})-[:MET]-() RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (p:Person {id:'person:emomali-rahmon'}) RETURN count(p)")).isZero();
        assertThat(count("MATCH (s:State {id:'state:TJK'}) WHERE 'Tadzhikistan' IN s.aliases RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organization {name:'SCO (curated)'}) RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (:State {id:'state:TJK'})-[r:MEMBER_OF]->() RETURN count(r)")).isZero();
        // re-importing keeps the corrections
        curated.load(article(TEXT, List.of()), "1");
        assertThat(count("MATCH (p:Person {id:'person:emomali-rahmon'}) RETURN count(p)")).isZero();
    }
}
