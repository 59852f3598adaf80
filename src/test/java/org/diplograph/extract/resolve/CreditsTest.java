package org.diplograph.extract.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A photo credit at the end of a caption names nobody in the story. */
class CreditsTest {
    @Test
    void namesBetweenSlashesAfterTheFullStopAreACredit() {
        DocumentFacts d = extract("Russia's President Vladimir Putin and India's Prime Minister Narendra Modi attend a meeting "
                + "near Moscow, Russia July 8, 2024. / Reuters/Sputnik/Gavriil Grigorov/Pool");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:gavriil-grigorov") || e.id().equals("org:sputnik"));
        assertThat(d.relations()).anyMatch(r -> r.type().equals("MET") && r.source().equals("person:narendra-modi"));
    }
}
