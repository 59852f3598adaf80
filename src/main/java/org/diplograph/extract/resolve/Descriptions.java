package org.diplograph.extract.resolve;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolve: a definite description of an official by his state ("The Iranian president arrived in Tajikistan", "the
 * Georgian PM also stressed") or organisation ("the Taliban minister") stands for the person of that state or
 * organisation named last before it, within a few sentences. The
 * description becomes a mention of that person holding the office (rule {@code described-official}), so the relation
 * rules read it as they read his name. A description with a name beside it ("the Iranian president Ebrahim Raisi") is
 * the name's, and one whose state no earlier person holds is left alone.
 */
public final class Descriptions {
    /** Descriptions that are no office of the gazetteer, with the role they give. */
    private static final Map<String, String> NOUNS = Map.of("leader", "Leader", "chief executive", "President",
            "head of state", "President", "top diplomat", "Foreign Minister", "premier", "Prime Minister");
    /** How far back the person may be named, in sentences. */
    private static final int REACH = 6;
    private static final Set<String> GENERIC_ROLES = Set.of("Leader", "President", "Prime Minister");
    /** "The Qatari leader" for the Emir named before, "the Saudi leader" for the King or the Crown Prince. */
    private static final Set<String> MONARCHS = Set.of("Emir", "Amir", "King", "Sultan", "Crown Prince");

    private final Gazetteer gazetteer;

    public Descriptions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void resolve(List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> t = sentences.get(i).tokens();
            List<Mention> ms = mentions.get(i);
            for (int k = 0; k < ms.size(); k++) {
                Mention st = ms.get(k);
                boolean org = st.type == Mention.Type.ORG; // "the Taliban minister", "the SCO secretary general"
                if (st.type != Mention.Type.STATE && !org || st.from == 0) continue;
                if ((org || "demonym".equals(st.via)) && t.get(st.from - 1).is("the")) {
                    int[] office = office(t, st.to);
                    if (office == null || named(t, ms, office[0])) continue;
                    String role = office[1] == 0 ? NOUNS.get(phrase(t, st.to, office[0])) : gazetteer.role(phrase(t, st.to, office[0]));
                    describe(sentences.get(i), ms, k, mentions, i, st, role, st.from, office[0]);
                } else if (!org && !"demonym".equals(st.via) && t.get(st.from - 1).is("of") && !named(t, ms, st.to)
                        && !(st.to < t.size() && t.get(st.to).text().startsWith("'"))) {
                    // "the president of Uzbekistan met with ...": the office before "of" and "the" before the office;
                    // not "X, the governor of Uzbekistan's region" (an appositive is its name's, a possessive the region's)
                    for (int q = st.from - 2; q >= Math.max(0, st.from - 5); q--) {
                        if (!t.get(q).is("the")) continue;
                        if (q > 1 && t.get(q - 1).text().equals(",") && endsPerson(ms, q - 1)) break;
                        int[] office = office(t, q + 1);
                        if (office != null && office[1] == 1 && office[0] == st.from - 1)
                            describe(sentences.get(i), ms, k, mentions, i, st, gazetteer.role(phrase(t, q + 1, office[0])), q, st.to);
                        break;
                    }
                }
            }
        }
    }

    /** Replace the state mention k by a mention of the person the description [from, to) stands for, if one fits. */
    private void describe(Sentence s, List<Mention> ms, int k, List<List<Mention>> mentions, int i, Mention st, String role,
                          int from, int to) {
        if (role == null) return;
        Mention person = person(mentions, i, st, role);
        if (person != null) ms.set(k, described(s, from, to, person, role, st.id));
    }

    /** The person mention a description over tokens [from, to) gives (rule {@code described-official}). */
    private static Mention described(Sentence s, int from, int to, Mention person, String role, String officeOf) {
        List<Token> t = s.tokens();
        int start = t.get(from).start(), end = t.get(to - 1).end();
        Mention.Draft d = new Mention.Draft(Mention.Type.PERSON, from, to, start, end, person.id,
                s.text().substring(start - s.start(), end - s.start()), "described-official");
        d.role = role;
        d.officeOf = officeOf;
        return d.build();
    }

    /**
     * "The Amir arrived in India on Monday", "the crown prince said": an office with no state before it stands for the
     * one person who holds that very office among those named in the sentences before (rule {@code described-official}).
     * Not when two persons hold it, the office is "of" something, a name follows, or the office is a generic one
     * ("the president" of a bank, a company or a parliament is too common to guess).
     */
    public void resolveUnqualified(List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> t = sentences.get(i).tokens();
            List<Mention> ms = mentions.get(i);
            for (int p = 0; p + 1 < t.size(); p++) {
                if (!t.get(p).is("the") || covered(ms, p + 1)) continue;
                Gazetteer.Match m = gazetteer.match(t, p + 1);
                if (m == null || !m.has(Gazetteer.Kind.OFFICE)) continue;
                int e = m.to();
                String role = gazetteer.role(phrase(t, p + 1, e));
                if (role == null || UNQUALIFIED_TOO_COMMON.contains(role) || covered(ms, e - 1)) continue;
                if (e < t.size() && (t.get(e).is("of") || t.get(e).is("for")) || named(t, ms, e)) continue;
                Mention person = sole(mentions, i, p, role);
                if (person == null) continue;
                ms.add(described(sentences.get(i), p, e, person, role, person.officeOf));
                ms.sort(Comparator.comparingInt((Mention x) -> x.from).thenComparingInt(x -> x.to));
                p = e - 1;
            }
        }
    }

    /** Offices too many bodies have for "the X" to name one person by itself. */
    private static final Set<String> UNQUALIFIED_TOO_COMMON = Set.of("President", "Chairman", "Director", "Head",
            "Minister", "Deputy Minister", "Ambassador", "Governor", "Mayor", "Spokesperson", "Secretary-General",
            "Leader", "Prime Minister", "Vice President", "Deputy Prime Minister");

    private static boolean endsPerson(List<Mention> ms, int k) {
        for (Mention m : ms) if (m.type == Mention.Type.PERSON && m.to == k) return true;
        return false;
    }

    private static boolean covered(List<Mention> ms, int k) {
        for (Mention m : ms) if (m.from <= k && k < m.to) return true;
        return false;
    }

    /** The one person named before (sentence i, token p) within reach who holds this very office, else null. */
    private static Mention sole(List<List<Mention>> mentions, int i, int p, String role) {
        Mention found = null;
        for (int s = i; s >= Math.max(0, i - REACH); s--) {
            for (Mention x : mentions.get(s)) {
                if (x.type != Mention.Type.PERSON || s == i && x.from >= p || x.former || !role.equals(x.role)) continue;
                if (found != null && !found.id.equals(x.id)) return null;
                if (found == null) found = x;
            }
        }
        return found;
    }

    /** The end of an office word at i and 1 if the gazetteer knows it, 0 if {@link #NOUNS} does; else null. */
    private int[] office(List<Token> t, int i) {
        if (i >= t.size()) return null;
        Gazetteer.Match m = gazetteer.match(t, i);
        if (m != null && m.has(Gazetteer.Kind.OFFICE)) return new int[] {m.to(), 1};
        for (int n = 3; n >= 1; n--) {
            if (i + n <= t.size() && NOUNS.containsKey(phrase(t, i, i + n))) return new int[] {i + n, 0};
        }
        return null;
    }

    private static String phrase(List<Token> t, int a, int b) {
        StringBuilder s = new StringBuilder();
        for (int k = a; k < b; k++) s.append(k > a ? " " : "").append(t.get(k).fold());
        return s.toString();
    }

    /** A name follows the description ("the Iranian president Ebrahim Raisi", "the Iranian president, Raisi,"). */
    private static boolean named(List<Token> t, List<Mention> ms, int end) {
        int k = end < t.size() && t.get(end).text().equals(",") ? end + 1 : end;
        for (Mention m : ms) if (m.type == Mention.Type.PERSON && m.from == k) return true;
        return k < t.size() && t.get(k).cap() && t.get(k).word();
    }

    /**
     * The person of this state named last before the description (this sentence first) whose office fits it: the same
     * role, or both a head of state or government; a person of unknown office only for "president", "leader", "PM".
     */
    private Mention person(List<List<Mention>> mentions, int i, Mention st, String role) {
        for (int s = i; s >= Math.max(0, i - REACH); s--) {
            List<Mention> ms = mentions.get(s);
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention p = ms.get(k);
                if (p.type != Mention.Type.PERSON || s == i && p.from >= st.from || p.former) continue;
                if (!st.id.equals(st.type == Mention.Type.ORG ? p.officeOf : stateOf(p))) continue;
                boolean generic = GENERIC_ROLES.contains(role);
                // "the Iranian minister" for the Foreign Minister named before
                if (p.role == null ? generic : p.role.equals(role) || generic && GENERIC_ROLES.contains(p.role)
                        || p.role.endsWith(" " + role) || role.equals("Leader") && MONARCHS.contains(p.role)) return p;
            }
        }
        // "On July 14, the President of Turkmenistan left for a state visit ... President Serdar Berdimuhamedov was
        // welcomed": with nobody before it, the one person of the state named with this very office in the next sentences
        Mention after = null;
        for (int s = i; s < Math.min(mentions.size(), i + FORWARD + 1); s++) {
            for (Mention p : mentions.get(s)) {
                if (p.type != Mention.Type.PERSON || s == i && p.from < st.to || p.former || !role.equals(p.role)) continue;
                if (!st.id.equals(st.type == Mention.Type.ORG ? p.officeOf : stateOf(p))) continue;
                if (after != null && !after.id.equals(p.id)) return null;
                after = p;
            }
        }
        return after;
    }

    /** How far ahead the person a description at the start of an article stands for may be named, in sentences. */
    private static final int FORWARD = 3;

    private String stateOf(Mention p) {
        if (p.officeOf != null) return p.officeOf.startsWith("state:") ? p.officeOf : null;
        Gazetteer.PersonInfo known = gazetteer.person(p.id);
        return known != null && known.iso3() != null ? "state:" + known.iso3() : null;
    }
}
