package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.junit.jupiter.api.Test;

/** A state's organ named "of State" takes the state in its id; a news agency as a wire credit is no entity. */
class OrganizationsTest {
    private static final Extractor X = new Extractor();

    @Test
    void organOfAStateNamedAfterIt() {
        DocumentFacts d = X.extract("org.txt", "A protocol was signed between the Ministry of Road and Transport "
                + "Development of Mongolia and the Chinese Ministry of Transport in Beijing.");
        assertThat(d.entities()).extracting(Entity::id)
                .contains("org:mng-ministry-of-road-and-transport-development", "org:chn-ministry-of-transport");
    }

    @Test
    void wireCreditIsNotAnEntityButAQuotedAgencyIs() {
        // the publisher's own credit (see CreditsTest for another agency's)
        DocumentFacts credit = X.extract("credit.txt", "title: Talks in Baku\nsource: UzA National News Agency\n\n"
                + "Baku, 22 May (UzA). President Shavkat Mirziyoyev held talks with Ilham Aliyev.\n\nUzA\n");
        assertThat(credit.entities()).extracting(Entity::id).doesNotContain("org:uza");
        DocumentFacts quoted = X.extract("quoted.txt", "Anadolu Agency reported that Erdogan met Aliyev in Ankara.");
        assertThat(quoted.entities()).extracting(Entity::id).contains("org:anadolu-agency");
    }

    @Test
    void anAgencyNamedAsASourceInAnyCaseAfterACapital() {
        DocumentFacts d = X.extract("agency.txt", "Putin met Mirziyoyev in Tashkent on Monday, according to Tass. The two "
                + "leaders discussed energy, BelTA reports.");
        assertThat(d.entities()).extracting(Entity::id).contains("org:tass", "org:belta");
    }

    @Test
    void organsKnownByTheirOwnNames() {
        DocumentFacts d = X.extract("organ.txt", "Ministry of External Affairs (MEA) spokesperson Randhir Jaiswal spoke on "
                + "Friday. The US State Department had no comment.");
        assertThat(d.entities()).extracting(Entity::id)
                .contains("org:ind-ministry-of-external-affairs", "org:usa-state-department", "state:USA");
    }

    /** real11 (r228): a form of address opens the next person; the office before it is that person's. */
    @Test
    void aFormOfAddressEndsAnOrganizationsNameAndTheOfficeIsTheNextPersons() {
        DocumentFacts d = X.extract("address.txt", "The delegation included Hamad Al-Sulaiti, Governor of the General "
                + "Customs Authority Prof. Ahmed Al-Hakbani, and others.");
        assertThat(d.entities()).extracting(Entity::id).contains("org:general-customs-authority")
                .noneMatch(id -> id.contains("prof"));
        assertThat(d.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.source().equals("person:hamad-al-sulaiti")
                && r.target().equals("org:general-customs-authority"));
    }

    /** real1 (r08), real15 (r294): the Communist Party of China and its Central Committee are one organisation, org:cpc. */
    @Test
    void theCommunistPartyOfChinaAndItsCentralCommitteeAreOne() {
        DocumentFacts d = X.extract("cpc.txt", "Xi Jinping, General Secretary of the Communist Party of China (CPC) Central "
                + "Committee, met Vladimir Putin in Moscow.");
        assertThat(d.entities()).extracting(Entity::id).contains("org:cpc").noneMatch(id -> id.contains("central-committee"));
    }

    /** real5 (r106), real12 (r237): national organs whose names say their state are that state's organs. */
    @Test
    void nationalOrgansTheGazetteerKnowsCarryTheirState() {
        DocumentFacts d = X.extract("organs.txt", "Zheng Shanjie, director of the National Development and Reform "
                + "Commission, met deputies of the State Duma and the Oliy Majlis.");
        assertThat(d.entities()).extracting(Entity::id).contains("org:chn-national-development-and-reform-commission",
                "org:rus-state-duma", "org:uzb-oliy-majlis");
    }
}
