package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import static org.diplograph.extract.recognize.Gazetteer.Kind;
import static org.diplograph.extract.recognize.Words.MONTHS;
import static org.diplograph.extract.recognize.Words.NAME_STOP;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule family <b>agreements</b> of the {@link Recognizer}: memoranda of understanding, packages of documents ("23
 * cooperation agreements"), named agreements ("Treaty on Comprehensive Strategic Partnership", "Astana Declaration")
 * and generic ones ("a ten-year contract", "a joint statement on X"). Rule ids: {@code mou}, {@code mou-reference},
 * {@code package-count}, {@code named-agreement}, {@code generic-agreement}, {@code generic-agreement-topic}.
 */
final class AgreementNames {
    private static final Set<String> AGREEMENT_HEADS = Set.of("treaty", "agreement", "convention", "declaration",
            "charter", "protocol", "accord", "pact", "memorandum", "roadmap", "statement", "contract");
    /** Plural heads of a named set of agreements ("the ... Cooperation Agreements of May 27, 1998") and their singular. */
    private static final Map<String, String> PLURAL_HEADS = Map.of("agreements", "agreement", "treaties", "treaty",
            "protocols", "protocol", "accords", "accord", "conventions", "convention");
    /** Words no name is made of that an agreement's title may have: "Comprehensive Economic Partnership Agreement". */
    private static final Set<String> TITLE_WORDS = Set.of("strategic", "economic", "security", "political");

    /** A word a title may be made of: not a stop word, unless a title's ("Economic"). */
    private static boolean titleWord(Token x) {
        return !NAME_STOP.contains(x.fold()) || TITLE_WORDS.contains(x.fold());
    }

    private static final Set<String> AGREEMENT_CONNECT = Set.of("and", "of", "the", "on", "for", "in", "to");
    private static final Set<String> NO_TOPIC = Set.of("this", "that", "these", "those", "it", "them", "the", "matter",
            "issue", "issues", "subject");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019");
    private static final Set<String> PACKAGE_NOUNS = Set.of("documents", "agreements", "memoranda", "mous",
            "memorandums", "deals", "contracts", "accords", "instruments", "treaties", "protocols", "mou", "papers");
    private static final Set<String> GENERIC_AGREEMENT = Set.of("agreement", "contract", "deal", "treaty", "accord",
            "roadmap", "protocol", "statement", "declaration", "memorandum", "mou", "pact", "plan", "programme", "program");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("dozen", 12));
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    void recognize(SentenceScan w) {
        List<Token> t = w.t;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Token x = t.get(i);
            if (!w.free(i, i + 1)) continue;
            // memorandum of understanding, MoU
            int mouEnd = mouAt(t, i);
            if (mouEnd > 0) {
                // "MoUs [memorandum of understandings]": a plural, with its gloss
                boolean plural = t.get(i).is("memoranda") || t.get(i).is("mous") || t.get(i).is("memorandums")
                        || t.get(mouEnd - 1).is("understandings");
                if (plural || precededByCount(t, i)) continue;
                int e = mouEnd;
                StringBuilder title = new StringBuilder("Memorandum of Understanding");
                if (e < n && t.get(e).text().equals("(") && e + 2 < n && t.get(e + 2).text().equals(")")) e += 3;
                // "the Memorandum of Understanding between the Government of Turkmenistan and the Government of the
                // Republic of Azerbaijan on joint exploration ...": its parties, then its topic; no back-reference
                boolean between = e < n && t.get(e).is("between");
                int on = e;
                if (between) {
                    int j = e + 1;
                    while (j < n && j <= e + 16 && (t.get(j).cap() || Set.of("the", "of", "and", ",").contains(t.get(j).text()))) j++;
                    if (j < n && t.get(j).is("on")) on = j;
                }
                if (on > e && on + 1 < n && !MONTHS.contains(t.get(on + 1).fold()) && !t.get(on + 1).digits()) {
                    int te = TopicSpans.topicEnd(t, on + 1);
                    if (te > on + 1) title.append(" on ").append(w.text(on + 1, te));
                } else if (e + 1 < n && (t.get(e).is("on") || t.get(e).is("regarding") || t.get(e).is("concerning"))
                        && !MONTHS.contains(t.get(e + 1).fold()) && !t.get(e + 1).digits()
                        && !DAYS.contains(t.get(e + 1).fold())) {
                    int te = TopicSpans.topicEnd(t, e + 1);
                    if (te > e + 1) {
                        title.append(' ').append(t.get(e).fold()).append(' ').append(w.text(e + 1, te));
                        e = te;
                    }
                } else if (e + 2 < n && t.get(e).is("to") && t.get(e + 1).word() && !t.get(e + 1).cap()
                        && !NOT_TO_VERBS.contains(t.get(e + 1).fold())) {
                    // "a memorandum of understanding to establish the Saudi-Georgian Coordination Council": its purpose
                    // names it, and the names in the purpose stay free for their own rules
                    int te = TopicSpans.topicEnd(t, e + 2);
                    if (te > e + 2) {
                        title.append(" to ").append(w.text(e + 1, te));
                    }
                }
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, i, e, "agreement:" + Text.slug(title.toString()), "mou");
                m.name = title.toString();
                m.kind = "mou";
                if (title.length() == "Memorandum of Understanding".length() && i > 0 && !between
                        && Set.of("the", "this", "that").contains(t.get(i - 1).fold())) m.rule = "mou-reference";
                i = e - 1;
                continue;
            }
            // package: "23 cooperation agreements", "a package of 15 documents"
            Integer count = number(x);
            if (count != null && count >= 2 && count <= 300 && !(i > 0 && t.get(i - 1).text().equals("$"))) {
                int j = i + 1;
                int adj = 0;
                while (j < n && adj < 3 && t.get(j).word() && !t.get(j).cap() && !PACKAGE_NOUNS.contains(t.get(j).fold())
                        && !t.get(j).digits() && !NUMBER_WORDS.containsKey(t.get(j).fold())
                        && !(t.get(j).fold().endsWith("ed") && !t.get(j).is("proposed") && !t.get(j).is("signed"))
                        && !Set.of("sides", "parties", "countries", "leaders", "of", "and", "the").contains(t.get(j).fold())) {
                    j++;
                    adj++;
                    // "24 intergovernmental and interdepartmental agreements": two adjectives joined
                    if (j + 1 < n && t.get(j).is("and") && t.get(j + 1).word() && !t.get(j + 1).cap()
                            && t.get(j + 1).fold().matches(".*(al|ial|ary|ic)")) j++;
                    // "eight broad-ranging agreements": a hyphenated adjective
                    if (j + 1 < n && t.get(j).text().equals("-") && t.get(j + 1).word() && !t.get(j + 1).cap()) j += 2;
                }
                if (j < n && PACKAGE_NOUNS.contains(t.get(j).fold()) && (t.get(j).word())) {
                    int e = j + 1;
                    if (t.get(j).is("memoranda") && e + 1 < n && t.get(e).is("of") && t.get(e + 1).is("understanding")) e += 2;
                    if (e < n && t.get(e).text().equals("(") && e + 2 < n && t.get(e + 2).text().equals(")")) e += 3;
                    Mention.Draft m = w.add(Mention.Type.AGREEMENT, i, e, "agreement:package-" + count, "package-count");
                    m.name = w.text(i, e);
                    m.kind = "package";
                    m.count = count;
                    i = e - 1;
                    continue;
                }
            }
            // named: "Treaty on Comprehensive Strategic Partnership", "Ashgabat Agreement"
            // "the Security Cooperation Agreements signed on April 17, 2001": a named set in the plural
            boolean plural = x.cap() && PLURAL_HEADS.containsKey(x.fold()) && i > 0 && t.get(i - 1).cap();
            if (x.cap() && (AGREEMENT_HEADS.contains(x.fold()) || plural) && !(w.titleCase && i == 0)) {
                int a = i;
                // "Khankendi Declaration", "Astana Declaration": a city names the document
                while (a > 0 && t.get(a - 1).cap() && titleWord(t.get(a - 1)) && (w.free(a - 1, a)
                        || w.spanOf[a - 1] != null && (w.spanOf[a - 1].has(Kind.PLACE) || w.spanOf[a - 1].has(Kind.CAPITAL)))) a--;
                // "the Economic, Trade, Investment, Sports and Youth Cooperation Agreements": a title-case list of fields
                while (a > 2 && (t.get(a - 1).text().equals(",") || t.get(a - 1).is("and")) && t.get(a).cap()
                        && t.get(a - 2).cap() && w.free(a - 2, a - 1) && titleWord(t.get(a - 2))) {
                    a -= 2;
                    while (a > 0 && t.get(a - 1).cap() && w.free(a - 1, a) && titleWord(t.get(a - 1))) a--;
                }
                // "Nakhchivan-Kars Agreement", "the 25-Year Strategic Partnership Contract"
                while (a > 1 && t.get(a - 1).text().equals("-") && (t.get(a - 2).word() && t.get(a - 2).cap()
                        || t.get(a - 2).digits() && t.get(a).is("year"))) a -= 2;
                int e = i + 1;
                if (e + 1 < n && titleConnect(w, e)) {
                    e = capRun(t, afterConnector(t, e));
                    while (e + 1 < n && titleConnect(w, e)) e = capRun(t, afterConnector(t, e));
                }
                boolean loneHead = a == i && e == i + 1;
                if (plural && a == i) continue;
                if (loneHead && !(GENERIC_AGREEMENT.contains(x.fold()) && e + 1 < n && t.get(e).is("on")
                        && !t.get(e + 1).cap()) && !(GENERIC_AGREEMENT.contains(x.fold()) && statesThenOn(w, e) > 0)) continue;
                if (!loneHead) {
                // strip state mentions swallowed by the title
                int fa = a;
                int fe = e;
                w.out.removeIf(m -> m.from >= fa && m.to <= fe && m.type != Mention.Type.AGREEMENT);
                for (int k = a; k < e; k++) w.used[k] = false;
                String title = w.text(a, e);
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, a, e, "agreement:" + Text.slug(title), "named-agreement");
                m.name = title;
                m.kind = agreementKind(plural ? PLURAL_HEADS.get(x.fold()) : x.fold());
                i = e - 1;
                continue;
                }
            }
            // generic: "a ten-year contract", "a joint statement" (kept only when a signing verb governs it), and a
            // capitalised head with a lower-case topic: "signed a Treaty on allied relations"
            // "a road map of comprehensive cooperation": two words for a roadmap
            boolean roadMap = x.is("map") && i > 0 && t.get(i - 1).is("road");
            // "in a press statement on the sidelines of ...": a statement to the press is no agreement
            if (x.is("statement") && i > 0 && t.get(i - 1).is("press")) continue;
            // "which serves as a roadmap for ...": a description of another document, no document of its own
            if (!x.cap() && i > 1 && t.get(i - 2).is("as") && (t.get(i - 1).is("a") || t.get(i - 1).is("an"))) continue;
            // "the Treaty between Kyrgyzstan, Tajikistan, and Uzbekistan on the junction point of ...": the states it is
            // between are left to the party rules, the title is the head and the topic
            int on = x.cap() ? statesThenOn(w, i + 1) : -1;
            if ((GENERIC_AGREEMENT.contains(x.fold()) || roadMap) && (!x.cap() || AGREEMENT_HEADS.contains(x.fold())
                    && (i + 2 < n && t.get(i + 1).is("on") && !t.get(i + 2).cap() || on > 0) && !(w.titleCase && i == 0))) {
                int a = i;
                // a capitalised head opens its title: "a historic Declaration on friendship" is "Declaration on friendship"
                while (!x.cap() && a > 0 && (t.get(a - 1).word() && !t.get(a - 1).cap() && !t.get(a - 1).digits()
                        && !Set.of("a", "an", "the", "this", "that", "its", "their", "his", "her", "of", "and",
                        "signed", "sign", "inked", "initialled", "initialed", "concluded", "issued", "adopted",
                        "new").contains(t.get(a - 1).fold())
                        || t.get(a - 1).text().equals("-")) && i - a < 4 && w.free(a - 1, a)) a--;
                // "a landmark 25-year cooperation pact": a number joined to the title's first word by a hyphen is its own
                if (a < i && a > 0 && t.get(a).text().equals("-") && t.get(a - 1).digits() && t.get(a - 1).end() == t.get(a).start()
                        && t.get(a).end() == t.get(a + 1).start() && w.free(a - 1, a)) a--;
                if (a < i && t.get(a).text().equals("-")) a++;
                // "the BRI cooperation framework agreement": an acronym names the lower-case title it opens
                if (!x.cap() && a > 0 && a < i && acronym(t.get(a - 1)) && w.free(a - 1, a)) a--;
                // "the action plan of practical measures (roadmap)": another name of the agreement just named
                boolean inParens = a >= 2 && t.get(a - 1).text().equals("(") && i + 1 < n && t.get(i + 1).text().equals(")");
                if (a == i && inParens) {
                    boolean named = false;
                    for (Mention.Draft m : w.out) {
                        if (m.type != Mention.Type.AGREEMENT || m.to > a - 1 || a - 1 - m.to > 8) continue;
                        boolean topic = true; // "plan [of practical measures] (roadmap)": the title's lower-case topic
                        for (int k2 = m.to; k2 < a - 1; k2++) topic &= t.get(k2).word() && !t.get(k2).cap();
                        named |= topic;
                    }
                    if (named) continue;
                }
                int e = on > 0 ? on : i + 1;
                boolean topic = false;
                boolean ofTopic = (x.is("plan") || x.is("programme") || x.is("program") || x.is("protocol") || roadMap
                        || x.is("memorandum"))
                        && e + 1 < n && t.get(e).is("of") && !t.get(e + 1).cap();
                // "an agreement to end hostilities", "a contract to build a nuclear power plant": what it is to do
                boolean toTopic = e + 1 < n && t.get(e).is("to") && t.get(e + 1).word() && !t.get(e + 1).cap()
                        && !NOT_TO_VERBS.contains(t.get(e + 1).fold());
                if (e + 1 < n && (t.get(e).is("on") || t.get(e).is("regarding") || ofTopic || toTopic)
                        && !MONTHS.contains(t.get(e + 1).fold())
                        && !t.get(e + 1).digits() && !DAYS.contains(t.get(e + 1).fold())) {
                    int te = TopicSpans.topicEnd(t, e + 1);
                    for (Mention.Draft c : w.out) if (c.type == Mention.Type.CORRIDOR && c.from >= e + 1 && c.from <= te) te = Math.max(te, c.to);
                    // "a deal on the **Gashuunsukhait railway**": a topic cut short after "the" is none
                    while (te > e + 1 && Set.of("the", "a", "an", "of").contains(t.get(te - 1).fold())) te--;
                    // "an agreement on this", "memorandums on the matter": no topic
                    boolean empty = true;
                    for (int q = e + 1; q < te; q++) empty &= NO_TOPIC.contains(t.get(q).fold());
                    if (empty) te = e + 1;
                    if (te > e + 1) { e = te; topic = true; }
                }
                if (on > 0 && !topic) continue;
                String title = on > 0 ? w.text(a, i + 1) + " " + w.text(on, e) : w.text(a, e);
                // the “comprehensive strategic partnership treaty”: a lower-case title in quotes is its name
                boolean quoted = a > 0 && a < i && e == i + 1 && e < n && QUOTES.contains(t.get(a - 1).text())
                        && QUOTES.contains(t.get(e).text());
                Mention.Draft m = w.add(Mention.Type.AGREEMENT, a, i + 1, "agreement:" + Text.slug(title), quoted
                        ? "named-agreement" : topic ? "generic-agreement-topic" : "generic-agreement");
                m.name = title;
                m.kind = x.is("contract") ? "contract" : x.is("treaty") || x.is("pact") ? "treaty"
                        : x.is("statement") || x.is("declaration") ? "joint-statement" : x.is("roadmap") || roadMap ? "roadmap"
                        : x.is("memorandum") || x.is("mou") ? "mou" : "other";
            }
        }
    }

    /**
     * "between Kyrgyzstan, Tajikistan, and Uzbekistan on ...": from token k, "between" and only states, commas and "and"
     * up to an "on" followed by a lower-case word; that "on", else -1.
     */
    private static int statesThenOn(SentenceScan w, int k) {
        List<Token> t = w.t;
        if (k >= t.size() || !t.get(k).is("between")) return -1;
        int states = 0;
        for (int j = k + 1; j < Math.min(t.size() - 1, k + 14); j++) {
            if (t.get(j).is("on")) return states >= 2 && !t.get(j + 1).cap() ? j : -1;
            if (w.isGeo(j)) { if (j == k + 1 || !w.isGeo(j - 1)) states++; continue; }
            if (!(t.get(j).is("and") || t.get(j).text().equals(",") || t.get(j).is("the"))) return -1;
        }
        return -1;
    }

    /** A lower-case word inside an agreement title ("Treaty on X and Y"), not a place ("in Tashkent"). */
    private boolean titleConnect(SentenceScan w, int e) {
        List<Token> t = w.t;
        String f = t.get(e).fold();
        int next = afterConnector(t, e);
        if (!AGREEMENT_CONNECT.contains(f) || !t.get(e + 1).cap() && next == e + 1) return false;
        if (next >= t.size() || !t.get(next).cap()) return false;
        if ((f.equals("on") || f.equals("of")) && (MONTHS.contains(t.get(next).fold()) || DAYS.contains(t.get(next).fold()))) return false;
        if ((f.equals("in") || f.equals("to") || f.equals("on")) && w.spanOf[next] != null
                && (w.spanOf[next].has(Kind.CAPITAL) || w.spanOf[next].has(Kind.PLACE))) return false;
        // "Agreement on Cooperation in Education": the field of a title-case cooperation
        if (f.equals("in") && t.get(e - 1).text().equals("Cooperation") && !MONTHS.contains(t.get(next).fold())
                && !DAYS.contains(t.get(next).fold())) return true;
        if (f.equals("in") || f.equals("to")) return t.get(e + 1).is("the");
        return true;
    }

    /**
     * Where a title goes on after the connector at e: past "the" ("on the Establishment"), and past "a" after "of"
     * ("the Agreement on the Establishment of a Strategic Partnership").
     */
    private static int afterConnector(List<Token> t, int e) {
        boolean article = t.get(e + 1).is("the") || t.get(e + 1).text().equals("a") && t.get(e).is("of");
        return article ? e + 2 : e + 1;
    }

    /** "... and the MoU on Y": another agreement starts at i. */
    static boolean nextAgreement(List<Token> t, int i) {
        int k = i < t.size() && Set.of("the", "a", "an").contains(t.get(i).fold()) ? i + 1 : i;
        return k < t.size() && (mouAt(t, k) > 0 || AGREEMENT_HEADS.contains(t.get(k).fold()));
    }

    private static boolean acronym(Token x) {
        return x.text().length() >= 2 && x.text().length() <= 6 && x.text().chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static int capRun(List<Token> t, int i) {
        int e = i;
        while (e < t.size() && (t.get(e).cap() || t.get(e).digits()
                || (TopicSpans.DASHES.contains(t.get(e).text()) && e + 1 < t.size() && t.get(e + 1).cap()))) e++;
        return e;
    }

    /** Words after "agreement to" that open no purpose: "the agreement to be signed", "an agreement to that effect". */
    private static final Set<String> NOT_TO_VERBS = Set.of("be", "the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "date", "it", "them", "which", "what", "all", "both", "each", "sign", "signing");

    private static int mouAt(List<Token> t, int i) {
        Token x = t.get(i);
        if ((x.is("memorandum") || x.is("memoranda")) && i + 2 < t.size() && t.get(i + 1).is("of")
                && (t.get(i + 2).is("understanding") || t.get(i + 2).is("understandings"))) return i + 3;
        if ((x.text().equals("MoU") || x.text().equals("MOU") || x.text().equals("MoUs") || x.text().equals("MOUs"))) {
            return i + 1;
        }
        return 0;
    }

    private static boolean precededByCount(List<Token> t, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) if (number(t.get(k)) != null) return true;
        return false;
    }

    /** A count from 0 to 999 in digits, or a number word ("two" .. "twenty", "dozen"); else null. */
    static Integer number(Token x) {
        if (x.digits()) {
            if (x.text().length() > 3) return null;
            try {
                return Integer.parseInt(x.text());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NUMBER_WORDS.get(x.fold());
    }

    private static String agreementKind(String head) {
        return switch (head) {
            case "treaty", "convention", "pact", "charter" -> "treaty";
            case "memorandum" -> "mou";
            case "declaration", "statement" -> "joint-statement";
            case "roadmap" -> "roadmap";
            case "contract" -> "contract";
            default -> "other";
        };
    }
}
