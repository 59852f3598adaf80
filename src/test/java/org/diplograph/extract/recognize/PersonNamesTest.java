package org.diplograph.extract.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.RuleFacts.extract;
import static org.diplograph.extract.RuleFacts.assertEntity;
import static org.diplograph.extract.RuleFacts.assertNoEntity;
import static org.diplograph.extract.RuleFacts.assertNoRelation;
import static org.diplograph.extract.RuleFacts.assertRelation;

import org.diplograph.facts.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Rule family persons: a person named after an office, with the office's qualifier or body. */
class PersonNamesTest {

    /** real14 (r278): "Amir" before a name of two words is a given name; the office before one word or after "the". */
    @Test
    void aTitleBeforeTheGivenNameOfAPersonNamedBefore() {
        DocumentFacts d = extract("Saudi Foreign Minister Prince Faisal bin Farhan received Georgian Foreign Minister Ilia "
                + "Darchiashvili in Riyadh. Prince Faisal and the Georgian minister signed a memorandum of understanding on "
                + "tourism.");
        assertThat(d.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.source().equals("person:faisal-bin-farhan"));
    }

    @Test
    void amirIsAGivenNameBeforeAFullName() {
        DocumentFacts d = extract("In December, Iran's ambassador to the United Nations, Amir Saeid Iravani, said so.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("person:amir-saeid-iravani").doesNotContain("person:saeid-iravani");
        assertThat(extract("Qatar and Kazakhstan met. Amir Tamim also welcomed all fans from Kazakhstan.").entities())
                .extracting(e -> e.id()).doesNotContain("person:amir-tamim");
    }

    @Test
    void officeQualifiedByAStateOrADemonym() {
        DocumentFacts d = extract("Iran's Foreign Minister Karim Bahrami spoke to reporters.");
        assertEntity(d, "person:karim-bahrami", "Person", "qualified-office-person");
        assertRelation(d, "HOLDS_OFFICE", "person:karim-bahrami", "state:IRN", "qualified-office-person");
        d = extract("Uzbek Energy Minister Jurabek Nazarov spoke to reporters.");
        assertEntity(d, "person:jurabek-nazarov", "Person", "demonym-office-person");
        assertRelation(d, "HOLDS_OFFICE", "person:jurabek-nazarov", "state:UZB", "demonym-office-person");
    }

    @Test
    void aVisitingOrNewOfficeKeepsItsQualifier() {
        assertRelation(extract("Iran's visiting President Mesud Pezeshkian met the Armenian premier."), "HOLDS_OFFICE",
                "person:mesud-pezeshkian", "state:IRN", "qualified-office-person");
    }

    @Test
    void aResidenceOrATitleIsNoName() {
        DocumentFacts d = extract("Prime Minister Imran Khan received Uzbek President Shavkat Mirziyoyev at the PM House. "
                + "He was received by Deputy Minister Eng. Walid Al-Khuraiji.");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:house") || e.id().equals("person:eng"));
        assertEntity(d, "place:pm-house", "Place", "venue-residence");
    }

    @Test
    void theArticlesSpellingOfAKnownNameGivesItsSurname() {
        DocumentFacts d = extract("Gurbanguly Berdimuhamedow, Chairman of the People's Council of Turkmenistan, spoke.\n\n"
                + "Heading a high-ranking delegation, Berdimuhamedow arrived in Iran on Tuesday.");
        assertRelation(d, "VISITED", "person:gurbanguly-berdimuhamedov", "state:IRN", "visit");
    }

    @Test
    void aLowerCaseParticleInsideAName() {
        assertEntity(extract("Brazilian President Luiz Inácio Lula da Silva attended the summit."),
                "person:luiz-inacio-lula-da-silva", "Person", "demonym-office-person");
    }

    @Test
    void longArabicNamesKeepTheirAlParts() {
        assertEntity(extract("Qatar's Ambassador to Tehran Saad Abdullah Saad Al Mahmoud Al Sharif also spoke."),
                "person:saad-abdullah-saad-al-mahmoud-al-sharif", "Person", "qualified-office-person");
        assertEntity(extract("Raisi went to Muscat at the invitation of the Sultan of Oman, Haitham bin Tarik Al-Said."),
                "person:haitham-bin-tarik-al-said", "Person", "qualified-office-person");
    }

    @Test
    void anActingGovernorsTitleIsNoName() {
        DocumentFacts d = extract("At the airport, the Belarusian leader was seen off by Uzbekistan Prime Minister Abdulla "
                + "Aripov, Minister of Foreign Affairs Bakhtiyor Saidov, Acting Khokim (Mayor) of Tashkent Shavkat Umurzakov.");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:acting-khokim"));
    }

    @Test
    void officeThenNameThenOfState() {
        DocumentFacts d = extract("President Zoran Milic of Serbia spoke to reporters.");
        assertEntity(d, "person:zoran-milic", "Person", "office-person-of-state");
        assertRelation(d, "HOLDS_OFFICE", "person:zoran-milic", "state:SRB", "office-person-of-state");
        // an office alone names the person but no state
        d = extract("President Zoran Milic spoke to reporters.");
        assertEntity(d, "person:zoran-milic", "Person", "office-person");
        assertNoRelation(d, "HOLDS_OFFICE");
    }

    @Test
    void anUnknownCompanyBeforeACompanyOffice() {
        DocumentFacts d = extract("Kaztransgas chief executive Talgat Nurlanov said the line is ready.");
        assertEntity(d, "org:kaztransgas", "Organization", "org-office");
        assertRelation(d, "HOLDS_OFFICE", "person:talgat-nurlanov", "org:kaztransgas", "qualified-office-person");
    }

    @Test
    void aFormerOfficeHolderHoldsNoOffice() {
        DocumentFacts d = extract("Former Iranian Foreign Minister Karim Bahrami spoke to reporters.");
        assertEntity(d, "person:karim-bahrami", "Person", "demonym-office-person");
        assertNoRelation(d, "HOLDS_OFFICE", "person:karim-bahrami", "state:IRN");
    }

    @Test
    void aTwoLetterInitialBelongsToTheNameAndALegalFormIsNoName() {
        DocumentFacts d = extract("Xi Jinping received President of Mongolia Kh.Battulga in Beijing.");
        assertThat(d.entities()).anyMatch(e -> e.id().equals("person:kh-battulga"));
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:kh"));
        DocumentFacts c = extract("Japarov met Wang Tongjun, Vice General Manager of China State Railway Group Co., Ltd, in Bishkek.");
        assertThat(c.entities()).noneMatch(e -> e.id().equals("person:co"));
        assertThat(c.entities()).anyMatch(e -> e.id().equals("org:china-state-railway-group"));
    }

    @Test
    void anOfficeOfABodyOfAStateBeforeTheName() {
        DocumentFacts d = extract("Deputy Chairman of the Cabinet of Ministers of Turkmenistan Bayramgeldy Ovezov and "
                + "Acting Chairman of the Central Bank of Afghanistan Ajmal Ahmadi took part.");
        assertRelation(d, "HOLDS_OFFICE", "person:bayramgeldy-ovezov", "state:TKM", "qualified-office-person");
        assertRelation(d, "HOLDS_OFFICE", "person:ajmal-ahmadi", "state:AFG", "qualified-office-person");
    }

    @Test
    void aGivenNameBeforeAKnownPersonIsHisNotAnotherPerson() {
        DocumentFacts d = extract("Pakistan's Foreign Minister Mohammad Ishaq Dar met Amir Khan Muttaqi in Kabul.");
        assertRelation(d, "HOLDS_OFFICE", "person:ishaq-dar", "state:PAK", "qualified-office-person");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:mohammad"));
        assertThat(d.relations()).filteredOn(r -> r.type().equals("MET")).hasSize(1);
    }

    @Test
    void aSecondOfficeAfterAnOfficeIsNoName() {
        DocumentFacts d = extract("Musaad bin Mohammed Al-Aiban, Saudi Minister of State, Member of the Council of Ministers, "
                + "met Ali Shamkhani in Beijing.");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:member"));
    }

    @Test
    void aNameRunTogetherIsTheSamePerson() {
        DocumentFacts d = extract("Indian Prime Minister Narendra Modi met Sheikh Tamim Bin Hamad Al Thani, the Amir of Qatar, "
                + "in New Delhi.\n\nThe spokesman shared on X: \u201cPM @narendramodi & HH Sheikh @TamimbinHamad Al-Thani, "
                + "Amir of the State of Qatar, held talks.\u201d");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:tamimbinhamad-al-thani"));
    }

    /** A father's name ends a short form ("Tamim bin Hamad", "Salman bin Hamad"): it resolves to no other person. */
    @Test
    void aFathersNameIsNoSurname() {
        DocumentFacts d = extract("In February he met with Emir Sheikh Tamim bin Hamad in Doha.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Person")).extracting(e -> e.id())
                .containsExactly("person:tamim-bin-hamad-al-thani");
    }

