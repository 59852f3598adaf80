package org.diplograph.extract.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extractArticle;

import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** A ministry named without its state is, in a national outlet's article, the outlet's own state's. */
class HomeOrgansTest {
    private static final String BODY = "\n\nIranian President Ebrahim Raisi concluded his visit to Pakistan with what the "
            + "Ministry of Foreign Affairs described as productive discussions.\n";

    /** real19 (r372, r388): suchtv.pk and thestandard.com.pk write "the Ministry of Foreign Affairs" for Pakistan's. */
    @Test
    void aPakistaniOutletsMinistryIsPakistans() {
        assertThat(extractArticle("a.txt", "title: T\nsource: SUCH TV (suchtv.pk)\nurl: https://www.suchtv.pk/a.html" + BODY)
                .entities()).extracting(Entity::id).contains("org:pak-foreign-ministry")
                .doesNotContain("org:ministry-of-foreign-affairs");
        assertThat(extractArticle("b.txt", "title: T\nsource: The Standard (thestandard.com.pk)" + BODY)
                .entities()).extracting(Entity::id).contains("org:pak-foreign-ministry");
    }

    @Test
    void notOnAnInternationalSite() {
        assertThat(extractArticle("c.txt", "title: T\nsource: Some Times (sometimes.com)\nurl: https://sometimes.com/a" + BODY)
                .entities()).extracting(Entity::id).contains("org:ministry-of-foreign-affairs")
                .noneMatch(id -> id.startsWith("org:pak-"));
    }
}
