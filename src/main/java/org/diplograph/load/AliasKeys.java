package org.diplograph.load;

import java.text.Normalizer;
import java.util.Locale;

/** The identity key of a name (DESIGN "Identity"): case-, accent- and punctuation-insensitive, so "Türkiye" = "turkiye". */
public final class AliasKeys {
    private AliasKeys() {}

    /** The key of a name: accents dropped, lower case, runs of anything but letters and digits made one space. */
    public static String of(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A slug for ids: the key with hyphens for spaces ("Five Nations" -> five-nations). */
    public static String slug(String s) {
        return of(s).replace(' ', '-');
    }
}