    /** real15 (r291): "S Jaishankar" is the gazetteer's Subrahmanyam Jaishankar, so "Jaishankar" later is one person. */
    @Test
    void initialsBeforeAKnownSurnameAreThatPerson() {
        DocumentFacts d = extract("External Affairs Minister S Jaishankar met Iranian President Hassan Rouhani on Monday. "
                + "Jaishankar also met Ali Shamkhani.");
        assertThat(d.entities()).filteredOn(e -> e.label().equals("Person") && e.id().contains("jaishankar")).extracting(e -> e.id())
                .containsExactly("person:subrahmanyam-jaishankar");
    }

    /** real16 (r318): "the Chairman Senate" names a body after an office, no person. */
    @Test
    void aBodyAfterAnOfficeIsNoPerson() {
        DocumentFacts d = extract("Several ministers, alongside the Chairman Senate and the Speaker of the National Assembly, "
                + "attended the meeting with President Raisi.");
        assertThat(d.entities()).noneMatch(e -> e.id().equals("person:senate"));
    }

    /** real16 (r311): a patronymic is left out of the person ("Shavkat Miromonovich Mirziyoyev" is Shavkat Mirziyoyev). */
    @Test
    void aPatronymicIsLeftOut() {
        DocumentFacts d = extract("President Shavkat Miromonovich Mirziyoyev met Kassym-Jomart Kemelevich Tokayev in "
                + "Tashkent. Gurbanguly Berdimuhamedov and Mevlut Cavusoglu were there too.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("person:shavkat-mirziyoyev",
                "person:kassym-jomart-tokayev", "person:gurbanguly-berdimuhamedov", "person:mevlut-cavusoglu")
                .noneMatch(id -> id.contains("miromonovich") || id.contains("kemelevich"));
    }

