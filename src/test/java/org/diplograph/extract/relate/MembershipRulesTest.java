package org.diplograph.extract.relate;

import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Membership rules: MEMBER_OF of states in organisations, from each way a text states it. */
class MembershipRulesTest {

    private static void members(String text, String org, String rule, String... states) {
        DocumentFacts d = extract(text);
        for (String s : states) assertRelation(d, "MEMBER_OF", "state:" + s, org, rule);
    }

    @Test
    void membersOfAndJoined() {
        members("Kazakhstan and Uzbekistan are members of the SCO.", "org:sco", "members-of", "KAZ", "UZB");
        members("Iran joined the SCO in 2023.", "org:sco", "joined", "IRN");
    }

    @Test
    void aMemberInAppositionAdmittedOrMakingUpTheOrganisation() {
        members("Iran, an SCO member, backed the plan.", "org:sco", "state-an-org-member", "IRN");
        members("The SCO admitted Belarus as its tenth member.", "org:sco", "admitted-member", "BLR");
        members("Russia, Belarus and Kazakhstan make up the EAEU.", "org:eaeu", "states-make-up-org",
                "RUS", "BLR", "KAZ");
    }

    @Test
    void listsOfMembers() {
        members("The OTS, consisting of Turkey, Azerbaijan and Kazakhstan, met in Baku.", "org:ots",
                "org-consisting-of", "TUR", "AZE", "KAZ");
        members("SCO members Russia, China and India backed the plan.", "org:sco", "org-members-list",
                "RUS", "CHN", "IND");
        members("The SCO now includes India, Pakistan, Iran and Belarus.", "org:sco", "org-includes",
                "IND", "PAK", "IRN", "BLR");
    }

    @Test
    void noMembershipWhenNegatedOrAnObserver() {
        assertNoRelation(extract("Turkmenistan is not a member of the SCO."), "MEMBER_OF");
        assertNoRelation(extract("Mongolia is an observer of the SCO."), "MEMBER_OF");
    }

    @Test
    void noMembershipWhenHedged() {
        assertNoRelation(extract("Azerbaijan could join the SCO next year."), "MEMBER_OF");
        assertNoRelation(extract("Armenia plans to join the EAEU."), "MEMBER_OF");
    }

    /** real1 (r08): a person named last before "a member of" is the member, not the state named before him. */
    @Test
    void aPersonWhoIsAMemberMakesNoStateAMember() {
        assertNoRelation(extract("\"China will continue to play a constructive role,\" said Wang Yi, also a member of the "
                + "Political Bureau of the CPC Central Committee."), "MEMBER_OF");
    }
}
