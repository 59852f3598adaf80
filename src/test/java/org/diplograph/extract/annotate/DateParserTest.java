package org.diplograph.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final DateParser.Anchor PUB = new DateParser.Anchor(LocalDate.of(2023, 11, 2), null);

    private static DateParser.DateValue one(String text, DateParser.Anchor a) {
        List<DateParser.DateValue> v = DateParser.find(text, 0, a);
        assertThat(v).as(text).hasSize(1);
        return v.get(0);
    }

    @Test
    void absoluteDates() {
        assertThat(one("on January 16, 2025 in Dushanbe", null).iso()).isEqualTo("2025-01-16");
        assertThat(one("Nov 2, 2023", null).iso()).isEqualTo("2023-11-02");
        assertThat(one("2021/01/16 | Note", null).iso()).isEqualTo("2021-01-16");
        assertThat(one("on 16 January 2025", null).iso()).isEqualTo("2025-01-16");
        DateParser.DateValue v = one("opened in May 2022.", null);
        assertThat(v.iso()).isEqualTo("2022-05");
        assertThat(v.from()).isEqualTo("2022-05-01");
        assertThat(v.to()).isEqualTo("2022-05-31");
        assertThat(v.inferred()).isFalse();
        assertThat(one("opened in 2014", null).props()).containsEntry("date", "2014").containsEntry("dateTo", "2014-12-31");
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDateAndAreMarkedInferred() {
        DateParser.DateValue v = one("On October 17, the minister", PUB);
        assertThat(v.iso()).isEqualTo("2023-10-17");
        assertThat(v.inferred()).isTrue();
        assertThat(v.props()).containsEntry("dateInferred", true);
        assertThat(one("met on Sunday", PUB).iso()).isEqualTo("2023-10-29");
        assertThat(one("later this year", PUB).iso()).isEqualTo("2023");
        DateParser.DateValue late = one("In late January, talks", new DateParser.Anchor(null, LocalDate.of(2025, 1, 17)));
        assertThat(late.iso()).isEqualTo("2025-01");
        assertThat(late.from()).isEqualTo("2025-01-21");
        assertThat(late.inferred()).isTrue();
        DateParser.DateValue range = one("From January 15 to 17, the visit", new DateParser.Anchor(LocalDate.of(2025, 1, 20), null));
        assertThat(range.from()).isEqualTo("2025-01-15");
        assertThat(range.to()).isEqualTo("2025-01-17");
        // day before month without a year (this once threw "No group 3")
        DateParser.DateValue dm = one("talks on 17 January in Moscow", PUB);
        assertThat(dm.iso()).isEqualTo("2023-01-17");
        assertThat(dm.inferred()).isTrue();
        DateParser.DateValue dmRange = one("from 15 to 17 January", PUB);
        assertThat(dmRange.from()).isEqualTo("2023-01-15");
        assertThat(dmRange.to()).isEqualTo("2023-01-17");
    }

    @Test
    void neverInventsADate() {
        assertThat(DateParser.find("later this year and on Sunday, on January 17", 0, new DateParser.Anchor(null, null))).isEmpty();
        assertThat(DateParser.find("They may agree.", 0, PUB)).isEmpty();
        assertThat(DateParser.find("a $450mn deal and 23 documents", 0, PUB)).isEmpty();
        DateParser.Anchor sameDay = new DateParser.Anchor(null, null, Map.of("01-16", 2025));
        assertThat(one("On January 16, talks", sameDay).iso()).isEqualTo("2025-01-16");
    }
}
