package org.diplograph.load.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields with doubled quotes, delimiters and line breaks inside quotes, CRLF or LF,
 * a leading byte-order mark. {@link #row()} is the spreadsheet row number of the last record read (the header is row 1).
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private final char delimiter;
    private int row;
    private long chars;
    private boolean first = true;

    public CsvReader(Reader in, char delimiter) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end. */
    public List<String> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, any = false, wasQuoted = false;
        while (true) {
            int c = in.read();
            if (c >= 0) chars++;
            if (first) {
                first = false;
                if (c == 0xFEFF) continue;
            }
            if (c < 0) {
                if (!any && field.isEmpty() && fields.isEmpty()) return null;
                if (quoted) throw new IOException("row " + (row + 1) + ": a quoted field is not closed before the end of the file");
                fields.add(field.toString());
                row++;
                return fields;
            }
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') {
                        chars++;
                        field.append('"');
                    } else {
                        quoted = false;
                        if (n >= 0) in.reset();
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    int n = in.read();
                    if (n != '\n' && n >= 0) in.reset();
                    else if (n >= 0) chars++;
                }
                if (fields.isEmpty() && field.isEmpty() && !wasQuoted) { // a blank line
                    row++;
                    any = false;
                    continue;
                }
                fields.add(field.toString());
                row++;
                return fields;
            } else {
                field.append(ch);
            }
        }
    }

    /** The spreadsheet row number of the last record returned (header = 1). */
    public int row() {
        return row;
    }

    /** Characters consumed so far (for progress). */
    public long chars() {
        return chars;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
