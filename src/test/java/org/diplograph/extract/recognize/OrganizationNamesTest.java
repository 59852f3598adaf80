package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.hasEntity;
import static org.diplograph.extract.RuleFacts.hasNoEntityLabelled;

import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** Rule family organisations: capitalised runs with an organisation head; a state's organ takes the state in its id. */
class OrganizationNamesTest {

    @Test
    void aCompanyWithItsAcronymAsId() {
        Entity o = hasEntity(extract("China National Nuclear Corporation (CNNC) will build the plant."), "org:cnnc",
                "Organization", "org-pattern");
        assertThat(o.properties()).containsEntry("kind", "company");
        hasEntity(extract("The Ports and Maritime Organization published the figures."),
                "org:ports-and-maritime-organization", "Organization", "org-pattern");
    }

    @Test
    void aStateOrganTakesTheStateNamedAfterOrBefore() {
        Entity o = hasEntity(extract("The Ministry of Transport of Mongolia published the figures."),
                "org:mng-ministry-of-transport", "Organization", "org-pattern");
        assertThat(o.properties()).containsEntry("kind", "ministry");
        hasEntity(extract("Kazakhstan's Ministry of Energy published the figures."), "org:kaz-ministry-of-energy",
                "Organization", "org-pattern");
    }

    @Test
    void aLoneHeadIsNoOrganisation() {
        hasNoEntityLabelled(extract("The Ministry published the figures."), "Organization");
    }
}
