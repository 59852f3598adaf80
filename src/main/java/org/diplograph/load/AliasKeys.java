package org.diplograph.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** The identity key of a name (DESIGN "Identity"): case-, accent- and punctuation-insensitive, so "Türkiye" = "turkiye". */
public final class AliasKeys {
    private AliasKeys() {}

    /** The key of a name: accents dropped, lower case, runs of anything but letters and digits made one space. */
    public static String of(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Words that name a kind of document, not one document. */
    private static final Set<String> DOCUMENT_WORDS = Set.of("joint", "statement", "memorandum",
            "memoranda", "memorandums", "of", "understanding", "mou", "agreement", "agreements", "treaty", "contract", "deal",
            "protocol", "declaration", "roadmap", "road", "map", "plan", "programme", "program", "accord", "pact",
            "cooperation", "framework", "intergovernmental", "bilateral", "trilateral", "the", "a", "an", "new");

    /** Whether a key names only a kind of document ("joint statement", "memorandum of understanding"), not one. */
    public static boolean generic(String key) {
        for (String w : key.split(" ")) if (!DOCUMENT_WORDS.contains(w)) return false;
        return true;
    }

    /** A slug for ids: the key with hyphens for spaces ("Five Nations" -> five-nations). */
    public static String slug(String s) {
        return of(s).replace(' ', '-');
    }
}
