package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.recognize.Recognizer;

import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.locIn;
import static org.diplograph.extract.relate.Cues.mentionAt;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Where places are: LOCATED_IN from "the Iranian port of Chabahar" ("demonym-place-of", also the place's state for the
 * visit rules), "Dushanbe, the capital of Tajikistan" ("capital-of"), "Iran's Sistan and Baluchestan province"
 * ("possessive-place"), "Herat, Afghanistan" ("place-comma-state"), "located in Iran" ("located-in"); and the
 * article's dateline city.
 */
final class PlaceRules {

    private final Gazetteer g;
    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Homes homes;

    PlaceRules(Gazetteer g, DocBuilder b, ArticleMemory memory, Homes homes) {
        this.g = g;
        this.b = b;
        this.memory = memory;
        this.homes = homes;
    }

    /**
     * Remembers the city of the article's dateline ("BUDAPEST - ...", "TBILISI, Nov 14 (CPA) -"): a place of a known
     * state opening one of the first sentences. It gives no relation itself; the visit rules read it.
     */
    void dateline(Analysed a, List<Token> t) {
        if (memory.datelinePlace != null || a.sentence().index() > 3 || t.size() < 3) return;
        for (Mention m : a.mentions()) {
            if (m.from != 0 || m.type != Mention.Type.PLACE || homes.placeState(m.id) == null) continue;
            String next = t.get(m.to).text();
            // "New Delhi: India and five Central Asian countries held their first summit": a city in mixed case before
            // a colon or dash is the desk's as often as the venue's (the summit was virtual); it is a place, no venue
            if (Cues.mixedCaseDateline(t, m)) {
                if (memory.deskPlace == null) memory.deskPlace = m;
                continue;
            }
            if (next.equals(",") || next.equals("-") || next.equals("(") || next.equals(":")) memory.datelinePlace = m;
        }
    }

    /**
     * "the Iranian port of Chabahar", "the Uzbek border city of Termez", "Turkmenistan's Caspian resort of Avaza":
     * LOCATED_IN, and the place's state for the visit rules of this article.
     */
    void placesOfStates(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        for (Mention p : ms) {
            if (p.type != Mention.Type.PLACE && p.type != Mention.Type.CORRIDOR || p.from < 3) continue;
            if (!t.get(p.from - 1).is("of") || !Recognizer.PLACE_NOUNS.contains(t.get(p.from - 2).fold())) continue;
            Mention st = null;
            for (int k = p.from - 3; k >= Math.max(0, p.from - 7) && st == null; k--) {
                for (Mention m : ms) {
                    if (m.type == Mention.Type.STATE && (m.to == k + 1 && "demonym".equals(m.via)
                            || m.possessive && m.to + 2 == k + 1)) st = m;
                }
                if (st == null && (t.get(k).text().equals(",") || !t.get(k).word() && !t.get(k).text().equals("'")
                        || Set.of("and", "of", "in", "to", "from").contains(t.get(k).fold()))) break;
            }
            if (st == null) continue;
            if (p.type == Mention.Type.PLACE) memory.statedPlaceState.putIfAbsent(p.id, st.id);
            b.relation("LOCATED_IN", p.id, st.id, null, ev(a, "demonym-place-of"));
        }
    }

    /**
     * "the Bestepe Presidential Complex in Ankara", "Baghdad's Government Palace": a venue is in the city named with it
     * (LOCATED_IN its state, rule {@code venue-in-place}), which the visit rules read as the venue's state.
     */
    void venues(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        for (Mention v : ms) {
            if (v.type != Mention.Type.PLACE || !"site".equals(v.kind) || homes.placeState(v.id) != null) continue;
            Mention city = null;
            if (v.to + 1 < t.size() && t.get(v.to).is("in")) {
                // "in Ankara", "in the capital Ankara", "in the Saudi city of Jeddah"
                for (int k = v.to + 1; k < Math.min(t.size(), v.to + 6) && city == null; k++) {
                    Mention c = mentionAt(ms, k);
                    if (c != null && c.type != Mention.Type.STATE || c != null && "capital".equals(c.via)) city = c;
                    else if (!Set.of("the", "capital", "city", "of").contains(t.get(k).fold()) && c == null) break;
                }
            }
            for (Mention p : ms) {
                if (p.to + 2 == v.from && t.get(p.to).text().equals("'") && t.get(p.to + 1).is("s")) city = p;
            }
            // "arrived in Tehran ..., where he met X at the Saadabad Palace": the one city of known state the sentence names
            if (city == null) {
                for (Mention p : ms) {
                    if (p.type != Mention.Type.PLACE || p == v || "site".equals(p.kind) || homes.placeState(p.id) == null) continue;
                    if (city != null && !homes.placeState(city.id).equals(homes.placeState(p.id))) { city = null; break; }
                    city = p;
                }
            }
            if (city == null || city.type != Mention.Type.PLACE && !(city.type == Mention.Type.STATE && "capital".equals(city.via))) continue;
            String st = city.type == Mention.Type.STATE ? city.id : homes.placeState(city.id);
            if (st == null) continue;
            memory.statedPlaceState.putIfAbsent(v.id, st);
            b.relation("LOCATED_IN", v.id, st, null, ev(a, "venue-in-place"));
        }
    }

