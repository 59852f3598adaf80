package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasEntity;
import static org.diplograph.extract.RuleFacts.hasNoRelation;
import static org.diplograph.extract.RuleFacts.hasRelation;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Signing rules: SIGNED, PARTY_TO, CONCERNS, and the signers' meeting and visit to the city of the signing. */
class SigningRulesTest {
    private static final String TALKS = "Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr "
            + "Japarov in Tashkent. ";

    @Test
    void signersTheirStatesTheirMeetingAndTheVisit() {
        DocumentFacts d = extract("Uzbek Foreign Minister Bakhtiyor Saidov and Afghan Foreign Minister Amir Khan Muttaqi "
                + "signed the Treaty on Strategic Partnership in Kabul.");
        String treaty = "agreement:treaty-on-strategic-partnership-afg-uzb";
        Entity t = hasEntity(d, treaty, "Agreement", "named-agreement");
        assertThat(t.properties()).containsEntry("stage", "signed");
        hasRelation(d, "SIGNED", "person:bakhtiyor-saidov", treaty, "signed");
        hasRelation(d, "SIGNED", "person:amir-khan-muttaqi", treaty, "signed");
        hasRelation(d, "PARTY_TO", "state:UZB", treaty, "party-signer");
        hasRelation(d, "PARTY_TO", "state:AFG", treaty, "party-signer");
        hasRelation(d, "MET", "person:bakhtiyor-saidov", "person:amir-khan-muttaqi", "met-signing");
        hasRelation(d, "VISITED", "person:bakhtiyor-saidov", "place:kabul", "visit-signing");
        hasNoRelation(d, "VISITED", "person:amir-khan-muttaqi", "place:kabul");
    }

    @Test
    void partiesFromTheSubjectFromBetweenAndFromTheContext() {
        String treaty = "agreement:treaty-on-strategic-partnership-kgz-uzb";
        DocumentFacts d = extract("Uzbekistan and Kyrgyzstan signed the Treaty on Strategic Partnership in Tashkent.");
        hasRelation(d, "PARTY_TO", "state:UZB", treaty, "party-subject");
        hasRelation(d, "PARTY_TO", "state:KGZ", treaty, "party-subject");
        d = extract("The Treaty on Strategic Partnership between Uzbekistan and Kyrgyzstan was ratified in May.");
        hasRelation(d, "PARTY_TO", "state:UZB", treaty, "agreement-between");
        hasRelation(d, "PARTY_TO", "state:KGZ", treaty, "agreement-between");
        d = extract(TALKS + "The sides signed the Treaty on Strategic Partnership.");
        hasRelation(d, "PARTY_TO", "state:UZB", treaty, "party-context");
        hasRelation(d, "PARTY_TO", "state:KGZ", treaty, "party-context");
    }

    @Test
    void theLeadersNamedBeforeSigned() {
        DocumentFacts d = extract(TALKS + "The two leaders signed the Treaty on Strategic Partnership.");
        String treaty = "agreement:treaty-on-strategic-partnership-kgz-uzb";
        hasRelation(d, "SIGNED", "person:shavkat-mirziyoyev", treaty, "signed");
        hasRelation(d, "SIGNED", "person:sadyr-japarov", treaty, "signed");
    }

    @Test
    void anAgreementConcerningACorridor() {
        hasRelation(extract("Uzbekistan and Afghanistan signed the Treaty on Strategic Partnership which covers the "
                + "Trans-Afghan Railway."), "CONCERNS", "agreement:treaty-on-strategic-partnership-afg-uzb",
                "corridor:trans-afghan-railway", "agreement-corridor");
        hasRelation(extract("The agreement on the Trans-Afghan Railway was praised by experts."), "CONCERNS",
                "agreement:agreement-on-the-trans-afghan-railway", "corridor:trans-afghan-railway",
                "agreement-on-corridor");
    }

    @Test
    void noSigningExpectedHedgedOrWitnessed() {
        for (String s : new String[] {
                "Uzbek President Shavkat Mirziyoyev is expected to sign the Treaty on Strategic Partnership.",
                "Uzbek President Shavkat Mirziyoyev could sign the Treaty on Strategic Partnership."}) {
            DocumentFacts d = extract(s);
            hasNoRelation(d, "SIGNED");
            hasNoRelation(d, "PARTY_TO");
            assertThat(hasEntity(d, "agreement:treaty-on-strategic-partnership", "Agreement", "named-agreement")
                    .properties()).doesNotContainKey("stage");
        }
        hasNoRelation(extract("Uzbek President Shavkat Mirziyoyev witnessed the signing of the Treaty on Strategic "
                + "Partnership."), "SIGNED");
    }
}
