package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

/** One name for two states' organs ("the foreign ministries of Iran and Qatar") is one Organization per state. */
class PluralOrgansTest {
    private static List<String> organs(DocumentFacts d) {
        return d.entities().stream().filter(e -> e.label().equals("Organization")).map(Entity::id).sorted().toList();
    }

    @Test
    void theMinistriesOfTwoNamedStates() {
        assertThat(organs(extract("The deals cover political consultations between the foreign ministries of Iran and Qatar.")))
                .contains("org:irn-foreign-ministry", "org:qat-foreign-ministry");
        assertThat(organs(extract("As a result of negotiations between the Ministries of Foreign Affairs of Turkmenistan "
                + "and Turkey, a Cooperation Program was signed."))).contains("org:tkm-foreign-ministry", "org:tur-foreign-ministry");
        assertThat(organs(extract("The Ministries of Healthcare of Kazakhstan and Iran will work together.")))
                .contains("org:kaz-ministry-of-healthcare", "org:irn-ministry-of-healthcare");
    }

    /** real5 (r93, r105), real14 (r275): "between the agriculture ministries", "of both nations": the article's pair. */
    @Test
    void theMinistriesOfBothSidesAreThoseOfTheArticlesPair() {
        String pair = "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon. Kyrgyzstan and Tajikistan discussed "
                + "the border. Kyrgyzstan and Tajikistan are neighbours. ";
        assertThat(organs(extract(pair + "They signed an agreement between the agriculture ministries on access to water.")))
                .contains("org:kgz-ministry-of-agriculture", "org:tjk-ministry-of-agriculture");
        assertThat(organs(extract(pair + "A memorandum on healthcare between the Ministries of Healthcare of both nations was signed.")))
                .contains("org:kgz-ministry-of-healthcare", "org:tjk-ministry-of-healthcare");
    }

    @Test
    void notWithoutTwoStatesOrAPairCue() {
        assertThat(organs(extract("The ministries of several countries took part in the forum in Tashkent.")))
                .noneMatch(id -> id.contains("ministry"));
        assertThat(organs(extract("Kyrgyzstan and Tajikistan are neighbours. Officials of the relevant ministries met.")))
                .noneMatch(id -> id.contains("ministry"));
    }
}
