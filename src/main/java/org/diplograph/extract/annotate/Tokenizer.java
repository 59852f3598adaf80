package org.diplograph.extract.annotate;

import org.diplograph.extract.read.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits normalised text into tokens and lines into sentences. */
public final class Tokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col",
            "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc", "ltd",
            "jr", "sr", "prof", "gov", "sen", "rep", "maj", "capt", "adm", "e", "i", "approx", "fig", "vol");

    /** "1." or "(12." opening a numbered list line: the number's full stop ends no sentence. */
    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("\\(?\\d{1,2}");

    private Tokenizer() {}

    /** Tokens of {@code text[from, to)}, offsets absolute. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j))
                        || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) j++;
                String t = text.substring(i, j);
                out.add(new Token(t, i, j, Text.fold(t), true));
                i = j;
            } else if (c == '&' && i > from && i + 1 < to && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                // "Minister of Roads & Urban Development": a spaced ampersand is the word "and" to every rule
                out.add(new Token("&", i, i + 1, "and", true));
                i++;
            } else {
                String t = String.valueOf(c);
                out.add(new Token(t, i, i + 1, t, false));
                i++;
            }
        }
        return out;
    }

    /** Tokens of a standalone string (gazetteer entries). */
    public static List<String> keys(String s) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(s, 0, s.length())) out.add(t.fold());
        return out;
    }

    /** Sentences of the line {@code text[from, to)}; a line never shares a sentence with another line. */
    public static List<int[]> sentenceSpans(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        while (s < to && (Character.isWhitespace(text.charAt(s)))) s++;
        int i = s;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, to) && !LIST_NUMBER.matcher(text).region(s, i).matches()) {
                int e = i + 1;
                while (e < to && (text.charAt(e) == '"' || text.charAt(e) == '\'' || text.charAt(e) == ')')) e++;
                add(out, text, s, e);
                s = e;
                while (s < to && Character.isWhitespace(text.charAt(s))) s++;
                i = s;
                continue;
            }
            i++;
        }
        add(out, text, s, to);
        return out;
    }

    /**
     * Longest sentence kept whole, in characters: a longer one is cut into pieces of at most this length (at a
     * semicolon, a comma or a space when there is one), so that no rule runs over a whole megabyte of unpunctuated
     * text. Real sentences are shorter (the corpora's longest is about 720); quotes are narrowed further by
     * {@link Quotes}.
     */
    static final int MAX_SENTENCE_CHARS = 1_500;

    private static void add(List<int[]> out, String text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        while (e - s > MAX_SENTENCE_CHARS) {
            int cut = cutPoint(text, s, s + MAX_SENTENCE_CHARS);
            int end = cut;
            while (end > s && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > s) out.add(new int[] {s, end});
            s = cut;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        }
        if (e > s) out.add(new int[] {s, e});
    }

    /** Where to cut a piece of {@code text[s, max)}: after its last ';', else ',', else before its last space (past half way). */
    private static int cutPoint(String text, int s, int max) {
        int half = s + MAX_SENTENCE_CHARS / 2;
        for (char c : new char[] {';', ',', ' '}) {
            for (int i = max - 1; i > half; i--) if (text.charAt(i) == c) return c == ' ' ? i : i + 1;
        }
        return max;
    }

    private static boolean isBoundary(String text, int i, int to) {
        int j = i + 1;
        while (j < to && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')')) j++;
        if (j >= to) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < to && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= to) return true;
        char n = text.charAt(j);
        if (!(Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '\'' || n == '(')) return false;
        if (text.charAt(i) != '.') return true;
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        String word = text.substring(w, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // initial: "S. Jaishankar"
        if (w > 0 && text.charAt(w - 1) == '.') return false; // "U.S."
        return !ABBREVIATIONS.contains(Text.fold(word));
    }
}
