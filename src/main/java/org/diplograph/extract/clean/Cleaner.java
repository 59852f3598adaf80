package org.diplograph.extract.clean;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.annotate.Tokenizer;
import org.diplograph.extract.read.Article;
import org.diplograph.extract.recognize.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.facts.DocumentFacts;

/**
 * Clean: classifies each line of the normalised text as content or page furniture/spam, so that no entity
 * ever comes from navigation, teasers, comment prompts, social links, SEO link lists or trailing headline lists.
 * Every dropped span is recorded with its reason.
 */
public final class Cleaner {

    /** A kept line, in normalised offsets. */
    public record Line(int start, int end) {}

    /** The outcome: lines to extract from, and what was dropped (original offsets). */
    public record Result(List<Line> kept, List<DocumentFacts.Dropped> dropped) {}

    private record Rule(String reason, Pattern pattern) {}

    private static final List<Rule> LINE_RULES = List.of(
            new Rule("comment-prompt", Pattern.compile("(?i)^(\\d+\\s+comments?|comments?\\s*\\(\\d+\\)|submit a comment"
                    + "|leave a (comment|reply).*|post a comment.*|add a comment.*|.*your email address will not be published.*"
                    + "|.*required fields are marked.*|.*share your (thoughts|insights|views|opinion).*comments?.*"
                    + "|what (are|do) you think.*comments?.*|what are your thoughts.*|.*let us know in the comments.*"
                    + "|comments|reply|cancel reply)$")),
            new Rule("social-links", Pattern.compile("(?i)^(.*\\b(follow|join|subscribe to|like)\\b.{0,60}\\b(instagram|twitter"
                    + "|facebook|telegram|youtube|whatsapp|linkedin|tiktok|x\\.com)\\b.*|share( this( article| story| post)?)?"
                    + "( on .*)?|share on .*|tweet|email|print|(facebook|twitter|telegram|whatsapp|linkedin)"
                    + "([ ,|/]+(facebook|twitter|telegram|whatsapp|linkedin|email|x))*)$")),
            new Rule("navigation", Pattern.compile("(?i)^(home|menu|search|login|log in|sign in|sign up|register"
                    + "|skip to (main )?content|loading\\.*|advertisement|ad|sponsored( content)?|read more.*"
                    + "|image source:.*|photo( credit)?:.*|source: .{0,40}|back to top|next article.*"
                    + "|previous article.*|table of contents:?|click here.*|newsletter|subscribe|cookie.*|tags?:.*|topics?:.*"
                    + "|categories:.*|filed under:?.*|copyright.*|©.*|all rights reserved.*|trending:.*)$")),
            new Rule("related-content", Pattern.compile("(?i)^related( articles?| posts?| stories| news)?\\s*:.*$")));

