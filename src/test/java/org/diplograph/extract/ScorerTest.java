package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scorer matches a wildcard MET pair whichever way its ids sort. */
class ScorerTest {

    @Test
    void aWildcardMeetingMatchesEitherOrder() throws Exception {
        Path dir = Files.createTempDirectory("scorer");
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
}
