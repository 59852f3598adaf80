package org.diplograph.load.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader (Apache Commons CSV underneath) keeps the spreadsheet row numbers and the cells the hand-written reader gave. */
class CsvReaderTest {
    /** Each record as "row:[cells]". */
    private static List<String> read(String csv, char delimiter) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(csv), delimiter)) {
            for (List<String> rec; (rec = r.next()) != null; ) out.add(r.row() + ":" + rec);
        }
        return out;
    }

    @Test
    void rowNumbersCountBlankLinesAndAQuotedLineBreakStaysInItsRow() throws IOException {
        assertThat(read("a,b\n\n1,2\n\n\n3,4\n", ',')).containsExactly("1:[a, b]", "3:[1, 2]", "6:[3, 4]");
        assertThat(read("a,b\n\"multi\nline\",2\n3,4\n", ',')).containsExactly("1:[a, b]", "2:[multi\nline, 2]", "3:[3, 4]");
        assertThat(read("a,b\r\n1,2\r\n", ',')).containsExactly("1:[a, b]", "2:[1, 2]");
        assertThat(read("a,b\r1,2\r3,4", ',')).containsExactly("1:[a, b]", "2:[1, 2]", "3:[3, 4]");
    }

    @Test
    void quotesBomDelimitersAndOddCells() throws IOException {
        assertThat(read("\uFEFFa,b\n\"x,y\",\"he said \"\"hi\"\"\"\n", ',')).containsExactly("1:[a, b]", "2:[x,y, he said \"hi\"]");
        assertThat(read("a\n\"\"\n", ',')).containsExactly("1:[a]", "2:[]"); // a line holding "" is a record, not a blank line
        assertThat(read("a,b\n,\n \n", ',')).containsExactly("1:[a, b]", "2:[, ]", "3:[ ]");
        assertThat(read("a,b\nab\"c,d\n\"ab\"c,d\n", ',')).containsExactly("1:[a, b]", "2:[ab\"c, d]", "3:[abc, d]");
        assertThat(read("a\tb\n1\t\"2\t3\"\n", '\t')).containsExactly("1:[a, b]", "2:[1, 2\t3]");
        assertThat(read("a,b\n1,2,3\n4\n", ',')).containsExactly("1:[a, b]", "2:[1, 2, 3]", "3:[4]");
    }

    @Test
    void anUnclosedQuoteNamesItsRow() {
        assertThatThrownBy(() -> read("a,b\n1,2\n\"open,2\n", ',')).isInstanceOf(IOException.class)
                .hasMessage("row 3: a quoted field is not closed before the end of the file");
    }
}
