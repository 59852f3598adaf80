package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Persons of different states who signed one agreement in one sentence met; witnesses did not. */
class CoSignersTest {
    private static final Extractor X = new Extractor();

    @Test
    void coSignersOfDifferentStatesMet() {
        DocumentFacts d = X.extract("co.txt", "Energy Ministers Bolat Akchulakov of Kazakhstan, Taalaibek Ibrayev of "
                + "Kyrgyzstan, and Zhurabek Mirzamakhmudov of Uzbekistan signed a roadmap on January 6 in Bishkek.");
        assertThat(d.relations()).filteredOn(r -> r.type().equals("MET")
                && r.evidence().get(0).rule().equals("met-co-signed")).hasSize(3);
    }

    @Test
    void witnessesDidNotMeetBySigning() {
        DocumentFacts d = X.extract("wit.txt", "Iranian Foreign Minister Abbas Araghchi signed the memorandum, which "
                + "Tajik President Emomali Rahmon witnessed.");
        assertThat(d.relations()).noneMatch(r -> r.evidence().get(0).rule().equals("met-co-signed"));
    }
}
