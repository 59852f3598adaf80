package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Relation;
import org.junit.jupiter.api.Test;

/** Every rule of {@code rules/relations.tokensregex} gives its relation on its own test sentence, extracted in full. */
class SurfaceRulesTest {

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    private static List<Relation> byRule(DocumentFacts d, String rule) {
        return d.relations().stream().filter(r -> r.evidence().get(0).rule().equals(rule)).toList();
    }

    /** Whether the entity's id or name holds the text ("state:UZB" is named Uzbekistan). */
    private static boolean names(DocumentFacts d, String id, String text) {
        if (id.contains(slug(text))) return true;
        return d.entities().stream().anyMatch(e -> e.id().equals(id) && e.name().contains(text));
    }

    @Test
    void everyRuleGivesItsRelationOnItsTestSentence() {
        assertThat(SurfaceRules.RULES).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (SurfaceRule r : SurfaceRules.RULES) {
            DocumentFacts d = extract(r.test());
            List<Relation> found = byRule(d, r.id());
            // MET is undirected: its two ends are stored in id order
            boolean ok = found.stream().anyMatch(x -> x.type().equals(r.type())
                    && (names(d, x.source(), r.expectSource()) && names(d, x.target(), r.expectTarget())
                    || r.type().equals("MET") && names(d, x.source(), r.expectTarget()) && names(d, x.target(), r.expectSource())));
            if (!ok) {
                failures.add(r.id() + ": expected " + r.expectSource() + " > " + r.expectTarget() + " in '" + r.test()
                        + "', found " + found.stream().map(x -> x.type() + " " + x.source() + " > " + x.target()).toList());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void ruleIdsAreUniqueAcrossBothRuleFiles() {
        Set<String> ids = new HashSet<>();
        for (SurfaceRule r : SurfaceRules.RULES) assertThat(ids.add(r.id())).as(r.id()).isTrue();
        for (RelationRule r : RelationRule.load("/rules/relations.semgrex")) assertThat(ids.add(r.id())).as(r.id()).isTrue();
    }

    @Test
    void aHedgeGivesNothing() {
        assertThat(byRule(extract("Iranian President Ebrahim Raisi will be in Doha for a two-day trip next week."),
                "surf-visit-was-in-for")).isEmpty();
        assertThat(byRule(extract("Foreign Minister Ararat Mirzoyan is not at the head of a delegation to Tbilisi."),
                "surf-visit-leads-delegation")).isEmpty();
    }

    @Test
    void aGroupHoldingAListGivesOneRelationPerEntity() {
        DocumentFacts d = extract("Foreign Minister Ararat Mirzoyan is at the head of a delegation to Georgia, Azerbaijan "
                + "and Turkey.");
        assertThat(byRule(d, "surf-visit-leads-delegation")).extracting(Relation::target)
                .containsExactlyInAnyOrder("state:GEO", "state:AZE", "state:TUR");
    }

    @Test
    void aLonePronounIsTheLastSubject() {
        DocumentFacts d = extract("Foreign Minister Ararat Mirzoyan spoke in Yerevan on Monday. On Tuesday he left at the "
                + "head of a delegation to Tbilisi.");
        assertThat(byRule(d, "surf-visit-leads-delegation")).extracting(Relation::source, Relation::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person:ararat-mirzoyan", "place:tbilisi"));
    }

    @Test
    void aDemonymIsNoPlaceVisited() {
        assertThat(byRule(extract("Foreign Minister Ararat Mirzoyan is at the head of a delegation to Georgian talks."),
                "surf-visit-leads-delegation")).isEmpty();
    }

    @Test
    void aBadRuleLineFailsWithItsNumber() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SurfaceRule.parse("f", 7, "x\tMET\t/a/\tA.\ta > b"))
                .hasMessageContaining("f line 7").hasMessageContaining("(?$a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SurfaceRule.parse("f", 8, "x\tLOVES\t(?$a /a/) (?$b /b/)\tA.\ta > b"))
                .hasMessageContaining("unknown relation type");
    }

    @Test
    void theVisitorIsTheOneNamedByOrAsPossessorNotTheSentencesFirstPerson() {
        DocumentFacts d = extract("Uzbek President Shavkat Mirziyoyev welcomed Russian President Vladimir Putin's state visit "
                + "to Uzbekistan.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("VISITED")).extracting(Relation::source)
                .containsOnly("person:vladimir-putin");
        assertThat(extract("Foreign Minister Ishaq Dar said the visit by a Pakistani delegation to Bangladesh went well.")
                .relations()).noneMatch(r -> r.type().equals("VISITED"));
    }

    @Test
    void aMeetingHasItsEventAndItsForeignAttendeeVisitedTheCity() {
        DocumentFacts d = extract("Kazakh President Kassym-Jomart Tokayev spoke during a joint press briefing with Russian "
                + "President Vladimir Putin in Astana on May 5, 2024.");
        assertThat(byRule(d, "surf-met-joint-press")).singleElement()
                .satisfies(r -> assertThat(r.properties()).containsKey("event"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("ATTENDED") && r.source().equals("person:vladimir-putin"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("VISITED") && r.source().equals("person:vladimir-putin")
                && r.target().equals("place:astana"));
        assertThat(d.relations()).noneMatch(r -> r.type().equals("VISITED") && r.source().equals("person:kassym-jomart-tokayev"));
    }

    @Test
    void coWitnessesWithTheDayBeforeTheSigning() {
        DocumentFacts d = extract("Egyptian President Abdel Fattah El Sisi and his Tajik counterpart Emomali Rahmon witnessed on "
                + "Thursday 10/3/2022 the signing of a number of memorandums of understanding.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:abdel-fattah-el-sisi")
                && r.target().equals("person:emomali-rahmon") && r.evidence().get(0).rule().equals("surf-met-witnessed"));
    }

    @Test
    void coWitnessesWithALongOfficeBeforeTheSecondName() {
        DocumentFacts d = extract("The documents were signed in Tehran in the presence of Iranian President Ebrahim Raisi and "
                + "Chairman of the People\u2019s Council of Turkmenistan Gurbanguly Berdimuhamedow.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:ebrahim-raisi")
                && r.target().equals("person:gurbanguly-berdimuhamedov")
                && r.evidence().get(0).rule().equals("surf-met-in-presence"));
    }

    @Test
    void myIsTheSpeaker() {
        // a quote that names nobody goes on from the last subject
        DocumentFacts d = extract("Georgian Prime Minister Giorgi Gakharia met with President of Azerbaijan Ilham Aliyev.\n\n"
                + "\u201cMy first official visit to Azerbaijan is not accidental.\u201d");
        assertThat(byRule(d, "surf-visit-my-visit")).extracting(Relation::source, Relation::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person:giorgi-gakharia", "state:AZE"));
        // a visit to come is none
        assertThat(byRule(extract("\"You and I could approve the plan during my visit to Pakistan,\" Belarusian President "
                + "Alexander Lukashenko said."), "surf-visit-my-visit")).isEmpty();
    }

    @Test
    void asPartOfHisVisit() {
        assertThat(byRule(extract("As part of his official visit to Kazakhstan, Uzbek President Shavkat Mirziyoyev was "
                + "welcomed by Kassym-Jomart Tokayev."), "surf-visit-during-his")).extracting(Relation::source, Relation::target)
                .contains(org.assertj.core.groups.Tuple.tuple("person:shavkat-mirziyoyev", "state:KAZ"));
    }
}
