package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.annotate.Tokenizer;

import static org.diplograph.extract.recognize.Gazetteer.Kind;
import static org.diplograph.extract.recognize.Words.MONTHS;

import java.util.List;
import java.util.Set;

/**
 * Rule family <b>gazetteer</b> of the {@link Recognizer}: one mention per gazetteer span, of the first kind the span
 * has among person, corridor, agreement, organisation, state, demonym, capital and place; a capital is the city or,
 * by metonymy, its state. Rule ids: {@code person-gazetteer}, {@code corridor-gazetteer}, {@code agreement-gazetteer},
 * {@code org-gazetteer}, {@code state-gazetteer}, {@code demonym}, {@code capital-place}, {@code capital-metonym},
 * {@code place-gazetteer}.
 */
final class GazetteerMentions {
    private static final Set<String> LOCATIVE = Set.of("in", "to", "at", "into", "near", "from", "outside", "inside",
            "toward", "towards", "via", "visited", "visiting", "visit", "visits", "reached", "of", "around");
    private static final Set<String> EVENT_NOUNS = Set.of("summit", "meeting", "talks", "forum", "airport",
            "conference", "format", "process", "declaration", "session", "office", "embassy", "visit", "station");

    private final Gazetteer g;
    private final CorridorNames corridors;

    GazetteerMentions(Gazetteer g, CorridorNames corridors) {
        this.g = g;
        this.corridors = corridors;
    }

    /** Words of a visit or a journey (list {@code visit} in triggers.tsv). */
    private static final Set<String> VISIT = org.diplograph.extract.rules.Lexicon.words("visit");
    private static final Set<String> PORT_WORDS = Set.of("port", "terminal", "harbour", "harbor");

    /**
     * "the visit of Minister Sonowal to Chabahar in August": a name that is also a port's, right after "to" or "in"
     * that follow a visit word, with no port word after it, is the town.
     */
    private static boolean visitedTown(List<Token> t, int a, int b) {
        if (a < 2 || !(t.get(a - 1).is("to") || t.get(a - 1).is("in"))) return false;
        if (b < t.size() && PORT_WORDS.contains(t.get(b).fold())) return false;
        for (int i = a - 2; i >= Math.max(0, a - 8); i--) if (VISIT.contains(t.get(i).fold())) return true;
        return false;
    }

    void recognize(SentenceScan w) {
        for (Gazetteer.Match m : w.spans) {
            int a = m.from();
            int b = m.to();
            Gazetteer.Entry e;
            // "the southern Iranian port city of Chabahar": after "city of", a name that is also a port's is the town
            Gazetteer.Entry town = m.first(Kind.PLACE);
            if (town != null && m.first(Kind.PERSON) == null && m.first(Kind.CORRIDOR) != null && (a >= 2
                    && w.t.get(a - 1).is("of") && (w.t.get(a - 2).is("city") || w.t.get(a - 2).is("town"))
                    || visitedTown(w.t, a, b))) {
                Mention.Draft p = w.add(Mention.Type.PLACE, a, b, town.id(), "place-gazetteer");
                p.name = g.place(town.id()).name();
                p.kind = g.place(town.id()).kind();
                continue;
            }
            if ((e = m.first(Kind.PERSON)) != null) {
                Mention.Draft p = w.add(Mention.Type.PERSON, a, b, e.id(), "person-gazetteer");
                p.name = g.person(e.id()).name();
            } else if ((e = m.first(Kind.CORRIDOR)) != null) {
                Mention.Draft c = w.add(Mention.Type.CORRIDOR, a, b, e.id(), "corridor-gazetteer");
                Gazetteer.CorridorInfo ci = g.corridor(e.id());
                c.name = ci.name();
                c.kind = ci.kind();
                List<Token> ct = Tokenizer.tokens(ci.name(), 0, ci.name().length());
                c.components = corridors.components(ct, 0, corridors.nameStartBeforeKeyword(ct));
                if (c.components.isEmpty()) {
                    List<Token> st = w.t.subList(a, b);
                    c.components = corridors.components(st, 0, corridors.nameStartBeforeKeyword(st));
                }
            } else if ((e = m.first(Kind.AGREEMENT)) != null) {
                Mention.Draft ag = w.add(Mention.Type.AGREEMENT, a, b, e.id(), "agreement-gazetteer");
                String[] info = g.agreement(e.id());
                ag.name = info[0];
                ag.kind = info[1];
            } else if ((e = m.first(Kind.ORG)) != null) {
                Mention.Draft o = w.add(Mention.Type.ORG, a, b, e.id(), "org-gazetteer");
                o.name = g.org(e.id()).name();
                o.kind = g.org(e.id()).kind();
            } else if ((e = m.first(Kind.STATE)) != null) {
                // "2 billion US dollars": a currency
                if (b < w.t.size() && Set.of("dollar", "dollars", "cents").contains(w.t.get(b).fold())) continue;
                Mention.Draft st = w.add(Mention.Type.STATE, a, b, e.id(), "state-gazetteer");
                st.via = "name";
                st.possessive = w.possessive(b);
            } else if ((e = m.first(Kind.DEMONYM)) != null) {
                Mention.Draft st = w.add(Mention.Type.STATE, a, b, e.id(), "demonym");
                st.via = "demonym";
            } else if ((e = m.first(Kind.CAPITAL)) != null) {
                if (capitalIsPlace(w, a, b)) {
                    Mention.Draft p = w.add(Mention.Type.PLACE, a, b, e.id(), "capital-place");
                    p.name = g.place(e.id()).name();
                    p.kind = "city";
                } else {
                    Mention.Draft st = w.add(Mention.Type.STATE, a, b, g.stateOfCapital(e.id()), "capital-metonym");
                    st.via = "capital";
                    st.possessive = w.possessive(b);
                }
            } else if ((e = m.first(Kind.PLACE)) != null) {
                Mention.Draft p = w.add(Mention.Type.PLACE, a, b, e.id(), "place-gazetteer");
                p.name = g.place(e.id()).name();
                p.kind = g.place(e.id()).kind();
            }
        }
    }

