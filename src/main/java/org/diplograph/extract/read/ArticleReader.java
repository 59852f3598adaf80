package org.diplograph.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.facts.DocumentFacts;

/**
 * Step 1, Read: turns plain text, Markdown or HTML into normalised text with a map back to original offsets,
 * and reads the optional header block ({@code title:}, {@code source:}, {@code url:}, {@code published:}).
 */
public final class ArticleReader {
    private static final Pattern HEADER_LINE =
            Pattern.compile("(?i)^(title|source|url|published|date|author)\\s*:\\s*(.*)$");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "-"), Map.entry("mdash", " - "),
            Map.entry("rsquo", "'"), Map.entry("lsquo", "'"), Map.entry("ldquo", "\""), Map.entry("rdquo", "\""),
            Map.entry("hellip", "..."), Map.entry("laquo", "\""), Map.entry("raquo", "\""), Map.entry("euro", "\u20ac"),
            Map.entry("pound", "\u00a3"), Map.entry("yen", "\u00a5"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("middot", "\u00b7"), Map.entry("bull", "\u2022"), Map.entry("deg", "\u00b0"),
            Map.entry("times", "\u00d7"), Map.entry("szlig", "\u00df"), Map.entry("shy", ""));
    /** "&oacute;", "&Uuml;", "&ccedil;": a letter and a diacritic. */
    private static final Pattern ACCENTED = Pattern.compile("([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron)");
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("p", "div", "br", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "article", "section", "blockquote",
            "header", "main", "title", "figcaption", "figure", "hr", "dd", "dt", "body");
    /** HTML elements whose whole content is page furniture, with the reason recorded for review. */
    private static final Map<String, String> FURNITURE_TAGS = Map.of("nav", "navigation", "aside",
            "related-content", "footer", "navigation", "script", "script", "style", "style", "noscript", "script",
            "head", "html-head", "form", "comment-prompt", "iframe", "navigation");

    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile(
            "(?i)<(p|div|nav|article|aside|footer|header|section|h[1-6]|span|ul|ol|li|br|table|td|a\\s+href)[\\s>/]");

    /** Text saved from a web page into a .txt file: several block tags ("<p>", "<div", "<nav>", ...). */
    static boolean looksLikeHtml(String raw) {
        java.util.regex.Matcher m = HTML_TAG.matcher(raw.length() > 20_000 ? raw.substring(0, 20_000) : raw);
        int n = 0;
        while (m.find()) if (++n >= 3) return true;
        return false;
    }

    /** Reads one article; the file name (.html .htm .md .markdown) decides the format, else the content does. */
    public Article read(String fileName, String raw) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = raw.stripLeading().toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm")
                || (!lower.endsWith(".md") && !lower.endsWith(".markdown") && (head.startsWith("<!doctype html")
                || head.startsWith("<html") || looksLikeHtml(raw)));
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
        Builder b = new Builder(raw);
        String[] header = new String[4];
        String htmlTitle = null;
        int bodyStart = readHeader(raw, header);
        if (html) {
            htmlTitle = stripHtml(raw, bodyStart, b);
        } else if (markdown) {
            stripMarkdown(raw, bodyStart, b);
        } else {
            for (int i = bodyStart; i < raw.length(); i++) b.add(raw.charAt(i), i);
        }
        String title = header[0] != null ? header[0] : htmlTitle;
        return new Article(raw, b.sb.toString(), b.map(), title, header[1], header[2], header[3], b.dropped);
    }

    /** Reads the header block (key: value lines then a blank line); returns where the body starts. */
    static int readHeader(String raw, String[] out) {
        int pos = 0;
        int lines = 0;
        String[] found = new String[4];
        while (pos < raw.length()) {
            int nl = raw.indexOf('\n', pos);
            int end = nl < 0 ? raw.length() : nl;
            String line = raw.substring(pos, end).strip();
            if (line.isEmpty()) {
                if (lines == 0) return 0;
                System.arraycopy(found, 0, out, 0, 4);
                return nl < 0 ? raw.length() : nl + 1;
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches()) return 0;
            String v = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> found[0] = v;
                case "source" -> found[1] = v;
                case "url" -> found[2] = v;
                case "published", "date" -> found[3] = v;
                default -> { }
            }
            lines++;
            if (nl < 0) return 0;
            pos = nl + 1;
        }
        return 0;
    }

    private static String stripHtml(String raw, int from, Builder b) {
        String title = null;
        int i = from;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '<') {
                if (raw.startsWith("<!--", i)) {
                    int e = raw.indexOf("-->", i);
                    i = e < 0 ? n : e + 3;
                    continue;
                }
                int e = raw.indexOf('>', i);
                if (e < 0) { b.add(c, i); i++; continue; }
                String tag = raw.substring(i + 1, e).strip();
                String name = tagName(tag);
                boolean closing = tag.startsWith("/");
                if (!closing && FURNITURE_TAGS.containsKey(name) && !tag.endsWith("/")) {
                    int close = indexOfIgnoreCase(raw, "</" + name, e);
                    int end = close < 0 ? n : Math.max(close, raw.indexOf('>', close) + 1);
                    if (name.equals("head")) {
                        Matcher tm = Pattern.compile("(?is)<title[^>]*>(.*?)</title>").matcher(raw.substring(i, end));
                        if (tm.find()) title = decodeEntities(tm.group(1)).strip();
                    }
                    String reason = FURNITURE_TAGS.get(name);
                    if (!reason.equals("script") && !reason.equals("style") && !reason.equals("html-head")) {
                        b.dropped.add(new DocumentFacts.Dropped(i, end, reason, raw.substring(i, end)));
                    }
                    b.add('\n', i);
                    i = end;
                    continue;
                }
                if (BLOCK_TAGS.contains(name)) b.add('\n', i);
                else b.add(' ', i);
                i = e + 1;
            } else if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String ent = raw.substring(i + 1, semi);
                    String dec = decodeEntity(ent);
                    if (dec != null) {
                        for (int k = 0; k < dec.length(); k++) b.add(dec.charAt(k), i);
                        i = semi + 1;
                        continue;
                    }
                }
                b.add(c, i);
                i++;
            } else {
                b.add(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, i);
                i++;
            }
        }
        return title;
    }

    private static String tagName(String tag) {
        int s = tag.startsWith("/") ? 1 : 0;
        int e = s;
        while (e < tag.length() && Character.isLetterOrDigit(tag.charAt(e))) e++;
        return tag.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        String lw = what.toLowerCase(Locale.ROOT);
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, lw, 0, lw.length())) return i;
        }
        return -1;
    }

    static String decodeEntities(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            String dec = semi > i && semi - i <= 10 ? decodeEntity(s.substring(i + 1, semi)) : null;
            if (dec != null) {
                b.append(dec);
                i = semi;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String decodeEntity(String ent) {
        try {
            if (ent.startsWith("#x") || ent.startsWith("#X")) return new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
            if (ent.startsWith("#")) return new String(Character.toChars(Integer.parseInt(ent.substring(1))));
        } catch (IllegalArgumentException e) {
            return null;
        }
        java.util.regex.Matcher am = ACCENTED.matcher(ent);
        if (am.matches()) {
            char mark = switch (am.group(2)) {
                case "acute" -> '\u0301';
                case "grave" -> '\u0300';
                case "circ" -> '\u0302';
                case "uml" -> '\u0308';
                case "tilde" -> '\u0303';
                case "cedil" -> '\u0327';
                case "ring" -> '\u030a';
                default -> '\u030c';
            };
            return java.text.Normalizer.normalize(am.group(1) + mark, java.text.Normalizer.Form.NFC);
        }
        return ENTITIES.get(ent.toLowerCase(Locale.ROOT));
    }

    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");

    /** Markdown: drops heading marks, emphasis marks, and link targets (keeping link text). */
    private static void stripMarkdown(String raw, int from, Builder b) {
        int i = from;
        int n = raw.length();
        boolean lineStart = true;
        Matcher link = MD_LINK.matcher(raw);
        while (i < n) {
            char c = raw.charAt(i);
            if (lineStart && c == '#') {
                while (i < n && (raw.charAt(i) == '#')) i++;
                while (i < n && raw.charAt(i) == ' ') i++;
                lineStart = false;
                continue;
            }
            lineStart = c == '\n';
            if (c == '[' || (c == '!' && i + 1 < n && raw.charAt(i + 1) == '[')) {
                if (link.find(i) && link.start() == i) {
                    if (c != '!') {
                        for (int k = link.start(1); k < link.end(1); k++) b.add(raw.charAt(k), k);
                    }
                    i = link.end();
                    continue;
                }
            }
            if ((c == '*' || c == '_') && (i + 1 < n && raw.charAt(i + 1) == c)) { i += 2; continue; }
            if (c == '*' && !(i + 1 < n && raw.charAt(i + 1) == ' ')) { i++; continue; }
            if (c == '`') { i++; continue; }
            b.add(c, i);
            i++;
        }
    }

    /** Builds normalised text and its offset map character by character. */
    static final class Builder {
        final String raw;
        final StringBuilder sb = new StringBuilder();
        int[] map = new int[256];
        final List<DocumentFacts.Dropped> dropped = new ArrayList<>();

        Builder(String raw) {
            this.raw = raw;
        }

        void add(char c, int rawIndex) {
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> put('\'', rawIndex);
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> put('"', rawIndex);
                case '\u2010', '\u2011', '\u2012', '\u2212' -> put('-', rawIndex);
                case '\u2013', '\u2014', '\u2015' -> {
                    boolean spaceBefore = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
                    if (!spaceBefore) put(' ', rawIndex);
                    put('-', rawIndex);
                    int next = rawIndex + 1;
                    if (next >= raw.length() || raw.charAt(next) != ' ') put(' ', rawIndex);
                }
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u2002', '\u2003', '\t' -> put(' ', rawIndex);
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> { }
                case '\u2026' -> { put('.', rawIndex); put('.', rawIndex); put('.', rawIndex); }
                case '\r' -> {
                    if (rawIndex + 1 >= raw.length() || raw.charAt(rawIndex + 1) != '\n') put('\n', rawIndex);
                }
                default -> put(c, rawIndex);
            }
        }

        private void put(char c, int rawIndex) {
            if (sb.length() == map.length) map = java.util.Arrays.copyOf(map, map.length * 2);
            map[sb.length()] = rawIndex;
            sb.append(c);
        }

        int[] map() {
            return java.util.Arrays.copyOf(map, sb.length());
        }
    }
}
