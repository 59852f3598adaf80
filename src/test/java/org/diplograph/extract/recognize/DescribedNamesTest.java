package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntity;

import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Rule family described names: a company or place no gazetteer holds, named after a noun that says what it is. */
class DescribedNamesTest {

    @Test
    void aCompanyAfterACompanyNoun() {
        Entity o = assertEntity(extract("The state concern Turkmenhimiya published the figures."), "org:turkmenhimiya",
                "Organization", "org-described");
        assertThat(o.properties()).containsEntry("kind", "company");
    }

    @Test
    void aPlaceIntroducedByItsState() {
        Entity p = assertEntity(extract("Trucks crossed into the Uzbek border city of Sariosiyo on Monday."),
                "place:sariosiyo", "Place", "place-described");
        assertThat(p.properties()).containsEntry("kind", "city");
    }

    @Test
    void aPlaceNounWithoutItsStateNamesNoPlace() {
        assertNoEntity(extract("Trucks crossed into the city of Sariosiyo on Monday."), "place:sariosiyo");
    }
}
