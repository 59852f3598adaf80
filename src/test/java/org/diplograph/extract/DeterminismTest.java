package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    @Test
    void sameInputGivesByteIdenticalJson() throws Exception {
        // the seeds and the real-article folders (the longest and most varied text; the whole corpus took a minute of
        // the suite's two lanes twice over)
        List<Path> in = new java.util.ArrayList<>(List.of(Path.of("seeds"), Path.of("src/test/resources/corpus/dev")));
        for (int i = 1; i <= 8; i++) in.add(Path.of("src/test/resources/corpus/real" + i));
        String a = FactsJson.write(new Extractor().extractAll(in));
        String b = FactsJson.write(new Extractor().extractAll(in));
        assertThat(a).isEqualTo(b);
        assertThat(a).contains("\"extractorVersion\" : \"1\"");
    }

    @Test
    void sameEntityInTwoArticlesGetsTheSameId() {
        Extractor x = new Extractor();
        var d1 = x.extract("a.txt", "Turkmen President Serdar Berdimuhamedow met Iran's Deputy Minister of Trade, "
                + "Mohammad Ali Dehghan Dehnawi, in Türkiye.");
        var d2 = x.extract("b.txt", "Turkmen President Serdar Berdimuhamedov met Iran's Deputy Minister of Trade, "
                + "Mohammad Ali Dehghan Dehnavi, in Turkey.");
        assertThat(d1.entities()).extracting(e -> e.id()).isEqualTo(d2.entities().stream().map(e -> e.id()).toList());
        assertThat(d1.entities()).extracting(e -> e.id())
                .contains("person:serdar-berdimuhamedov", "person:mohammad-ali-dehghan-dehnavi", "state:TUR");
    }
}
