package org.diplograph.load.csv;

import org.diplograph.DiplographExtension;
import org.diplograph.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 6: a wide, yearly file (COW IGO-year shape) unpivoted into rows and collapsed into membership spells. */
@ExtendWith(DiplographExtension.class)
class UnpivotSpellsImportTest {
    static final Path DIR = Path.of("src/test/resources/csv/cow-igo");
    private final TestApp t;

    UnpivotSpellsImportTest(TestApp t) {
        this.t = t;
    }

    @BeforeEach
    void clean() {
        t.clean();
    }

    private CsvImportReport importWide(String mapping) throws Exception {
        return t.app.csvImporter().importFiles(MappingSpec.parse(mapping), List.of(CsvImporter.Input.of(DIR.resolve("igo-year.csv"))), null, null);
    }

    private List<String> spells(String state, String org) {
        return t.db().read("MATCH (:State {id: $s})-[r:MEMBER_OF]->(:Organization {id: $o}) RETURN r ORDER BY r.validFrom",
                Map.of("s", state, "o", org), res -> res.list(x -> {
                    var r = x.get("r").asRelationship();
                    return r.get("validFrom").asLocalDate() + ".." + r.get("validTo").asLocalDate();
                }));
    }

    @Test
    void aWideYearlyFileBecomesOneMembershipPerSpell() throws Exception {
        CsvImportReport r = importWide(Files.readString(DIR.resolve("mapping.yaml")));
        var f = r.files().get(0);
        assertThat(f.rows()).isEqualTo(14);
        assertThat(f.errors()).isEmpty();
        assertThat(f.loaded()).as("one record per spell").isEqualTo(6);
        assertThat(t.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(6);
        // COW AUS is Austria, which left EFTA for the EU in 1995; Switzerland stayed
        assertThat(spells("state:AUT", "org:efta")).containsExactly("1990-01-01..1994-12-31");
        assertThat(spells("state:CHE", "org:efta")).containsExactly("1990-01-01..1995-12-31");
        assertThat(t.count("MATCH (s:State) WHERE s.id IN ['state:AUS', 'state:SWZ'] RETURN count(s)")).isZero();
        // TKM's missing 1994 (-9) is within the gap tolerance of 1 year
        assertThat(spells("state:TKM", "org:eco")).containsExactly("1992-01-01..1996-12-31");
        assertThat(spells("state:TJK", "org:sco")).containsExactly("2001-01-01..2003-12-31");
        assertThat(spells("state:USA", "org:efta")).as("0 is not kept").isEmpty();

        var ev = t.db().read("MATCH (:State {id: 'state:AUT'})-[r:MEMBER_OF]->(:Organization {id: 'org:efta'}) "
                + "MATCH (e:Evidence {id: r.evidence[0]}) RETURN r.status AS status, size(r.evidence) AS n, e.quote AS quote, "
                + "e.rows AS rows, e.row AS row, e.column AS column", Map.of(), x -> x.single());
        assertThat(ev.get("status").asLong()).isEqualTo(1);
        assertThat(ev.get("n").asInt()).isEqualTo(1);
        assertThat(ev.get("quote").asString()).isEqualTo("AUS member of EFTA 1990-1994");
        assertThat(ev.get("rows").asList(v -> v.asInt())).containsExactly(2, 3, 4, 5, 6);
        assertThat(ev.get("row").asInt()).isEqualTo(2);
        assertThat(ev.get("column").asString()).isEqualTo("AUS");
        assertThat(t.count("MATCH (o:Organization {id: 'org:eco', name: 'Economic Cooperation Organization'}) RETURN count(o)")).isEqualTo(1);
    }

    @Test
    void withoutGapToleranceAMissingYearSplitsTheSpell() throws Exception {
        importWide(Files.readString(DIR.resolve("mapping.yaml")).replace("gap: 1", "gap: 0"));
        assertThat(spells("state:TKM", "org:eco")).containsExactly("1992-01-01..1993-12-31", "1995-01-01..1996-12-31");
        assertThat(spells("state:TJK", "org:eco")).containsExactly("1992-01-01..1996-12-31");
    }

    @Test
    void spellsOfALongFileWithABadYearAndARepeatedYear() throws Exception {
        String mapping = """
                dataset: cow-dyads-test
                codes:
                  cow: {gazetteer: cow, otherwise: fail}
                  igo: {prefix: "org:", otherwise: keep}
                files:
                  - name: dyads
                    spells: {by: [ioname, stateabb], year: year}
                    nodes:
                      - {label: State, id: {column: stateabb, codes: cow}}
                      - {label: Organization, id: {column: ioname, codes: igo}}
                    relationships:
                      - type: MEMBER_OF
                        from: {column: stateabb, codes: cow}
                        to: {column: ioname, codes: igo}
                        key: start
                        interval: {from: start, to: end}
                """;
        CsvImportReport r = t.app.csvImporter().importFiles(MappingSpec.parse(mapping),
                List.of(CsvImporter.Input.of(DIR.resolve("dyads.csv"))), null, null);
        var f = r.files().get(0);
        assertThat(f.errors()).extracting(CsvImportReport.RowError::row).containsExactly(6);
        assertThat(f.errors().get(0).reason()).contains("'19x4'").contains("not a year");
        assertThat(f.notes()).anySatisfy(n -> assertThat(n).contains("1 yearly records repeat a year"));
        assertThat(spells("state:TKM", "org:eco")).containsExactly("1993-01-01..1994-12-31", "1996-01-01..1996-12-31");
        assertThat(spells("state:TJK", "org:eco")).containsExactly("1993-01-01..1993-12-31", "1995-01-01..1995-12-31");
    }

    @Test
    void unpivotAndSpellsMistakesAreMappingProblems() throws Exception {
        String bad = Files.readString(DIR.resolve("mapping.yaml"))
                .replace("unpivot: {except: [ioname, orgname, version, year]", "unpivot: {except: [ioname, orgname, version, year], columns: [USA]")
                .replace("year: year, gap: 1", "gap: 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MappingSpec.parse(bad))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("files[igos].unpivot: give exactly one of columns"))
                        .anySatisfy(p -> assertThat(p).startsWith("files[igos].spells.year: required")));
        String unknown = Files.readString(DIR.resolve("mapping.yaml")).replace("except: [ioname, orgname, version, year]",
                "except: [ioname, orgname, edition, year]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importWide(unknown))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.getMessage())
                        .contains("files[igos].unpivot.except: unknown column 'edition'"));
        assertThat(t.counts()).containsExactly(0, 0);
    }
}
