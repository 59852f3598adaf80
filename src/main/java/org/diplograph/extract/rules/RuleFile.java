package org.diplograph.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a rules file from the class path: its rule lines (not blank, not {@code #} comments) with their numbers. */
public final class RuleFile {
    private RuleFile() {}

    /** One rule line: its 1-based number in the file and its tab-separated fields. */
    public record Line(int number, String[] fields) {}

    public static List<Line> read(String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("rules file not found: " + resource);
            List<Line> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                if (!l.isBlank() && !l.startsWith("#")) out.add(new Line(i + 1, l.split("\t")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error for a bad line, naming the file and the line. */
    public static IllegalStateException bad(String file, int line, String why) {
        return new IllegalStateException(file + " line " + line + ": " + why);
    }
}
