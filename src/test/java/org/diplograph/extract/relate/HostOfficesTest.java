package org.diplograph.extract.relate;

import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;
import static org.diplograph.extract.RuleFacts.extract;

import org.junit.jupiter.api.Test;

/** A host whose office names no state holds it of the state his foreign visitors came to. */
class HostOfficesTest {
    @Test
    void aHostWhoWelcomedAVisitorIsOfTheVisitedState() {
        assertRelation(extract("Iraqi Prime Minister Mohammed Shia Al-Sudani arrived in Kuwait on Wednesday. Sudani was "
                + "welcomed by Crown Prince Sheikh Sabah Al-Khalid Al-Sabah at Bayan Palace."),
                "HOLDS_OFFICE", "person:sabah-al-khalid-al-sabah", "state:KWT", "office-host");
    }

    @Test
    void notWhenHisVisitorsWentToDifferentStates() {
        assertNoRelation(extract("Iraqi Prime Minister Mohammed Shia Al-Sudani arrived in Kuwait on Wednesday. On Thursday, "
                + "Uzbek President Shavkat Mirziyoyev arrived in Baku. Crown Prince Sheikh Sabah Al-Khalid Al-Sabah "
                + "met Sudani. Crown Prince Sheikh Sabah Al-Khalid Al-Sabah also met Mirziyoyev."),
                "HOLDS_OFFICE", "person:sabah-al-khalid-al-sabah", "state:KWT");
    }

    /** real19 (r372): a parliament's chairman and a province's governor who met the visitor are of the state visited. */
    @Test
    void aHostsParliamentaryOrProvincialOfficeToo() {
        var d = extract("Iranian President Ebrahim Raisi arrived in Pakistan on Monday for a three-day visit. He met "
                + "Senate Chairman Yusuf Raza Gilani on Tuesday. He then met with Sindh Governor Kamran Tessori.");
        assertRelation(d, "HOLDS_OFFICE", "person:yusuf-raza-gilani", "state:PAK", "office-host");
        assertRelation(d, "HOLDS_OFFICE", "person:kamran-tessori", "state:PAK", "office-host");
    }
}