    /** real18 (r364): a title word joined by a hyphen to the next word is part of the surname, not a stop. */
    @Test
    void aTitleWordInAHyphenatedSurnameIsPartOfIt() {
        DocumentFacts d = extract("Iran's foreign minister Hossein Amir-Abdolahian will hold talks with his Pakistani "
                + "counterpart Jalil Abbas Jilani here on Monday.");
        assertEntity(d, "person:hossein-amir-abdolahian", "Person", "qualified-office-person");
        assertNoEntity(d, "person:hossein");
    }

    /** real18 (r370): the tagger leaves "Khalid bin" out of "Khalid bin Abdulla Al Khalifa"; the name takes it back. */
    @Test
    void aGivenNameAndBinBeforeATaggedNameArePartOfIt() {
        DocumentFacts d = extract("President Serdar Berdimuhamedov was warmly welcomed by Deputy Prime Minster of the "
                + "Kingdom of Bahrain Shaikh Khalid bin Abdulla Al Khalifa and heads of the given structure.");
        assertThat(d.entities()).extracting(e -> e.id()).contains("person:khalid-bin-abdulla-al-khalifa")
                .doesNotContain("person:abdulla-al-khalifa");
    }

    /** real18 (r364): "the Nur Khan air base": a name the tagger calls a person, followed by a facility's word, is none. */
    @Test
    void aNameBeforeAFacilitysWordIsNoPerson() {
        DocumentFacts d = extract("Abdollahian was received at the Nur Khan air base late Sunday night by Additional "
                + "Foreign Secretary Rah Hayat, the foreign office said.");
        assertNoEntity(d, "person:nur-khan");
    }
}
