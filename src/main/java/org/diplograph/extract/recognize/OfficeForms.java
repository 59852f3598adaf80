package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import static org.diplograph.extract.recognize.Gazetteer.Kind;
import static org.diplograph.extract.recognize.Words.FORMER;
import static org.diplograph.extract.recognize.Words.NAME_STOP;
import static org.diplograph.extract.recognize.Words.OFFICE_MODIFIERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule family <b>office forms</b> of the {@link Recognizer}: persons whose office or profession is given around the
 * name rather than before it: counterparts ("his Tajik counterpart Emomali Rahmon"), plural offices paired with names
 * ("the Chinese and Kyrgyz foreign ministers, Wang Yi and Zheenbek Kulubaev"), appositives ("Sergey Lavrov, Russia's
 * Foreign Minister") and professions ("Eldaniz Gusseinov, a columnist for Daryo", "analyst Temur Umarov"). Rule ids:
 * {@code counterpart}, {@code plural-office-persons}, {@code appositive-office}, {@code profession-person}; names found
 * through {@link PersonNames#personAt} are added as {@code office-person}.
 */
final class OfficeForms {
    private static final Set<String> PROFESSIONS = Set.of("columnist", "analyst", "researcher", "fellow", "expert",
            "professor", "journalist", "scholar", "spokesperson", "spokesman", "spokeswoman", "director", "chairman",
            "adviser", "advisor", "correspondent", "editor", "economist", "diplomat", "official", "lecturer",
            "commentator", "historian", "specialist", "founder", "head", "member", "deputy", "reporter", "writer");
    private static final Set<String> PREFIX_PROFESSIONS = Set.of("analyst", "expert", "researcher", "columnist",
            "journalist", "professor", "prof", "economist", "scholar", "author");
    private static final Map<String, String> PLURAL_OFFICES = Map.of("ministers", "Minister", "presidents",
            "President", "leaders", "Leader", "premiers", "Prime Minister");

    private final Gazetteer g;
    private final PersonNames personNames;

    OfficeForms(Gazetteer g, PersonNames personNames) {
        this.g = g;
        this.personNames = personNames;
    }

    /** "his Tajik counterpart Emomali Rahmon", "her Chinese counterpart, Wang Yi". */
    void counterparts(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i < t.size(); i++) {
            if (!(t.get(i).is("counterpart") || t.get(i).is("counterparts"))) continue;
            int q = i - 1;
            if (q >= 1 && t.get(q).is("s") && t.get(q - 1).text().equals("'")) q -= 2;
            Mention.Draft qual = null;
            for (Mention.Draft m : w.out) if (m.to == q + 1 && m.type == Mention.Type.STATE) qual = m;
            int p = i + 1;
            if (p < t.size() && t.get(p).text().equals(",")) p++;
            p = PersonNames.afterRanks(w, p); // "his Kazakh counterpart Lieutenant General Nurlan Yermekbayev"
            Mention.Draft person = personNames.personAt(w, p, true);
            if (person == null) continue;
            String role = null;
            for (Mention.Draft m : w.out) if (m.type == Mention.Type.PERSON && m.to <= i - 1 && m.role != null) role = m.role;
            // "his Kyrgyz and Uzbek counterparts, Sadyr Japarov and Shavkat Mirziyoyev": paired in order
            List<Mention.Draft> quals = new ArrayList<>();
            List<Mention.Draft> persons = new ArrayList<>(List.of(person));
            if (t.get(i).is("counterparts") && qual != null) {
                int j = qual.from - 1;
                quals.add(qual);
                while (j >= 1 && (t.get(j).is("and") || t.get(j).text().equals(","))) {
                    Mention.Draft prev = null;
                    for (Mention.Draft m : w.out) if (m.to == j && m.type == Mention.Type.STATE) prev = m;
                    if (prev == null) break;
                    quals.add(0, prev);
                    j = prev.from - 1;
                }
                int e = person.to;
                while (persons.size() < quals.size() && e + 1 < t.size() && (t.get(e).is("and") || t.get(e).text().equals(","))) {
                    int f = e + 1;
                    if (t.get(f).is("and")) f++;
                    Mention.Draft next = personNames.personAt(w, f, true);
                    if (next == null) break;
                    persons.add(next);
                    e = next.to;
                }
            }
            if (quals.size() >= 2 && quals.size() == persons.size()) {
                for (int k = 0; k < persons.size(); k++) {
                    persons.get(k).role = role != null ? role : "Counterpart";
                    persons.get(k).officeOf = quals.get(k).id;
                    persons.get(k).rule = "counterpart";
                }
                continue;
            }
            person.role = role != null ? role : "Counterpart";
            person.officeOf = qual == null ? null : qual.id;
            person.rule = "counterpart";
        }
    }

    /**
     * "The Chinese and Kyrgyz foreign ministers, Wang Yi and Zheenbek Kulubaev," and "the foreign ministers of Iran
     * and Russia, Abbas Araghchi and Sergey Lavrov,": states and names paired in order when the counts agree.
     */
    void pluralOffices(SentenceScan w) {
        List<Token> t = w.t;
        for (int p = 1; p < t.size(); p++) {
            String base = PLURAL_OFFICES.get(t.get(p).fold());
            if (base == null) continue;
            String role = base;
            int roleStart = p;
            if (base.equals("Minister") && p > 0) {
                String r = g.role(t.get(p - 1).text() + " Minister");
                if (r != null) { role = r; roleStart = p - 1; }
            }
            List<Mention.Draft> states = new ArrayList<>();
            int after = p + 1;
            if (after + 1 < t.size() && t.get(after).is("of")) {
                int i = after + 1;
                while (i < t.size()) {
                    Mention.Draft m = w.mentionAt(i);
                    if (m == null || m.type != Mention.Type.STATE) break;
                    states.add(m);
                    i = m.to;
                    if (i < t.size() && (t.get(i).is("and") || t.get(i).text().equals(","))) {
                        i++;
                        if (i < t.size() && t.get(i).is("and")) i++;
                    } else break;
                }
                after = states.isEmpty() ? after : states.get(states.size() - 1).to;
            } else {
                int i = roleStart - 1;
                while (i >= 0) {
                    Mention.Draft m = null;
                    for (Mention.Draft x : w.out) if (x.to == i + 1 && x.type == Mention.Type.STATE && "demonym".equals(x.via)) m = x;
                    if (m == null) break;
                    states.add(0, m);
                    i = m.from - 1;
                    if (i >= 0 && (t.get(i).is("and") || t.get(i).text().equals(","))) i--;
                    else break;
                }
            }
            if (states.isEmpty()) listedWithStates(w, p + 1, role);
            if (states.size() < 2 || after >= t.size() || !t.get(after).text().equals(",")) continue;
            List<Mention.Draft> persons = new ArrayList<>();
            int i = after + 1;
            while (i < t.size() && persons.size() < states.size()) {
                Mention.Draft m = personNames.personAt(w, i, false);
                if (m == null) break;
                persons.add(m);
                i = m.to;
                if (i < t.size() && (t.get(i).is("and") || t.get(i).text().equals(","))) {
                    i++;
                    if (i < t.size() && t.get(i).is("and")) i++;
                }
            }
            if (persons.size() != states.size()) continue;
            for (int k = 0; k < persons.size(); k++) {
                Mention.Draft m = persons.get(k);
                if (m.role != null) continue;
                m.role = role;
                m.officeOf = states.get(k).id;
                m.rule = "plural-office-persons";
            }
        }
    }

    /**
     * "the five presidents -- Kazakhstan's Kassym-Jomart Tokayev, Uzbekistan's Shavkat Mirziyoyev and Emomali Rahmon of
     * Tajikistan": after a plural office and a dash, colon or comma, each person of a list that names his state ("X's
     * P" or "P of X") holds the office of that state. Two or more such persons, else nothing.
     */
    private void listedWithStates(SentenceScan w, int i, String role) {
        List<Token> t = w.t;
        int n = t.size();
        int seps = 0;
        while (i < n && Set.of("-", "--", "\u2013", "\u2014", ":", ",").contains(t.get(i).text()) && seps++ < 2) i++;
        if (seps == 0) return;
        List<Mention.Draft[]> pairs = new ArrayList<>();
        while (i < n) {
            Mention.Draft state = w.mentionAt(i);
            Mention.Draft person;
            if (state != null && state.type == Mention.Type.STATE && w.possessive(state.to)) {
                person = personNames.personAt(w, state.to + 2, false);
            } else {
                state = null;
                person = personNames.personAt(w, i, false);
                if (person != null && person.to + 1 < n && t.get(person.to).is("of")) {
                    Mention.Draft of = w.mentionAt(person.to + 1);
                    if (of != null && of.type == Mention.Type.STATE) state = of;
                }
            }
            if (person == null || state == null) break;
            pairs.add(new Mention.Draft[] {person, state});
            i = Math.max(person.to, state.to);
            if (i < n && (t.get(i).is("and") || t.get(i).text().equals(","))) {
                i++;
                if (i < n && t.get(i).is("and")) i++;
            } else break;
        }
        if (pairs.size() < 2) return;
        for (Mention.Draft[] x : pairs) {
            if (x[0].role != null) continue;
            x[0].role = role;
            x[0].officeOf = x[1].id;
            x[0].rule = "plural-office-persons";
        }
    }

    /** "Emomali Rahmon, the President of Tajikistan", "Sergey Lavrov, Russia's Foreign Minister". */
    void appositives(SentenceScan w) {
        List<Token> t = w.t;
        for (Mention.Draft m : new ArrayList<>(w.out)) {
            if (m.type != Mention.Type.PERSON || m.role != null) continue;
            int i = m.to;
            // "Abdul Ghani Baradar Akhund, Deputy Prime Minister ...": one more word of the name than the gazetteer's
            if (i + 1 < t.size() && t.get(i).cap() && w.spanOf[i] == null && w.mentionAt(i) == null && t.get(i + 1).text().equals(",")) i++;
            if (i >= t.size() || !t.get(i).text().equals(",")) continue;
            i++;
            if (i < t.size() && (t.get(i).is("the") || t.get(i).is("a") || t.get(i).is("an"))) i++;
            Mention.Draft qual = w.mentionAt(i);
            String of = null;
            if (qual != null && (qual.type == Mention.Type.STATE || qual.type == Mention.Type.ORG)) {
                of = qual.id;
                i = qual.to;
                if (w.possessive(i)) i += 2;
                while (i < t.size() && OFFICE_MODIFIERS.contains(t.get(i).fold())) i++; // "the UN special envoy"
                if (i < t.size() && t.get(i).is("special") && i + 1 < t.size()) i++;
            }
            // "Sarbananda Sonowal, India's ports and shipping minister": a portfolio in lower case before "minister"
            if (qual != null && (i >= t.size() || w.spanOf[i] == null)) {
                int p = i;
                while (p < t.size() && p - i < 4 && (t.get(p).word() && !t.get(p).cap() || t.get(p).is("and")) && w.spanOf[p] == null) p++;
                if (p > i && p < t.size() && t.get(p).is("minister") && w.spanOf[p] != null && w.spanOf[p].from() == p
                        && w.spanOf[p].has(Kind.OFFICE)) i = p;
            }
            // "Amir Khan Muttaqi, the Acting Foreign Minister of the Taliban"
            int mod = i;
            while (qual == null && mod < t.size() && OFFICE_MODIFIERS.contains(t.get(mod).fold()) && mod - i < 2) mod++;
            if (mod > i && mod < t.size() && w.spanOf[mod] != null && w.spanOf[mod].from() == mod && w.spanOf[mod].has(Kind.OFFICE)) i = mod;
            if (i >= t.size() || w.spanOf[i] == null || w.spanOf[i].from() != i || !w.spanOf[i].has(Kind.OFFICE)) continue;
            Gazetteer.Match office = w.spanOf[i];
            int e = office.to();
            // "Deputy Prime Minister for Economic Affairs of the Islamic Emirate of Afghanistan": the portfolio after it
            if (of == null && e + 2 < t.size() && t.get(e).is("for") && t.get(e + 1).cap()) {
                int p = e + 1;
                while (p < t.size() && p - e <= 4 && (t.get(p).cap() || t.get(p).is("and"))) p++;
                if (p < t.size() && t.get(p).is("of")) e = p;
            }
            if (of == null && e + 1 < t.size() && t.get(e).is("of")) {
                Mention.Draft after = w.mentionAt(e + 1);
                if (after == null && t.get(e + 1).is("the")) after = w.mentionAt(e + 2);
                if (after == null) {
                    // "the deputy chairman of the Cabinet of Ministers of Turkmenistan"
                    int b = t.get(e + 1).is("the") ? e + 2 : e + 1;
                    int end = personNames.orgRunEnd(w, b);
                    if (end > b && end + 1 < t.size() && t.get(end).is("of")) after = w.mentionAt(end + 1);
                    if (after != null && after.type != Mention.Type.STATE) after = null;
                }
                if (after != null && (after.type == Mention.Type.STATE || after.type == Mention.Type.ORG)) of = after.id;
                // "A, Governor of the General Customs Authority Prof. B": the office is B's, who follows it
                if (after != null && after.to < t.size() && Words.ADDRESS.contains(t.get(after.to).fold())) continue;
            }
            if (of == null) continue;
            m.role = office.first(Kind.OFFICE).id();
            m.officeOf = of;
            m.former = i > 0 && FORMER.contains(t.get(i - 1).fold());
            m.rule = "appositive-office";
        }
    }

    /**
     * An office of a state starts at i: "[State's] Office" or "Office of [the] State" ("Muhammad Yunus, the Chief
     * Adviser of Bangladesh's interim government"), so the name before the comma is a person.
     */
    private boolean officeAfter(SentenceScan w, int i) {
        List<Token> t = w.t;
        Mention.Draft qual = w.mentionAt(i);
        boolean of = false;
        if (qual != null && (qual.type == Mention.Type.STATE || qual.type == Mention.Type.ORG && w.possessive(qual.to))) {
            i = qual.to;
            if (w.possessive(i)) i += 2;
            of = true;
        }
        if (i >= t.size() || w.spanOf[i] == null || w.spanOf[i].from() != i || !w.spanOf[i].has(Kind.OFFICE)) return false;
        int e = w.spanOf[i].to();
        if (!of && e + 1 < t.size() && t.get(e).is("of")) {
            Mention.Draft after = w.mentionAt(e + 1);
            if (after == null && t.get(e + 1).is("the")) after = w.mentionAt(e + 2);
            of = after != null && (after.type == Mention.Type.STATE || after.type == Mention.Type.ORG);
            int b = t.get(e + 1).is("the") ? e + 2 : e + 1;
            if (!of && personNames.orgRunEnd(w, b) > b) of = true; // "president of the Sarhad Chamber of Commerce"
        }
        return of;
    }

    /** "Eldaniz Gusseinov, a columnist for Daryo", "analyst Temur Umarov", "Author: Samantha Fanger". */
    void professions(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 0; i < t.size(); i++) {
            if (w.titleCase && !(i > 1 && t.get(i - 1).text().equals(":") && t.get(i - 2).is("author"))) continue;
            if (w.used[i] || !t.get(i).cap() || NAME_STOP.contains(t.get(i).fold()) || w.spanOf[i] != null) continue;
            int e = personNames.nameEnd(w, i);
            if (e - i < 2) continue;
            boolean person = false;
            int j = e;
            if (j < t.size() && (t.get(j).text().equals(",") || t.get(j).text().equals("-"))) {
                j++;
                if (j < t.size() && (t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("the"))) j++;
                for (int k = j; k < Math.min(t.size(), j + 3); k++) {
                    if (PROFESSIONS.contains(t.get(k).fold())) { person = true; break; }
                }
            }
            if (!person && j > e && t.get(e).text().equals(",") && officeAfter(w, j)) person = true;
            if (i > 0 && PREFIX_PROFESSIONS.contains(t.get(i - 1).fold())) person = true;
            if (i > 1 && t.get(i - 1).text().equals(".") && Set.of("dr", "prof").contains(t.get(i - 2).fold())) person = true;
            if (i > 0 && Set.of("dr", "mr", "mrs", "ms", "mawlawi", "mawlavi", "mullah", "mulla", "sheikh", "haji",
                    "hajji", "sayyid", "syed").contains(t.get(i - 1).fold())) person = true;
            if (i > 1 && t.get(i - 1).text().equals(":") && t.get(i - 2).is("author")) person = true;
            if (person) {
                String name = w.text(i, e);
                Mention.Draft m = w.add(Mention.Type.PERSON, i, e, "person:" + Text.personSlug(name), "profession-person");
                m.name = name;
            }
            i = e - 1;
        }
    }
}
