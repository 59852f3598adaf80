package org.diplograph.load.csv;

import org.diplograph.extract.recognize.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 10: the shipped COW table, and the codes that are a trap when read as ISO3. */
class CowCodesTest {
    private final CowCodes cow = CowCodes.get();

    @Test
    void numbersAndAbbreviationsGiveIso3() {
        Map<String, String> expected = Map.ofEntries(Map.entry("2", "USA"), Map.entry("20", "CAN"), Map.entry("200", "GBR"),
                Map.entry("UKG", "GBR"), Map.entry("220", "FRA"), Map.entry("FRN", "FRA"), Map.entry("255", "DEU"),
                Map.entry("GMY", "DEU"), Map.entry("365", "RUS"), Map.entry("630", "IRN"), Map.entry("700", "AFG"),
                Map.entry("701", "TKM"), Map.entry("702", "TJK"), Map.entry("TAJ", "TJK"), Map.entry("703", "KGZ"),
                Map.entry("KYR", "KGZ"), Map.entry("704", "UZB"), Map.entry("705", "KAZ"), Map.entry("KZK", "KAZ"),
                Map.entry("710", "CHN"), Map.entry("750", "IND"), Map.entry("770", "PAK"), Map.entry("002", "USA"),
                Map.entry("2.0", "USA"), Map.entry("ukg", "GBR"));
        expected.forEach((code, iso3) -> assertThat(cow.state(code)).as(code).isNotNull().extracting(CowCodes.State::iso3).isEqualTo(iso3));
    }

    @Test
    void theTrapsAreCowCodesOfOtherStatesThanTheirIso3() {
        assertThat(cow.state("AUS").iso3()).isEqualTo("AUT");   // ISO3 AUS: Australia
        assertThat(cow.state("305").iso3()).isEqualTo("AUT");
        assertThat(cow.state("SWZ").iso3()).isEqualTo("CHE");   // ISO3 SWZ: Eswatini
        assertThat(cow.state("225").iso3()).isEqualTo("CHE");
        assertThat(cow.state("MNG").iso3()).isEqualTo("MNE");   // ISO3 MNG: Mongolia
        assertThat(cow.state("341").iso3()).isEqualTo("MNE");
        assertThat(cow.state("SLV").iso3()).isEqualTo("SVN");   // ISO3 SLV: El Salvador
        assertThat(cow.state("349").iso3()).isEqualTo("SVN");
        assertThat(cow.state("MON").iso3()).isEqualTo("MNG");
        assertThat(cow.state("712").iso3()).isEqualTo("MNG");
        assertThat(cow.state("AUL").iso3()).isEqualTo("AUS");
        assertThat(cow.state("SAL").iso3()).isEqualTo("SLV");
        assertThat(cow.state("SWA").iso3()).isEqualTo("SWZ");
        assertThat(cow.state("GFR")).as("former states are left to the mapping").isNull();
        assertThat(cow.state("999")).isNull();
    }

    @Test
    void everyIso3IsAStateOfTheGazetteerAndEveryStateButTwoHasACowCode() {
        Gazetteer g = Gazetteer.load();
        Set<String> missing = new TreeSet<>();
        for (var s : g.states().values()) if (cow.ofIso3(s.iso3()) == null) missing.add(s.iso3());
        assertThat(missing).as("not in the COW state system").containsExactly("PSE", "VAT");
        assertThat(cow.size()).isEqualTo(g.states().size() - 2);
    }
}
