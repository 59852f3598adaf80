package org.diplograph.extract.read;

import java.text.Normalizer;
import java.util.Locale;

/** Small static string helpers shared by the extractor: folding, slugs, capitalisation. */
public final class Text {
    private Text() {}

    /** Lower-case, accents removed, curly quotes straightened: the key used for every gazetteer lookup. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ß' -> b.append("ss");
                case 'ø' -> b.append('o');
                case 'đ' -> b.append('d');
                case 'ł' -> b.append('l');
                case '\u2018', '\u2019', '`', '\u02BC' -> b.append('\'');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Lower-case ASCII slug, words joined by '-': "Türkiye's Erdoğan" gives "turkiye-s-erdogan". */
    public static String slug(String s) {
        String f = fold(s);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) b.append('-');
                b.append(c);
                dash = false;
            } else if (c != '\'') {
                dash = true;
            }
        }
        return b.toString();
    }

    /**
     * Slug of a person's name with transliteration variants folded, so that spellings of one name give one id
     * (Berdimuhamedow/Berdimuhamedov, Dehnawi/Dehnavi).
     */
    public static String personSlug(String name) {
        String[] parts = slug(name).split("-");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) continue;
            String q = p;
            if (q.length() > 6 && q.endsWith("ow")) q = q.substring(0, q.length() - 2) + "ov";
            q = q.replaceAll("(?<=[aeiou])w(?=(i|y|iy)$)", "v"); // Dehnawi = Dehnavi, not Nawaz, Sonowal
            if (b.length() > 0) b.append('-');
            b.append(q);
        }
        return b.toString();
    }

    public static boolean isCap(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    public static boolean isAllUpper(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }
}
