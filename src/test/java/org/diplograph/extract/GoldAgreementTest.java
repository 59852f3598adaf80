package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two golds of one article agree on an entity written under two id conventions, on a MET pair in either order, and
 * each item counts once; and the second annotations of real19 and real20 (written blind to the first) agree with the
 * first as far as measured in session 20.
 */
class GoldAgreementTest {

    @Test
    void idsUnderTwoConventionsAndAMeetingEitherWayAgree(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Agreement agreement:*memorandum*", "Person person:*erdogan"],
                 "relations": ["MET person:*erdogan person:ilham-aliyev", "PARTY_TO state:IND agreement:*memorandum*",
                               "PARTY_TO state:IRN agreement:*memorandum*"]}
                """);
        Files.writeString(b.resolve("p.json"), """
                {"file": "p.txt", "entities": ["Agreement agreement:*memorandum*chabahar*", "Person person:recep-tayyip-erdogan",
                                               "Place place:tehran"],
                 "relations": ["MET person:ilham-aliyev person:recep-tayyip-erdogan",
                               "PARTY_TO state:IND agreement:*memorandum*chabahar*", "CONNECTS corridor:x state:IND"]}
                """);
        Scorer.Report r = GoldAgreement.compare(a, b);
        assertThat(r.get("Agreement").tp).isEqualTo(1);
        assertThat(r.get("Person").tp).isEqualTo(1);
        assertThat(r.get("Place").fp).isEqualTo(1);
        assertThat(r.get("MET").tp).isEqualTo(1);
        assertThat(r.get("PARTY_TO").tp).isEqualTo(1);
        assertThat(r.get("PARTY_TO").fn).isEqualTo(1);
        assertThat(r.get("CONNECTS").fp).isEqualTo(1);
        assertThat(r.errors).contains("p.txt FIRST-ONLY PARTY_TO state:IRN agreement:*memorandum*",
                "p.txt SECOND-ONLY CONNECTS corridor:x state:IND");
    }

    @Test
    void differentIdsDoNotAgree() {
        assertThat(GoldAgreement.sameId("agreement:*visa*", "agreement:*memorandum*")).isFalse();
        assertThat(GoldAgreement.sameId("person:ilham-aliyev", "person:aliyev")).isFalse();
        assertThat(GoldAgreement.sameId("person:*aliyev", "person:ilham-aliyev")).isTrue();
    }

    @Test
    void real19sSecondAnnotationAgreesWithTheFirst() throws Exception {
        // session 20: 263 relations in both, 38 in the second only, 20 in the first only (P 0.87, R 0.93)
        assertAgreement("real19", 0.86, 0.92);
    }

    @Test
    void real20sSecondAnnotationAgreesWithTheFirst() throws Exception {
        // session 20: 286 relations in both, 31 in the second only, 5 in the first only (P 0.90, R 0.98)
        assertAgreement("real20", 0.89, 0.97);
    }

    private static void assertAgreement(String folder, double precision, double recall) throws Exception {
        Scorer.Report r = GoldAgreement.compare(Path.of("src/test/resources/corpus", folder),
                Path.of("src/test/resources/corpus-second", folder));
        assertThat(r.passages).isEqualTo(20);
        int tp = 0, fp = 0, fn = 0;
        for (String t : Scorer.TYPES) {
            Scorer.Count c = r.get(t);
            tp += c.tp;
            fp += c.fp;
            fn += c.fn;
        }
        assertThat((double) tp / (tp + fp)).isGreaterThan(precision);
        assertThat((double) tp / (tp + fn)).isGreaterThan(recall);
    }
}