    /**
     * "Dushanbe, the capital of Tajikistan", "Iran's Sistan and Baluchestan province", "Herat, Afghanistan", "(the
     * corridor is) located in Iran".
     */
    void locatedIn(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            // "Dushanbe, the capital of Tajikistan"
            if (m.type == Mention.Type.PLACE && m.to + 4 < t.size() && t.get(m.to).text().equals(",")
                    && t.get(m.to + 1).is("the") && t.get(m.to + 2).is("capital") && t.get(m.to + 3).is("of")) {
                Mention s = mentionAt(ms, m.to + 4);
                if (s != null && s.type == Mention.Type.STATE) b.relation("LOCATED_IN", m.id, s.id, null, ev(a, "capital-of"));
            }
            // "Beijing Capital International Airport": a venue named for its city or state is in that state
            if (m.type == Mention.Type.PLACE && m.locatedIn != null) {
                String st = m.locatedIn.startsWith("state:") ? m.locatedIn : g.stateOfCapital(m.locatedIn);
                if (st == null && g.place(m.locatedIn) != null && g.place(m.locatedIn).iso3() != null) {
                    st = "state:" + g.place(m.locatedIn).iso3();
                }
                if (st != null && g.state(st) != null) {
                    b.entity(st, "State", g.state(st).name(), null, Relator.stateProps(g.state(st)), "venue-named-for", ev(a, "venue-named-for"), false);
                    b.relation("LOCATED_IN", m.id, st, null, ev(a, "venue-named-for"));
                }
            }
            // "Iran's Sistan and Baluchestan province", "Kazakhstan's Almaty"
            if (m.type == Mention.Type.STATE && m.possessive) {
                Mention p = mentionAt(ms, m.to + 2);
                if (p != null && (p.type == Mention.Type.CORRIDOR || p.type == Mention.Type.PLACE
                        && (!"region".equals(p.kind) || g.place(p.id) != null && g.place(p.id).iso3() != null))) {
                    b.relation("LOCATED_IN", p.id, m.id, null, ev(a, "possessive-place"));
                }
            }
            // "Herat, Afghanistan"
            if ((m.type == Mention.Type.PLACE) && !"region".equals(m.kind) && m.to + 1 < t.size()
                    && t.get(m.to).text().equals(",")) {
                Mention s = mentionAt(ms, m.to + 1);
                if (s != null && s.type == Mention.Type.STATE && "name".equals(s.via)
                        && (s.to >= t.size() || !t.get(s.to).word() || t.get(s.to).is("and") == false && !t.get(s.to).cap())
                        && !(s.to < t.size() && t.get(s.to).text().equals(","))) {
                    b.relation("LOCATED_IN", m.id, s.id, null, ev(a, "place-comma-state"));
                }
            }
            // "located in Iran's ..." / "located in Iran"
            if (m.type == Mention.Type.STATE && m.from >= 2 && locIn(t, m)
                    && (t.get(m.from - 2).is("located") || t.get(m.from - 2).is("situated") || t.get(m.from - 2).is("based"))) {
                Mention subject = null;
                for (Mention x : ms) if ((x.type == Mention.Type.CORRIDOR || x.type == Mention.Type.PLACE) && x.to <= m.from - 2) subject = x;
                if (subject == null && memory.lastCorridor != null && a.sentence().index() - memory.lastCorridorSentence <= 1) subject = memory.lastCorridor;
                if (subject != null) b.relation("LOCATED_IN", subject.id, m.id, null, ev(a, "located-in"));
            }
        }
    }
}
