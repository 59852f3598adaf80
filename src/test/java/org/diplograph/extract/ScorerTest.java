package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer matches a wildcard MET pair whichever way its ids sort, and a person, place, corridor or organization by the article's spelling of its name. */
class ScorerTest {

    @Test
    void aWildcardMeetingMatchesEitherOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "Tajik President Emomali Rahmon met Uzbek Prime Minister Abdulla Aripov in "
                + "Dushanbe on Friday.\n");
        // "*mali-rahmon" sorts before "abdulla-aripov"; the extractor's "emomali-rahmon" after it
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": [], "relations": ["MET person:*mali-rahmon person:abdulla-aripov"]}
                """);
        Scorer.Report r = new Scorer(new Extractor()).score(dir);
        assertThat(r.get("MET").tp).isEqualTo(1);
        assertThat(r.get("MET").fn).isZero();
    }

    @Test
    void aPersonResolvedToHisCanonicalIdMatchesTheArticlesSpelling(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "Iranian President Ebrahim Raisi met Turkmen leader Gurbanguly Berdimuhamedow "
                + "in Tehran on Wednesday.\n");
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Person person:gurbanguly-berdimuhamedow", "Person person:ebrahim-raisi", "Place place:tehran"],
                 "relations": ["MET person:ebrahim-raisi person:gurbanguly-berdimuhamedow"]}
                """);
        Scorer.Report r = new Scorer(new Extractor()).score(dir);
        assertThat(r.get("Person").tp).isEqualTo(2);
        assertThat(r.get("Person").fp).isZero();
        assertThat(r.get("MET").tp).isEqualTo(1);
        assertThat(r.errors).noneMatch(e -> e.contains(" Person ") || e.contains(" MET "));
    }

    /** real14 (r283): the article's "Middle Corridor" is the gazetteer's Trans-Caspian International Transport Route. */
    @Test
    void aCorridorResolvedToItsCanonicalIdMatchesTheArticlesName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "The Middle Corridor connects Kazakhstan and Azerbaijan across the Caspian Sea.\n");
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Corridor corridor:*middle-corridor*"], "relations": []}
                """);
        Scorer.Report r = new Scorer(new Extractor()).score(dir);
        assertThat(r.get("Corridor").tp).isEqualTo(1);
        assertThat(r.get("Corridor").fp).isZero();
    }

    @Test
    void anIdThatDiffersOnlyInHyphensIsTheSameName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "Uzbek President Shavkat Mirziyoyev visited Xi'an on Thursday.\n");
        // "Xi'an": the gold writes xi-an, the extractor xian
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Person person:shavkat-mirziyoyev", "Place place:xi-an"],
                 "relations": ["VISITED person:shavkat-mirziyoyev place:xi-an"]}
                """);
        Scorer.Report r = new Scorer(new Extractor()).score(dir);
        assertThat(r.get("Place").tp).isEqualTo(1);
        assertThat(r.get("VISITED").tp).isEqualTo(1);
        assertThat(r.errors).noneMatch(e -> e.contains("xi"));
    }

    /** real1 (r22): the gold names India Ports Global Limited by its acronym; an organ given a state is not renamed. */
    @Test
    void anOrganizationMatchesTheGoldByTheAcronymTheArticleGives(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "India Ports Global Limited (IPGL) signed a 10-year contract with Iran on "
                + "Monday.\n");
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Organization org:ipgl", "State state:IND", "State state:IRN"], "relations": []}
                """);
        Scorer.Report r = new Scorer(new Extractor()).score(dir);
        assertThat(r.get("Organization").tp).isEqualTo(1);
        assertThat(r.get("Organization").fp).isZero();
    }

    /** real11 (r217): a state's organ matches the gold by the name the article gives it, with the same state only. */
    @Test
    void anOrganMatchesTheGoldByItsNameWithItsState(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty of Turkmenistan, "
                + "visited the site.\n");
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Organization org:tkm-halk-maslahaty*", "Person person:gurbanguly-berdimuhamedov",
                 "State state:TKM"], "relations": []}
                """);
        assertThat(new Scorer(new Extractor()).score(dir).get("Organization").tp).isEqualTo(1);
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Organization org:uzb-halk-maslahaty*", "Person person:gurbanguly-berdimuhamedov",
                 "State state:TKM"], "relations": []}
                """);
        assertThat(new Scorer(new Extractor()).score(dir).get("Organization").tp).isZero();
    }
}
