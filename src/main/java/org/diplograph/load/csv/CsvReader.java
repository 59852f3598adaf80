package org.diplograph.load.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The step that streams a CSV file's records, through Apache Commons CSV (RFC 4180: quoted fields with doubled quotes,
 * delimiters and line breaks inside quotes, CRLF or LF), with a leading byte-order mark skipped. {@link #row()} is the
 * spreadsheet row number of the last record read (the header is row 1): a blank line counts as a row but gives no
 * record, a record whose quoted cells span several lines is one row.
 */
public final class CsvReader implements Closeable {
    private final CountingReader counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int row;

    public CsvReader(Reader in, char delimiter) {
        try {
            this.counted = new CountingReader(withoutBom(in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16)));
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)   // blank lines still count as rows; next() skips them
                    .setTrailingData(true)        // "ab"c reads as abc, as a spreadsheet does
                    .setQuoteMode(QuoteMode.ALL_NON_NULL) // parsing: an unquoted empty cell is null, a quoted one ""
                    .get();
            this.parser = CSVParser.builder().setReader(counted).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /** The next record, or null at the end. */
    public List<String> next() throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                row++;
                if (r.size() == 1 && r.get(0) == null) continue; // a blank line (a line holding "" is a record)
                List<String> cells = new ArrayList<>(r.size());
                for (String c : r) cells.add(c == null ? "" : c);
                return cells;
            }
            return null;
        } catch (UncheckedIOException e) {
            String m = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            if (m != null && m.contains("EOF reached before encapsulated token finished")) {
                throw new IOException("row " + (row + 1) + ": a quoted field is not closed before the end of the file", e);
            }
            throw new IOException("row " + (row + 1) + ": " + m, e);
        }
    }

    /** The spreadsheet row number of the last record returned (header = 1). */
    public int row() {
        return row;
    }

    /** Characters consumed so far (for progress; the parser reads ahead a little). */
    public long chars() {
        return counted.chars;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static Reader withoutBom(Reader in) throws IOException {
        PushbackReader p = new PushbackReader(in, 1);
        int c = p.read();
        if (c >= 0 && c != 0xFEFF) p.unread(c);
        return p;
    }

    /** Counts the characters the parser takes. */
    private static final class CountingReader extends FilterReader {
        long chars;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) chars++;
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) chars += n;
            return n;
        }
    }
}