    /** "the city of Tehran", "Tajikistan's capital of Dushanbe": the capital is the town, not its government. */
    private static final Set<String> PLACE_BEFORE_OF = Set.of("city", "capital", "town", "port");

    private static final Set<String> DATELINE_END = Set.of(":", "-", "\u2013", "\u2014", "(");

    /** "BISHKEK, Kyrgyzstan: ...", "Tashkent, Uzbekistan - ...", "TEHRAN - ...": a city opening the article's dateline. */
    private static boolean dateline(SentenceScan w, int b) {
        if (b >= w.t.size()) return false;
        String next = w.t.get(b).text();
        // "Islamabad: In a landmark ...": in the article's first sentence a city before a colon or dash is its dateline
        // in any case; later, only in capitals
        if (DATELINE_END.contains(next)) return w.t.get(0).text().chars().noneMatch(Character::isLowerCase)
                || w.s.index() == 0 && !next.equals("(");
        // "BISHKEK. March 13 (Interfax) - ..."
        if (next.equals(".") && w.t.get(0).text().chars().noneMatch(Character::isLowerCase)
                && (b + 1 == w.t.size() || MONTHS.contains(w.t.get(b + 1).fold()))) return true;
        if (!next.equals(",") || b + 2 >= w.t.size() || w.spanOf[b + 1] == null || !w.spanOf[b + 1].has(Kind.STATE)) return false;
        int after = b + 1;
        while (after < w.t.size() && w.spanOf[after] == w.spanOf[b + 1]) after++;
        if (after >= w.t.size()) return false;
        if (DATELINE_END.contains(w.t.get(after).text())) return true;
        return w.t.get(after).text().equals(",") && after + 1 < w.t.size() && MONTHS.contains(w.t.get(after + 1).fold());
    }

    private boolean capitalIsPlace(SentenceScan w, int a, int b) {
        // "in the capital Ankara", "the Kazakh capital Astana": the city by apposition
        if (a > 0 && (w.t.get(a - 1).is("capital") || w.t.get(a - 1).is("city"))) return true;
        // "the Turkish capital, Ankara"
        if (a > 1 && w.t.get(a - 1).text().equals(",") && PLACE_BEFORE_OF.contains(w.t.get(a - 2).fold())) return true;
        if (a > 0 && LOCATIVE.contains(w.t.get(a - 1).fold())) {
            return !(w.t.get(a - 1).fold().equals("of") && !(a > 1 && PLACE_BEFORE_OF.contains(w.t.get(a - 2).fold())));
        }
        if (a > 1 && (w.t.get(a - 1).is("and") || w.t.get(a - 1).text().equals(",")) && w.spanOf[a - 2] != null
                && w.spanOf[a - 2].has(Kind.PLACE) && !w.spanOf[a - 2].has(Kind.STATE)) return true;
        // "stops in Kabul and Islamabad": joined to a capital that is a place
        if (a > 1 && (w.t.get(a - 1).is("and") || w.t.get(a - 1).text().equals(","))) {
            for (Mention.Draft d : w.out) if (d.to == a - 1 && "capital-place".equals(d.rule)) return true;
        }
        if (b < w.t.size() && EVENT_NOUNS.contains(w.t.get(b).fold())) return true;
        // "in the Cairo suburb of Heliopolis"
        if (b < w.t.size() && Set.of("suburb", "suburbs", "outskirts").contains(w.t.get(b).fold())) return true;
        if (b + 2 < w.t.size() && w.t.get(b).text().equals(",") && w.t.get(b + 1).fold().equals("the")
                && w.t.get(b + 2).fold().equals("capital")) return true;
        // a dateline: "Moscow, December 26, 2024 - ...", "ASTANA, July 4 (Reuters)", "TEHRAN (Tasnim)"
        if (a == 0 && b < w.t.size() && (w.t.get(b).text().equals("(") || w.t.get(b).text().equals(",")
                && b + 1 < w.t.size() && MONTHS.contains(w.t.get(b + 1).fold()))) return true;
        if (a == 0 && dateline(w, b)) return true;
        // a line of date and venue: "June 10, 2022, The Kremlin, Moscow"
        if (b == w.t.size() && a > 1 && w.t.get(a - 1).text().equals(",") && w.t.size() <= 14
                && DateParser.firstAbsolute(w.s.text()) != null) return true;
        return a == 0 && b + 1 < w.t.size() && w.t.get(b).text().equals(",")
                && DateParser.firstAbsolute(w.s.text().substring(w.t.get(b + 1).start() - w.s.start())) != null
                && DateParser.firstAbsolute(w.s.text().substring(w.t.get(b + 1).start() - w.s.start())).start() == 0;
    }
}
