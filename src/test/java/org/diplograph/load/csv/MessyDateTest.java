package org.diplograph.load.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessyDateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1948|1948|1948-01-01|1948-12-31|false",
            "1948-05|1948-05|1948-05-01|1948-05-31|false",
            "1948-02-29|1948-02-29|1948-02-29|1948-02-29|false",
            "1994-01-14?|1994-01-14|1994-01-14|1994-01-14|true",
            "2011-01-01~|2011-01-01|2011-01-01|2011-01-01|true",
            "1964-XX-16|1964|1964-01-01|1964-12-31|false",
            "2010-XX-XX-|2010|2010-01-01|2010-12-31|false",
            "1981-09..1981-10|1981-09/1981-10|1981-09-01|1981-10-31|false",
            "1948-05-01..1949|1948-05-01/1949|1948-05-01|1949-12-31|false",
            "1948-05/1949-02|1948-05/1949-02|1948-05-01|1949-02-28|false",
            " 2023-10-10 |2023-10-10|2023-10-10|2023-10-10|false"})
    void parsesAsPreciseAsGiven(String raw, String iso, String from, String to, boolean uncertain) {
        MessyDate d = MessyDate.parse(raw);
        assertThat(d.iso()).isEqualTo(iso);
        assertThat(d.from()).isEqualTo(LocalDate.parse(from));
        assertThat(d.to()).isEqualTo(LocalDate.parse(to));
        assertThat(d.uncertain()).isEqualTo(uncertain);
        assertThat(d.open()).isFalse();
    }

    @Test
    void emptyIsNoDateAndNineNinesIsOpenEnded() {
        assertThat(MessyDate.parse("")).isNull();
        assertThat(MessyDate.parse("  ")).isNull();
        assertThat(MessyDate.parse("NA")).isNull();
        assertThat(MessyDate.parse(null)).isNull();
        MessyDate open = MessyDate.parse("9999-12-31");
        assertThat(open.open()).isTrue();
        assertThat(open.iso()).isNull();
        assertThat(open.to()).isNull();
        MessyDate halfOpen = MessyDate.parse("1990..9999-12-31");
        assertThat(halfOpen.from()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(halfOpen.to()).isNull();
        assertThat(halfOpen.iso()).isEqualTo("1990/..");
    }

    @Test
    void aPatternReadsNonIsoDates() {
        assertThat(MessyDate.parse("16/01/2025", "dd/MM/yyyy").iso()).isEqualTo("2025-01-16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0014-022005", "1948-13-01", "1948-02-30", "soon", "48", "1949..1948", "12-05-1948", "1948-5"})
    void rejectsWhatIsNotADate(String raw) {
        assertThatThrownBy(() -> MessyDate.parse(raw)).isInstanceOf(MessyDate.BadDate.class).hasMessageContaining(raw);
    }

    /** Issue 13: a format reads strictly; an impossible date is an error that names the format, never a nearby day. */
    @Test
    void aFormatReadsStrictly() {
        for (String[] c : new String[][] {{"31/06/1992", "dd/MM/yyyy"}, {"30/02/1992", "dd/MM/yyyy"},
                {"1992-6-31", "yyyy-M-d"}}) {
            assertThatThrownBy(() -> MessyDate.parse(c[0], c[1])).isInstanceOf(MessyDate.BadDate.class)
                    .hasMessageContaining(c[0]).hasMessageContaining("format '" + c[1] + "'");
        }
        assertThat(MessyDate.parse("29/02/1992", "dd/MM/yyyy").iso()).isEqualTo("1992-02-29");
        assertThat(MessyDate.parse("1992-6-3", "yyyy-M-d").iso()).isEqualTo("1992-06-03");
        assertThat(MessyDate.parse("1992-06-30", "dd/MM/yyyy").iso()).as("an ISO value still reads").isEqualTo("1992-06-30");
    }

    /** Issue 13: month-only and year-only formats give dates as precise as the format (REIGN's year-month ends). */
    @Test
    void aFormatMayNameAMonthOrAYear() {
        MessyDate m = MessyDate.parse("1945-4", "yyyy-M");
        assertThat(m.iso()).isEqualTo("1945-04");
        assertThat(m.from()).isEqualTo(java.time.LocalDate.of(1945, 4, 1));
        assertThat(m.to()).isEqualTo(java.time.LocalDate.of(1945, 4, 30));
        assertThat(MessyDate.parse("1945-04", "yyyy-MM").iso()).isEqualTo("1945-04");
        assertThat(MessyDate.parse("4/1945", "M/yyyy").to()).isEqualTo(java.time.LocalDate.of(1945, 4, 30));
        assertThatThrownBy(() -> MessyDate.parse("13/1945", "M/yyyy")).isInstanceOf(MessyDate.BadDate.class)
                .hasMessageContaining("format 'M/yyyy'");
    }
}