    /** Headings after which everything is teasers or unrelated lists. */
    private static final Pattern TAIL_HEADING = Pattern.compile("(?i)^(related( articles?| posts?| stories| news| content)?"
            + "|latest( content| news| posts| articles| stories)?|read also|also read|see also|you may also like"
            + "|you might also like|more from .{1,40}|more stories|more news|recommended( for you)?|popular( posts)?"
            + "|trending( now)?|most read|most popular|ultimas publicaciones|últimas publicaciones|in case you missed it"
            + "|editor'?s picks|top stories)\\s*:?$");
    /** A reader's comment: "Farrukh_K: ...", "Guest: ...", "Dilshod_77 (2h ago): ...". */
    private static final Pattern COMMENT_LINE = Pattern.compile("^[\\p{L}\\p{N}_.\\-]{2,30}( \\([^)]{1,20}\\))?:\\s.+$");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*•·]|\\d+[.)])\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*([-*•·]\\s+)?\\d+(\\.\\d+)*[.)]?\\s.*");

    private final Gazetteer gazetteer;

    public Cleaner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Result clean(Article a) {
        String t = a.norm();
        List<int[]> lines = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                lines.add(new int[] {s, i});
                s = i + 1;
            }
        }
        int n = lines.size();
        String[] reason = new String[n];
        String[] text = new String[n];
        for (int i = 0; i < n; i++) text[i] = t.substring(lines.get(i)[0], lines.get(i)[1]).strip();

        for (int i = 0; i < n; i++) {
            if (text[i].isEmpty()) continue;
            String plain = text[i].replaceAll("^[-*•#>\\s]+", "").strip();
            if (TAIL_HEADING.matcher(plain).matches()) {
                for (int k = i; k < n; k++) if (!text[k].isEmpty()) reason[k] = "related-content";
                break;
            }
            for (Rule r : LINE_RULES) {
                if (r.pattern().matcher(plain).matches()) {
                    reason[i] = r.reason();
                    break;
                }
            }
            // "Comments (2)" then "Farrukh_K: Good news, but ...": the readers' comments up to the next blank line
            if ("comment-prompt".equals(reason[i]) && plain.matches("(?i)^(\\d+\\s+comments?|comments?\\s*(\\(\\d+\\))?)$")) {
                for (int k = i + 1; k < n && !text[k].isEmpty(); k++) {
                    if (COMMENT_LINE.matcher(text[k]).matches()) reason[k] = "comment-prompt";
                    else break;
                }
            }
            if (reason[i] == null && (plain.contains(" | ") || plain.contains("»") || plain.contains(" > ")
                    || plain.contains(" / ") || plain.matches("(?i)^home\\b.*")) && words(plain) <= 14
                    && !endsSentence(plain)) {
                reason[i] = "navigation";
            }
        }
        markLinkLists(text, reason);
        markTrailingHeadlines(text, reason);

        List<Line> kept = new ArrayList<>();
        List<DocumentFacts.Dropped> dropped = new ArrayList<>(a.dropped());
        int i = 0;
        while (i < n) {
            if (reason[i] == null) {
                if (!text[i].isEmpty()) kept.add(new Line(lines.get(i)[0], lines.get(i)[1]));
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && (reason[j + 1] == null ? text[j + 1].isEmpty() && j + 2 < n
                    && reason[i].equals(reason[j + 2]) : reason[j + 1].equals(reason[i]))) j++;
            int ns = lines.get(i)[0] + (t.substring(lines.get(i)[0], lines.get(i)[1]).length()
                    - t.substring(lines.get(i)[0], lines.get(i)[1]).stripLeading().length());
            int ne = lines.get(j)[1];
            while (ne > ns && Character.isWhitespace(t.charAt(ne - 1))) ne--;
            if (ne > ns) {
                int rs = a.rawStart(ns);
                int re = a.rawEnd(ne);
                dropped.add(new DocumentFacts.Dropped(rs, re, reason[i], a.raw().substring(rs, re)));
            }
            i = j + 1;
        }
        dropped.sort(java.util.Comparator.comparingInt(DocumentFacts.Dropped::start));
        return new Result(kept, dropped);
    }

    /** Runs of short bullet lines naming no state or organisation: SEO link lists inside articles. */
    private void markLinkLists(String[] text, String[] reason) {
        int n = text.length;
        for (int i = 0; i < n; i++) {
            if (reason[i] != null || !isLinkLike(text[i])) continue;
            int j = i;
            while (j + 1 < n && reason[j + 1] == null && isLinkLike(text[j + 1])) j++;
            if (j > i) for (int k = i; k <= j; k++) reason[k] = "seo-link-list";
            i = j;
        }
    }

    private boolean isLinkLike(String line) {
        var m = BULLET.matcher(line);
        if (!m.matches() || NUMBERED.matcher(line).matches()) return false;
        String body = m.group(2).strip();
        if (words(body) > 8 || body.isEmpty() || endsSentence(body) || body.contains(":")) return false;
        return !namesStateOrOrg(body);
    }

    /** Short unpunctuated lines at the very end of the text: unrelated headline lists. */
    private void markTrailingHeadlines(String[] text, String[] reason) {
        int last = text.length - 1;
        int count = 0;
        int i = last;
        while (i >= 0) {
            if (text[i].isEmpty() || reason[i] != null) { i--; continue; }
            String l = text[i];
            if (endsSentence(l) || words(l) > 16 || words(l) < 2) break;
            if (BULLET.matcher(l).matches() && namesStateOrOrg(l)) break; // a closing list of points, not teasers
            count++;
            i--;
        }
        if (count == 0) return;
        boolean contentBefore = false;
        for (int k = 0; k <= i; k++) if (reason[k] == null && words(text[k]) > 20) contentBefore = true;
        if (!contentBefore) return;
        for (int k = i + 1; k <= last; k++) if (reason[k] == null && !text[k].isEmpty()) reason[k] = "trailing-headlines";
    }

    private boolean namesStateOrOrg(String s) {
        List<Token> toks = Tokenizer.tokens(s, 0, s.length());
        for (int i = 0; i < toks.size(); i++) {
            Gazetteer.Match m = gazetteer.match(toks, i);
            if (m != null && (m.has(Gazetteer.Kind.STATE) || m.has(Gazetteer.Kind.ORG) || m.has(Gazetteer.Kind.CAPITAL))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String s) {
        String e = s.strip();
        if (e.isEmpty()) return false;
        char c = e.charAt(e.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == ';';
    }

    private static int words(String s) {
        String x = s.strip();
        return x.isEmpty() ? 0 : x.split("\\s+").length;
    }
}
