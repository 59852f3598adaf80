package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Facts;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts the five seed articles must give (issue 3), each with its quote. */
class SeedFactsTest {
    static Facts facts;

    @BeforeAll
    static void extract() throws Exception {
        facts = new Extractor().extractAll(List.of(Path.of("seeds")));
    }

    static DocumentFacts doc(String prefix) {
        return facts.documents().stream().filter(d -> d.file().startsWith(prefix)).findFirst().orElseThrow();
    }

    static List<Relation> rels(String type, String source, String target) {
        return facts.documents().stream().flatMap(d -> d.relations().stream())
                .filter(r -> r.type().equals(type) && r.source().equals(source) && r.target().equals(target)).toList();
    }

    static List<Relation> relsIn(DocumentFacts d, String type, String source, String target) {
        return d.relations().stream()
                .filter(r -> r.type().equals(type) && r.source().equals(source) && r.target().equals(target)).toList();
    }

    static void quoted(Relation r, String fragment) {
        assertThat(r.evidence()).isNotEmpty();
        assertThat(r.evidence()).anySatisfy(e -> assertThat(e.quote()).contains(fragment));
    }

    @Test
    void allFiveSeedsExtractedAndEveryEvidenceQuotesTheOriginalText() {
        assertThat(facts.documents()).hasSize(5);
        for (DocumentFacts d : facts.documents()) {
            for (Relation r : d.relations()) {
                assertThat(r.evidence()).as(r.toString()).isNotEmpty();
                for (Evidence e : r.evidence()) {
                    assertThat(d.text().substring(e.start(), e.end())).isEqualTo(e.quote());
                    assertThat(e.rule()).isNotBlank();
                }
            }
            for (Entity e : d.entities()) assertThat(e.rule()).isNotBlank();
        }
    }

    @Test
    void pezeshkianMetRahmonOn16January2025InDushanbe() {
        List<Relation> met = rels("MET", "person:emomali-rahmon", "person:masoud-pezeshkian");
        assertThat(met).anySatisfy(r -> {
            assertThat(r.properties()).containsEntry("date", "2025-01-16");
            quoted(r, "Emomali Rahmon");
        });
        Relation dated = met.stream().filter(r -> "2025-01-16".equals(r.properties().get("date"))
                && rels("HELD_IN", (String) r.properties().get("event"), "place:dushanbe").size() > 0).findFirst()
                .orElseThrow();
        quoted(dated, "Dushanbe");
    }

    @Test
    void treatyOnComprehensiveStrategicPartnershipSignedByPezeshkianAndPutin() {
        String treaty = "agreement:treaty-on-comprehensive-strategic-partnership-irn-rus";
        DocumentFacts d = doc("000");
        for (String p : List.of("person:masoud-pezeshkian", "person:vladimir-putin")) {
            Relation r = relsIn(d, "SIGNED", p, treaty).get(0);
            assertThat(r.properties()).containsEntry("date", "2025-01-17").containsEntry("dateInferred", true);
            quoted(r, "Treaty on Comprehensive Strategic Partnership");
        }
        for (String s : List.of("state:IRN", "state:RUS")) {
            quoted(relsIn(d, "PARTY_TO", s, treaty).get(0), "Treaty on Comprehensive Strategic Partnership");
        }
        Entity e = d.entities().stream().filter(x -> x.id().equals(treaty)).findFirst().orElseThrow();
        assertThat(e.properties()).containsEntry("kind", "treaty").containsEntry("date", "2025-01-17");
    }

    @Test
    void iranianDefenceMinistersOctober2023VisitWithRahmonAndMirzo() {
        DocumentFacts d = doc("004");
        assertThat(d.published()).isEqualTo("2023-11-02");
        String minister = "person:mohammad-reza-gharaei-ashtiani";
        assertThat(relsIn(d, "HOLDS_OFFICE", minister, "state:IRN")).isNotEmpty();
        assertThat(relsIn(d, "HOLDS_OFFICE", "person:sherali-mirzo", "state:TJK")).isNotEmpty();
        Relation visit = relsIn(d, "VISITED", minister, "place:dushanbe").get(0);
        assertThat((String) visit.properties().get("date")).startsWith("2023-10");
        for (String other : List.of("person:emomali-rahmon", "person:sherali-mirzo")) {
            String a = minister.compareTo(other) < 0 ? minister : other;
            String b = a.equals(minister) ? other : minister;
            Relation met = relsIn(d, "MET", a, b).get(0);
            assertThat((String) met.properties().get("date")).startsWith("2023-10");
            assertThat((String) met.properties().get("event")).startsWith("event:2023-10");
            quoted(met, "held meetings with President Emomali Rahmon");
        }
        String event = (String) relsIn(d, "MET", "person:emomali-rahmon", minister).get(0).properties().get("event");
        Entity ev = d.entities().stream().filter(x -> x.id().equals(event)).findFirst().orElseThrow();
        assertThat(ev.label()).isEqualTo("Event");
        assertThat(ev.properties()).containsEntry("kind", "meeting");
    }

