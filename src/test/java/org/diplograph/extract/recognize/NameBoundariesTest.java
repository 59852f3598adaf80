package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Where a pattern's name runs into a person's name, the tagger's PERSON span sets the boundary. */
class NameBoundariesTest {
    @Test
    void aPortfolioIsNoPartOfTheName() {
        DocumentFacts d = extract("The MoU on climate change was signed by Special Assistant to the PM on Climate Change "
                + "Malik Amin Aslam, and Uzbek Deputy Prime Minister Sardar Umurzakov.");
        assertThat(d.entities()).anyMatch(e -> e.id().equals("person:malik-amin-aslam"));
        assertThat(d.entities()).noneMatch(e -> e.id().contains("climate-change-malik"));
    }

    @Test
    void anOrganisationEndsWhereThePersonBegins() {
        DocumentFacts d = extract("The action plan was signed by National Security Adviser Moeed Yousaf and Secretary of "
                + "the Uzbek Security Council Viktor Makhmudov.");
        assertThat(d.entities()).anyMatch(e -> e.id().equals("person:viktor-makhmudov"));
        assertThat(d.entities()).anyMatch(e -> e.id().equals("org:uzb-security-council"));
        assertThat(d.entities()).noneMatch(e -> e.id().contains("council-viktor"));
    }

    @Test
    void namesWithParticlesStayWhole() {
        DocumentFacts d = extract("Uzbek President Shavkat Mirziyoyev received Crown Prince of Dubai Hamdan bin Mohammed bin "
                + "Rashid Al Maktoum in Tashkent.");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:rashid-al-maktoum"));
    }
}
