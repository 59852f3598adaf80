package org.diplograph.extract.read;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.diplograph.facts.DocumentFacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 1, Read: turns plain text, Markdown or HTML into normalised text with a map back to original offsets,
 * and reads the optional header block ({@code title:}, {@code source:}, {@code url:}, {@code published:}).
 */
public final class ArticleReader {
    private static final Pattern HEADER_LINE =
            Pattern.compile("(?i)^(title|source|url|published|date|author)\\s*:\\s*(.*)$");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "article", "section", "blockquote",
            "header", "main", "title", "figcaption", "figure", "hr", "dd", "dt", "body");
    /** HTML elements whose whole content is page furniture, with the reason recorded for review. */
    private static final Map<String, String> FURNITURE_TAGS = Map.of("nav", "navigation", "aside",
            "related-content", "footer", "navigation", "script", "script", "style", "style", "noscript", "script",
            "head", "html-head", "form", "comment-prompt", "iframe", "navigation");

    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(p|div|nav|article|aside|footer|header|section|h[1-6]|span|ul|ol|li|br|table|td|a\\s+href)[\\s>/]");

    /** Text saved from a web page into a .txt file: several block tags ("<p>", "<div", "<nav>", ...). */
    static boolean looksLikeHtml(String raw) {
        Matcher m = HTML_TAG.matcher(raw.length() > 20_000 ? raw.substring(0, 20_000) : raw);
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

    /**
     * HTML, parsed by jsoup with source positions: a tag becomes a space (a block tag a line break) at its offset, text
     * is copied from the original with its entities decoded (by jsoup) and {@code \n \r \t} as spaces, and a furniture
     * element goes whole (one line break; recorded in {@code dropped} unless it is a script, a style or the head, whose
     * {@code <title>} is returned). Returns the head's title or null.
     */
    private static String stripHtml(String raw, int from, Builder b) {
        Document doc = Jsoup.parse(raw.substring(from), "", Parser.htmlParser().setTrackPosition(true));
        List<Piece> pieces = new ArrayList<>();
        String[] title = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Range r = node.sourceRange();
                if (!r.isTracked() || r.isImplicit()) return FilterResult.CONTINUE; // html, head, body, tbody jsoup added
                int start = from + r.startPos();
                if (node instanceof TextNode) {
                    pieces.add(new Piece(start, from + r.endPos(), Piece.TEXT, null));
                } else if (node instanceof DocumentType) {
                    pieces.add(new Piece(start, start, ' ', null));
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (FURNITURE_TAGS.containsKey(name) && raw.charAt(from + r.endPos() - 2) != '/') {
                        Range close = e.endSourceRange();
                        int end = close.isTracked() && !close.isImplicit() ? from + close.endPos() : raw.length();
                        if (name.equals("head")) {
                            Element t = e.selectFirst("title");
                            if (t != null) title[0] = t.wholeText().strip();
                        }
                        pieces.add(new Piece(start, end, Piece.FURNITURE, FURNITURE_TAGS.get(name)));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    pieces.add(new Piece(start, start, BLOCK_TAGS.contains(name) ? '\n' : ' ', null));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Range close = e.endSourceRange();
                    if (close.isTracked() && !close.isImplicit() && !FURNITURE_TAGS.containsKey(e.normalName())) {
                        int at = from + close.startPos();
                        pieces.add(new Piece(at, at, BLOCK_TAGS.contains(e.normalName()) ? '\n' : ' ', null));
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        pieces.sort(Comparator.comparingInt(Piece::start));
        int done = from; // offsets before this are written (or dropped as furniture)
        for (Piece p : pieces) {
            if (p.start() < done) continue;
            switch (p.kind()) {
                case Piece.FURNITURE -> {
                    if (!p.reason().equals("script") && !p.reason().equals("style") && !p.reason().equals("html-head")) {
                        b.dropped.add(new DocumentFacts.Dropped(p.start(), p.end(), p.reason(), raw.substring(p.start(), p.end())));
                    }
                    b.add('\n', p.start());
                    done = p.end();
                }
                case Piece.TEXT -> {
                    text(raw, p.start(), p.end(), b);
                    done = p.end();
                }
                default -> b.add((char) p.kind(), p.start());
            }
        }
        return title[0];
    }

    /**
     * What the HTML gives, by offset in the original: a line break or space ({@code kind} the character), a text
     * {@code [start, end)}, or a furniture element {@code [start, end)} with the reason it is dropped.
     */
    private record Piece(int start, int end, int kind, String reason) {
        static final int TEXT = -1;
        static final int FURNITURE = -2;
    }

    /** Original HTML text {@code [start, end)}: entities decoded by jsoup (each decoded character maps to its {@code &}). */
    private static void text(String raw, int start, int end, Builder b) {
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            int semi = c == '&' ? raw.indexOf(';', i) : -1;
            if (semi > i + 1 && semi < end && semi - i <= 32) {
                String entity = raw.substring(i, semi + 1);
                String decoded = Parser.unescapeEntities(entity, false);
                if (!decoded.equals(entity)) {
                    for (int k = 0; k < decoded.length(); k++) b.add(decoded.charAt(k), i);
                    i = semi;
                    continue;
                }
            }
            b.add(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, i);
        }
    }

    private static final org.commonmark.parser.Parser MARKDOWN = org.commonmark.parser.Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /**
     * Markdown, parsed by commonmark-java with source spans: the text of headings, paragraphs, emphasis, links and code
     * is kept at its offsets, with the line ends; the marks ({@code # ** * `}, link targets), images and inline HTML go.
     */
    private static void stripMarkdown(String raw, int from, Builder b) {
        int n = raw.length() - from;
        String[] kept = new String[n];
        boolean[] covered = new boolean[n]; // inside a text, code or image: its line ends are not the article's
        MARKDOWN.parse(raw.substring(from)).accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                keep(t, t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                keep(c, c.getLiteral());
            }

            @Override
            public void visit(Image image) {
                for (SourceSpan s : image.getSourceSpans()) Arrays.fill(covered, s.getInputIndex(), s.getInputIndex() + s.getLength(), true);
            }

            /**
             * Lays a literal over its source span: a character stands where the source has it, a backslash escape at the
             * escaped character, an entity's characters at its {@code &}; the marks between are left out.
             */
            private void keep(org.commonmark.node.Node node, String literal) {
                int li = 0;
                for (SourceSpan s : node.getSourceSpans()) {
                    int a = s.getInputIndex(), e = a + s.getLength();
                    Arrays.fill(covered, a, e, true);
                    for (int ri = a; ri < e && li < literal.length(); ri++) {
                        char c = raw.charAt(from + ri);
                        if (c == literal.charAt(li)) {
                            kept[ri] = String.valueOf(c);
                            li++;
                        } else if (c == '&' && raw.indexOf(';', from + ri) >= 0 && raw.indexOf(';', from + ri) < from + e) {
                            int semi = raw.indexOf(';', from + ri) - from;
                            char after = semi + 1 < e ? raw.charAt(from + semi + 1) : 0;
                            StringBuilder decoded = new StringBuilder();
                            while (li < literal.length() && (decoded.isEmpty() || literal.charAt(li) != after)) decoded.append(literal.charAt(li++));
                            kept[ri] = decoded.toString();
                            ri = semi;
                        }
                    }
                }
            }
        });
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(from + i);
            if (kept[i] != null) for (int k = 0; k < kept[i].length(); k++) b.add(kept[i].charAt(k), from + i);
            else if (!covered[i] && (c == '\n' || c == '\r')) b.add(c, from + i);
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
                    // "Baku\u2013Tbilisi\u2013Ceyhan": an en dash inside a compound joins its words as a hyphen does
                    if (c == '\u2013' && rawIndex > 0 && rawIndex + 1 < raw.length()
                            && Character.isLetter(raw.charAt(rawIndex - 1)) && Character.isLetter(raw.charAt(rawIndex + 1))) {
                        put('-', rawIndex);
                        return;
                    }
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
            if (sb.length() == map.length) map = Arrays.copyOf(map, map.length * 2);
            map[sb.length()] = rawIndex;
            sb.append(c);
        }

        int[] map() {
            return Arrays.copyOf(map, sb.length());
        }
    }
}
