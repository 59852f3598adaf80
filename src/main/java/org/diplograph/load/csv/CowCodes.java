package org.diplograph.load.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Correlates of War state codes of today's states ({@code codes/cow-states.csv}): a COW numeric code ({@code 305},
 * {@code 002}) or abbreviation ({@code AUS}) to the state's ISO3 code ({@code AUT}). Used by {@code gazetteer: cow}.
 */
public final class CowCodes {
    /** One state: its COW number, COW abbreviation, ISO3 code and COW name. */
    public record State(int ccode, String abbreviation, String iso3, String name) {}

    private static final CowCodes INSTANCE = load();

    private final Map<Integer, State> byNumber = new HashMap<>();
    private final Map<String, State> byAbbreviation = new HashMap<>();
    private final Map<String, State> byIso3 = new HashMap<>();

    public static CowCodes get() {
        return INSTANCE;
    }

    /** The state of a COW code (number, with or without leading zeros or a {@code .0}, or abbreviation), or null. */
    public State state(String code) {
        if (code == null) return null;
        String c = code.strip();
        if (c.matches("\\d{1,4}(\\.0+)?")) return byNumber.get(Integer.parseInt(c.replaceAll("\\.0+$", "")));
        return byAbbreviation.get(c.toUpperCase(Locale.ROOT));
    }

    /** The COW entry of the state with this ISO3 code, or null. */
    public State ofIso3(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT));
    }

    public int size() {
        return byNumber.size();
    }

    private static CowCodes load() {
        CowCodes t = new CowCodes();
        try (InputStream in = CowCodes.class.getResourceAsStream("/codes/cow-states.csv")) {
            if (in == null) throw new IllegalStateException("codes/cow-states.csv missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split(",", 4);
                State s = new State(Integer.parseInt(f[0].strip()), f[1].strip(), f[2].strip(), f[3].strip());
                if (t.byNumber.put(s.ccode(), s) != null || t.byAbbreviation.put(s.abbreviation(), s) != null
                        || t.byIso3.put(s.iso3(), s) != null) {
                    throw new IllegalStateException("codes/cow-states.csv: " + line + " repeats a code");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