    @Test
    void khafHeratRailwayConnectsIranAndAfghanistan() {
        for (String s : List.of("state:IRN", "state:AFG")) {
            assertThat(rels("CONNECTS", "corridor:khaf-herat-railway", s)).anySatisfy(r -> quoted(r, "Khaf-Herat"));
        }
    }

    @Test
    void fiveNationsRailwayCorridorConnectsFiveStatesInOrder() {
        DocumentFacts d = doc("000");
        List<String> order = List.of("state:CHN", "state:KGZ", "state:TJK", "state:AFG", "state:IRN");
        for (int i = 0; i < order.size(); i++) {
            Relation r = relsIn(d, "CONNECTS", "corridor:five-nations-railway-corridor", order.get(i)).get(0);
            assertThat(r.properties()).containsEntry("order", i + 1);
            quoted(r, "Five Nations");
        }
        for (String s : order) assertThat(relsIn(doc("002"), "CONNECTS", "corridor:five-nations-railway-corridor", s)).isNotEmpty();
    }

    @Test
    void otsMembers() {
        for (String s : List.of("TUR", "AZE", "KAZ", "UZB", "KGZ")) {
            quoted(rels("MEMBER_OF", "state:" + s, "org:ots").get(0), "Organization of Turkic States (OTS), consisting of");
        }
        assertThat(rels("MEMBER_OF", "state:TJK", "org:ots")).isEmpty();
    }

    @Test
    void iranAndTajikistanInEcoAndSco() {
        for (String s : List.of("state:IRN", "state:TJK")) {
            for (String o : List.of("org:eco", "org:sco")) {
                quoted(rels("MEMBER_OF", s, o).get(0), "both countries being members");
            }
        }
    }

    @Test
    void the23DocumentPackage() {
        String id = "agreement:irn-tjk-package-23";
        Entity e = doc("000").entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(e.properties()).containsEntry("kind", "package").containsEntry("count", 23)
                .containsEntry("date", "2025-01-16");
        for (String s : List.of("state:IRN", "state:TJK")) {
            Relation r = relsIn(doc("000"), "PARTY_TO", s, id).get(0);
            quoted(r, "23 cooperation agreements were signed");
            assertThat(r.properties()).containsEntry("date", "2025-01-16");
            assertThat(relsIn(doc("003"), "PARTY_TO", s, id)).isNotEmpty();
        }
    }

    @Test
    void nothingFromSpamOrFurniture() {
        List<String> spam = List.of("clooney", "kidman", "sandra-smith", "metcalfe", "khatri", "roumie", "howard",
                "marietemara", "daily-caller", "uae", "gaza", "iraq", "xinjiang", "isis", "pakistan-and-afghanistan",
                "samir");
        DocumentFacts d3 = doc("003");
        for (Entity e : d3.entities()) {
            for (String s : spam.subList(0, 9)) assertThat(e.id()).doesNotContain(s);
        }
        assertThat(d3.dropped()).extracting(DocumentFacts.Dropped::reason).contains("seo-link-list", "trailing-headlines");
        DocumentFacts d1 = doc("001");
        assertThat(d1.entities()).extracting(Entity::id)
                .doesNotContain("state:ARE", "state:IRQ", "state:SYR", "org:isis", "org:pmf", "org:scfr", "state:PSE");
        assertThat(d1.dropped()).extracting(DocumentFacts.Dropped::reason).contains("related-content", "comment-prompt");
        assertThat(d1.published()).isEqualTo("2021-01-16");
        for (DocumentFacts d : facts.documents()) {
            for (Relation r : d.relations()) {
                for (Evidence ev : r.evidence()) {
                    for (DocumentFacts.Dropped dr : d.dropped()) {
                        assertThat(ev.start() >= dr.end() || ev.end() <= dr.start()).as(ev.quote()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void mentionsCountAndFirstSentence() {
        Relation m = relsIn(doc("000"), "MENTIONS", doc("000").id(), "person:masoud-pezeshkian").get(0);
        assertThat((Integer) m.properties().get("count")).isGreaterThanOrEqualTo(2);
        assertThat(m.evidence().get(0).quote()).startsWith("Iranian President Masoud Pezeshkian");
        assertThat(Map.of("id", doc("000").id())).containsEntry("id", "doc:000-42c68344f93e6d60");
    }
}
