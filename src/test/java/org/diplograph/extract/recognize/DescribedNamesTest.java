package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasEntity;
import static org.diplograph.extract.RuleFacts.hasNoEntity;

import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Rule family described names: a company or place no gazetteer holds, named after a noun that says what it is. */
class DescribedNamesTest {

    @Test
    void aCompanyAfterACompanyNoun() {
        Entity o = hasEntity(extract("The state concern Turkmenhimiya published the figures."), "org:turkmenhimiya",
                "Organization", "org-described");
        assertThat(o.properties()).containsEntry("kind", "company");
    }

    @Test
    void aPlaceIntroducedByItsState() {
        Entity p = hasEntity(extract("Trucks crossed into the Uzbek border city of Sariosiyo on Monday."),
                "place:sariosiyo", "Place", "place-described");
        assertThat(p.properties()).containsEntry("kind", "city");
    }

    @Test
    void aPlaceNounWithoutItsStateNamesNoPlace() {
        hasNoEntity(extract("Trucks crossed into the city of Sariosiyo on Monday."), "place:sariosiyo");
    }
}
