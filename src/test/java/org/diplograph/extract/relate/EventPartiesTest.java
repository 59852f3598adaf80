package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Event parties: an agreement no rule gave a party is the states of the article's meeting ({@code party-event-states}). */
class EventPartiesTest {

    private static boolean party(DocumentFacts d, String state, String agreementPrefix) {
        return d.relations().stream().anyMatch(r -> r.type().equals("PARTY_TO") && r.source().equals(state)
                && r.target().startsWith(agreementPrefix));
    }

    @Test
    void theLargestPackageOfTheMeeting() {
        DocumentFacts d = extract("Pakistani Prime Minister Shehbaz Sharif held talks with Kyrgyz President Sadyr Japarov in "
                + "Islamabad. The talks culminated in 15 MoUs and agreements on energy, mining and trade.");
        assertThat(party(d, "state:PAK", "agreement:kgz-pak-package-15")).isTrue();
        assertThat(party(d, "state:KGZ", "agreement:kgz-pak-package-15")).isTrue();
    }

    @Test
    void theMeetingsDeclaration() {
        DocumentFacts d = extract("Azerbaijani Foreign Minister Jeyhun Bayramov, Turkish Foreign Minister Hakan Fidan and "
                + "Georgian Foreign Minister Ilia Darchiashvili met in Baku on 15 March 2024. The text of the Baku "
                + "Declaration of the Ninth Trilateral Meeting has been disclosed.");
        assertThat(party(d, "state:GEO", "agreement:baku-declaration")).isTrue();
        assertThat(party(d, "state:TUR", "agreement:baku-declaration")).isTrue();
    }

    @Test
    void noPartyForASigningToComeOrForMeetingsOfDifferentStates() {
        DocumentFacts d = extract("Iraqi Prime Minister Mohammed Shia Al-Sudani met Iranian President Masoud Pezeshkian in "
                + "Tehran. Al-Sudani is set to sign around eight memorandums of understanding with Iran.");
        assertThat(d.relations()).noneMatch(r -> r.type().equals("PARTY_TO") && r.target().contains("package-8"));
        DocumentFacts e = extract("Iraqi Prime Minister Mohammed Shia Al-Sudani met Iranian President Masoud Pezeshkian in "
                + "Tehran. Later Pezeshkian received Armenian Prime Minister Nikol Pashinyan. The talks culminated in 15 "
                + "MoUs and agreements on energy, mining and trade.");
        assertThat(e.relations()).noneMatch(r -> r.type().equals("PARTY_TO") && r.evidence().stream()
                .anyMatch(x -> x.rule().equals("party-event-states")));
    }
}
