package org.diplograph.extract.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;

import org.junit.jupiter.api.Test;

/** An office with no state, in an article about two states, is of the state the holder's hosts are not from. */
class PairOfficesTest {
    private static final String PAIR = "Pakistan and Tajikistan agreed to complete the CASA-1000 project. ";

    @Test
    void aMinisterWhoMetTheOtherStatesLeaderIsOfTheFirst() {
        assertRelation(extract(PAIR + "The development came during a meeting between Tajikistan President Emomali Rahmon "
                + "and Foreign Minister Hammad Azhar in Dushanbe. Pakistan and Tajikistan will trade more."),
                "HOLDS_OFFICE", "person:hammad-azhar", "state:PAK", "office-article-pair");
    }

    @Test
    void notWithAThirdStateOrMeetingsOnBothSides() {
        assertNoRelation(extract("Iran, Pakistan and Tajikistan agreed on trade. Tajikistan President Emomali Rahmon met "
                + "Foreign Minister Hammad Azhar in Dushanbe."), "HOLDS_OFFICE", "person:hammad-azhar", "state:PAK");
        assertThat(extract(PAIR + "Tajikistan President Emomali Rahmon met Foreign Minister Hammad Azhar. Azhar "
                + "also met Prime Minister Imran Khan. Pakistan and Tajikistan will trade more.").relations())
                .noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.evidence().get(0).rule().equals("office-article-pair"));
    }
}
