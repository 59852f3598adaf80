package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Forms of address and ranks leave the person's id and name; a name keeps its own words. */
class HonorificsTest {
    private static final Extractor X = new Extractor();

    private static DocumentFacts facts(String text) {
        return X.extract("honorifics.txt", text);
    }

    @Test
    void formsOfAddressAndRanksLeaveTheName() {
        DocumentFacts d = facts("The agreement was signed by His Excellency Akbar Toshkulov, Minister of Justice of "
                + "Uzbekistan, and Rear Admiral Ali Shamkhani met Wang Yi in Beijing.");
        assertThat(d.entities()).extracting(Entity::id).contains("person:akbar-toshkulov")
                .noneMatch(id -> id.contains("excellency") || id.contains("admiral"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE")
                && r.source().equals("person:akbar-toshkulov") && r.target().equals("state:UZB"));
    }

    @Test
    void sheikhStripsOnlyBeforeTwoNameWords() {
        assertThat(facts("Crown Prince Sheikh Hamdan bin Mohammed met President Shavkat Mirziyoyev in Tashkent.")
                .entities()).extracting(Entity::id).anyMatch(id -> id.startsWith("person:hamdan-bin-mohammed"))
                .noneMatch(id -> id.startsWith("person:sheikh"));
    }

    /** real16 (r325): abbreviated ranks ("Maj. Gen.", "Gen.") are no persons of their own. */
    @Test
    void abbreviatedRanksAreNoPersons() {
        DocumentFacts d = facts("RIYADH — Saudi Chief of the General Staff Gen. Fayyadh Al-Ruwaili discussed on Sunday with "
                + "his Iranian counterpart Maj. Gen. Mohammad Bagheri opportunities to strengthen bilateral relations.");
        assertThat(d.entities()).extracting(Entity::id).contains("person:fayyadh-al-ruwaili", "person:mohammad-bagheri")
                .doesNotContain("person:gen", "person:maj");
    }

    /** real11 (r217): "Hero-Arkadag", Gurbanguly Berdimuhamedov's title, is no person. */
    @Test
    void heroArkadagIsATitle() {
        DocumentFacts d = facts("The National Leader of the Turkmen people and Chairman of the Halk Maslahaty of "
                + "Turkmenistan, Hero-Arkadag Gurbanguly Berdimuhamedov, visited the construction site.");
        assertThat(d.entities()).extracting(Entity::id).contains("person:gurbanguly-berdimuhamedov")
                .noneMatch(id -> id.contains("arkadag"));
    }

    @Test
    void aSenatorsGivenNameJoinsTheNameTheGazetteerKnows() {
        DocumentFacts d = facts("Foreign Minister Senator Mohammad Ishaq Dar held talks with Wang Yi in Beijing on Monday.");
        assertThat(d.entities()).extracting(Entity::id).contains("person:ishaq-dar")
                .noneMatch(id -> id.contains("senator") || id.equals("person:mohammad"));
        assertThat(d.entities()).filteredOn(e -> e.id().equals("person:ishaq-dar")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Mohammad Ishaq Dar"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:ishaq-dar")
                && r.target().equals("person:wang-yi") || r.type().equals("MET") && r.target().equals("person:ishaq-dar")
                && r.source().equals("person:wang-yi"));
    }
}
