package org.diplograph.extract.resolve;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;

import java.util.List;
import java.util.Set;

/**
 * Resolve, offices: a person whose office names no state gets the state the sentence's shape gives it. Each shape is a
 * rule id written into the HOLDS_OFFICE evidence:
 * <ul>
 *   <li>{@code office-of-state-list}: "Energy Ministers A of Kazakhstan, B of Kyrgyzstan" and "President Y of Mongolia";
 *   <li>{@code office-state-person-list}: "the Presidents of Kyrgyzstan A and Mongolia B";
 *   <li>{@code office-respective-list}: "the Presidents of Uzbekistan and Azerbaijan A and B";
 *   <li>{@code office-phrase-after}: "A, Minister of Energy of Uzbekistan"; "A, Secretary of Iran's Supreme National
 *   Security Council";
 *   <li>{@code office-phrase-before}: "the Chairman of the Standing Committee of the National People's Congress of
 *   China, A"; "Director for transport infrastructure development of Iran A";
 *   <li>{@code office-possessive-portfolio}: "Turkey's Energy and Natural Resources Minister A";
 *   <li>{@code office-side}: "signed on the Iraqi side by the Minister of Transport, A";
 *   <li>{@code office-accompanying}: "the Iranian president was accompanied by Foreign Minister A";
 *   <li>{@code office-delegation}: "The Georgian delegation featured ministers, including Minister of Culture A";
 *   <li>{@code office-shared-qualifier}: "Pakistan's Finance Minister A and Railway Minister B";
 *   <li>{@code office-demonym-list}: "Georgian officials A and B", "Pakistani ministers A and B";
 *   <li>{@code office-list-gazetteer}: "Presidents Vladimir Putin and Kassym-Jomart Tokayev", persons the gazetteer
 *   knows the state of.
 * </ul>
 * A person found by NER alone gets the office word too where the list names one. Token shapes, not grammar: the parser
 * attaches such name lists badly (see docs/extraction.md).
 */
public final class Offices {
    private final Gazetteer g;

    /** Plural office words that head a list of office holders. */
    private static final Set<String> PLURALS = Set.of("officials", "ministers", "presidents", "premiers", "leaders",
            "heads", "chairmen", "ambassadors", "envoys", "governors", "speakers", "secretaries");

    public Offices(Gazetteer g) {
        this.g = g;
    }

    /** Gives unqualified offices their state in every sentence (mentions are replaced, never changed). */
    public void resolve(List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int i = 0; i < sentences.size(); i++) sentence(sentences.get(i).tokens(), mentions.get(i));
    }

    private void sentence(List<Token> t, List<Mention> ms) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.type == Mention.Type.PERSON && "office-person-gazetteer".equals(m.rule) && m.role != null) {
                ms.set(k, delegationMember(t, ms, k, m));
                continue;
            }
            if (m.type != Mention.Type.PERSON || m.officeOf != null || m.former) continue;
            String role = m.role != null ? m.role : listOffice(t, ms, k);
            String[] found = ofStateAfter(t, ms, k, role);
            if (found == null) found = stateBefore(t, ms, k, role);
            if (found == null) found = phraseAfter(t, ms, k);
            if (found == null) found = phraseBefore(t, ms, k);
            if (found != null && found.length == 3) role = found[2];
            if (found == null && m.role != null) found = possessivePortfolio(t, ms, k);
            if (found == null && m.role != null) found = side(t, ms, k);
            if (found == null && m.role != null) found = accompanying(t, ms, k);
            if (found == null && m.role != null) found = delegation(t, ms, k);
            if (found == null && m.role != null) found = sharedQualifier(t, ms, k);
            if (found == null && m.role == null && role != null) found = demonymList(t, ms, k);
            if (found == null && m.role == null && role != null) found = knownHome(m);
            if (found == null) continue;
            Mention.Draft d = m.draft();
            d.role = role != null ? role : m.role;
            d.officeOf = found[0];
            d.rule = found[1];
            if (d.role != null) ms.set(k, d.build());
        }
    }

    /**
     * "The Georgian delegation featured ..., including Minister of Economy Levan Davitashvili": a known official whose
     * office the gazetteer gave is still read as his delegation's member when the sentence says so, so that the
     * delegation's visits are his (rule {@code office-delegation}).
     */
    private Mention delegationMember(List<Token> t, List<Mention> ms, int k, Mention m) {
        String[] found = delegation(t, ms, k);
        if (found == null || !found[0].equals(m.officeOf)) return m;
        Mention.Draft d = m.draft();
        d.rule = found[1];
        return d.build();
    }

    /**
     * "Pakistan's Finance Minister Ishaq Dar and Railway Minister Saad Rafiq": a second minister joined by "and" to a
     * minister whose state the sentence gives shares it. Only two different portfolios of ministers: "Tajik President A
     * and Foreign Minister B", or "Iranian Foreign Minister A and Foreign Minister B", may be the two sides of a meeting.
     */
    private static String[] sharedQualifier(List<Token> t, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        if (k == 0) return null;
        Mention prev = ms.get(k - 1);
        if (prev.type != Mention.Type.PERSON || prev.officeOf == null || !prev.officeOf.startsWith("state:") || prev.former
                || prev.role == null || !Set.of("demonym-office-person", "qualified-office-person", "office-possessive-portfolio")
                .contains(prev.rule)) return null;
        if (!minister(prev.role) || !minister(m.role) || prev.role.equals(m.role)) return null;
        if (prev.to >= m.from || !t.get(prev.to).is("and") || m.from - prev.to > 6) return null;
        for (int i = prev.to + 1; i < m.from; i++) if (!t.get(i).cap()) return null;
        return new String[] {prev.officeOf, "office-shared-qualifier"};
    }

    private static boolean minister(String role) {
        return role.endsWith("Minister") && !role.contains("Prime");
    }

    /** "A of Kazakhstan" where A holds an office or heads a list after a plural office word. */
    private String[] ofStateAfter(List<Token> t, List<Mention> ms, int k, String role) {
        Mention m = ms.get(k);
        if (role == null || m.to + 1 >= t.size() || !t.get(m.to).is("of")) return null;
        Mention st = startingAt(ms, m.to + 1);
        if (st == null || st.type != Mention.Type.STATE || !"name".equals(st.via)) return null;
        return new String[] {st.id, "office-of-state-list"};
    }

    /**
     * "the Presidents of Kyrgyzstan A and Mongolia B": a state named right before the person, in such a list; and
     * "the Presidents of Uzbekistan and Azerbaijan A and B": states, then as many persons, in the same order.
     */
    private String[] stateBefore(List<Token> t, List<Mention> ms, int k, String role) {
        Mention m = ms.get(k);
        if (k == 0 || role == null || m.role != null || listOffice(t, ms, k) == null) return null;
        // the run of persons this one ends or stands in, and the run of states before it
        int p0 = k;
        while (p0 > 0 && ms.get(p0 - 1).type == Mention.Type.PERSON && joined(t, ms.get(p0 - 1), ms.get(p0))) p0--;
        int s0 = p0;
        while (s0 > 0 && ms.get(s0 - 1).type == Mention.Type.STATE && "name".equals(ms.get(s0 - 1).via)
                && (s0 == p0 ? ms.get(s0 - 1).to == ms.get(p0).from : joined(t, ms.get(s0 - 1), ms.get(s0)))) s0--;
        int states = p0 - s0;
        if (states == 1 && p0 == k) return new String[] {ms.get(s0).id, "office-state-person-list"};
        int p1 = k;
        while (p1 + 1 < ms.size() && ms.get(p1 + 1).type == Mention.Type.PERSON && joined(t, ms.get(p1), ms.get(p1 + 1))) p1++;
        if (states > 1 && p1 - p0 + 1 == states) return new String[] {ms.get(s0 + k - p0).id, "office-respective-list"};
        return null;
    }

    /** "Presidents Vladimir Putin and Kassym-Jomart Tokayev": a listed office holder the gazetteer knows the state of. */
    private String[] knownHome(Mention m) {
        Gazetteer.PersonInfo known = g.person(m.id);
        return known == null || known.iso3() == null ? null : new String[] {"state:" + known.iso3(), "office-list-gazetteer"};
    }

    /** Two mentions joined by "and" or a comma only. */
    private static boolean joined(List<Token> t, Mention a, Mention b) {
        for (int i = a.to; i < b.from; i++) if (!t.get(i).is("and") && !t.get(i).text().equals(",")) return false;
        return b.from > a.to;
    }

    /**
     * The office of a list this person stands in: walking back over names, states, "of", "and" and commas to a plural
     * office word ("Energy Ministers", "the Presidents of").
     */
    private String listOffice(List<Token> t, List<Mention> ms, int k) {
        int i = listHead(t, ms, k);
        if (i < 0) return null;
        Token x = t.get(i);
        if (x.is("officials")) return "Official";
        String singular = x.fold().equals("chairmen") ? "chairman" : x.fold().replaceAll("(ie)?s$", "");
        if (x.fold().equals("secretaries")) singular = "secretary";
        String prefix = i > 0 && t.get(i - 1).cap() ? t.get(i - 1).text() + " " : "";
        String role = g.role(prefix + singular);
        return role != null ? role : g.role(singular);
    }

    /**
     * "Georgian officials Levan Davitashvili and Tornike Rijvadze", "Pakistani ministers A and B": the state of a
     * demonym right before the plural office word that heads the list.
     */
    private static String[] demonymList(List<Token> t, List<Mention> ms, int k) {
        int i = listHead(t, ms, k);
        if (i < 1) return null;
        for (Mention x : ms) {
            if (x.to == i && x.type == Mention.Type.STATE && "demonym".equals(x.via)) {
                return new String[] {x.id, "office-demonym-list"};
            }
        }
        return null;
    }

    /** Where the plural office word heading the list the person at k stands in is, or -1. */
    private static int listHead(List<Token> t, List<Mention> ms, int k) {
        int i = ms.get(k).from - 1;
        int j = k - 1;
        while (i >= 0) {
            Token x = t.get(i);
            if (j >= 0 && ms.get(j).to == i + 1 && (ms.get(j).type == Mention.Type.STATE
                    || ms.get(j).type == Mention.Type.PERSON)) {
                i = ms.get(j).from - 1;
                j--;
                continue;
            }
            if (x.is("of") || x.is("and") || x.text().equals(",")) {
                i--;
                continue;
            }
            return PLURALS.contains(x.fold()) ? i : -1;
        }
        return -1;
    }

    /** "Turkey's Energy and Natural Resources Minister A": the state's possessive, then capitalised words to A. */
    private static String[] possessivePortfolio(List<Token> t, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Mention st = ms.get(j);
            if (st.type != Mention.Type.STATE) return null;
            int i = st.to;
            if (i + 1 >= t.size() || !t.get(i).text().matches("['\u2019]") || !t.get(i + 1).is("s")) return null;
            int words = 0;
            for (i = i + 2; i < m.from; i++) {
                Token x = t.get(i);
                if (!(x.cap() || x.is("and") || x.text().equals("&")) || ++words > 7) return null;
            }
            return words > 0 ? new String[] {st.id, "office-possessive-portfolio"} : null;
        }
        return null;
    }

    /** "on the Iraqi side by the Minister of Transport, A": the last "side" named before the person. */
    private static String[] side(List<Token> t, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Mention st = ms.get(j);
            if (st.type != Mention.Type.STATE) continue;
            if (st.to < t.size() && t.get(st.to).is("side") && st.from > 0 && t.get(st.from - 1).is("the")) {
                return m.from - st.to <= 12 ? new String[] {st.id, "office-side"} : null;
            }
        }
        return null;
    }

    /**
     * "the Iranian president was accompanied by Foreign Minister A", "Accompanied by A and B, the Georgian Prime
     * Minister ...": the one state the sentence names by a demonym or a qualified office, when "accompanied by" comes
     * before the person.
     */
    private static String[] accompanying(List<Token> t, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        int by = -1;
        for (int i = 1; i < m.from; i++) if (t.get(i - 1).is("accompanied") && t.get(i).is("by")) by = i;
        if (by < 0) return null;
        String state = null;
        for (Mention x : ms) {
            String s = x.type == Mention.Type.STATE && "demonym".equals(x.via) ? x.id
                    : x.type == Mention.Type.PERSON && x.officeOf != null && x.officeOf.startsWith("state:") ? x.officeOf
                    : null;
            if (s == null) continue;
            if (state != null && !state.equals(s)) return null;
            state = s;
        }
        return state == null ? null : new String[] {state, "office-accompanying"};
    }

    /**
     * "The Georgian delegation featured ministers, including Minister of Culture A": the offices of a delegation's
     * members are its state's, where the sentence names no other state.
     */
    private String[] delegation(List<Token> t, List<Mention> ms, int k) {
        String state = null;
        boolean before = false;
        for (Mention x : ms) {
            if (x.type != Mention.Type.STATE) continue;
            if (state != null && !state.equals(x.id)) return null;
            state = x.id;
            if ("demonym".equals(x.via) && x.to < t.size() && x.to <= ms.get(k).from
                    && Set.of("delegation", "delegations", "team", "side").contains(t.get(x.to).fold())) before = true;
        }
        return before ? new String[] {state, "office-delegation"} : null;
    }

    /** Words that head an office phrase. */
    private static final Set<String> HEADS = Set.of("minister", "president", "secretary", "chairman", "chairwoman",
            "chair", "director", "advisor", "adviser", "deputy", "head", "ambassador", "governor", "speaker", "prince",
            "sultan", "emir", "king", "premier", "spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
            "chief", "commander", "mayor", "vice", "first", "acting", "prime", "chancellor");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "on", "to", "&", "-");
    private static final int PHRASE = 14;

    /** "A, Minister of Energy of Uzbekistan": an office phrase after the name that ends at a state. */
    private String[] phraseAfter(List<Token> t, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        int i = m.to;
        if (i < t.size() && t.get(i).text().equals(",")) i++;
        if (i < t.size() && t.get(i).is("the")) i++;
        if (i >= t.size() || !t.get(i).cap() || !HEADS.contains(t.get(i).fold())) return null;
        int head = i;
        for (int j = head + 1; j < t.size() && j <= head + PHRASE; j++) {
            Mention x = startingAt(ms, j);
            if (x != null) {
                if (x.type != Mention.Type.STATE) {
                    if (x.type == Mention.Type.ORG) { j = x.to - 1; continue; }
                    return null;
                }
                boolean of = t.get(j - 1).is("of") || t.get(j - 1).is("the") && t.get(j - 2).is("of");
                boolean poss = x.to + 1 < t.size() && t.get(x.to).text().matches("['\u2019]") && t.get(x.to + 1).is("s");
                if (!of && !poss && !"demonym".equals(x.via)) return null;
                int end = of ? (t.get(j - 1).is("the") ? j - 2 : j - 1) : j;
                return new String[] {x.id, "office-phrase-after", role(t, head, end)};
            }
            Token y = t.get(j);
            // "A, Chairman of Eagle Hills, and Georgian officials B": the apposition ends at ", and"
            if (y.text().equals(",") && j + 1 < t.size() && t.get(j + 1).is("and")) return null;
            if (!(y.cap() || CONNECTORS.contains(y.fold()) || y.text().equals(","))) return null;
        }
        return null;
    }

    /** "the Chairman of ... of China, A": an office phrase before the name that ends with "of" and a state. */
    private String[] phraseBefore(List<Token> t, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        if (k == 0) return null;
        Mention st = ms.get(k - 1);
        int gap = m.from - st.to;
        if (st.type != Mention.Type.STATE || !"name".equals(st.via)
                || gap > 1 || gap == 1 && !t.get(st.to).text().equals(",")) return null;
        int of = st.from - 1;
        if (of > 0 && t.get(of).is("the")) of--;
        if (of < 1 || !t.get(of).is("of")) return null;
        int head = -1;
        for (int j = of - 1; j >= 0 && j >= of - PHRASE; j--) {
            Token y = t.get(j);
            Mention x = endingAt(ms, j + 1);
            if (x != null && x.type == Mention.Type.ORG) { j = x.from; continue; }
            if (x != null) break;
            if (!y.word() || y.digits()) break;
            if (y.cap() && HEADS.contains(y.fold())) head = j;
        }
        return head < 0 ? null : new String[] {st.id, "office-phrase-before", role(t, head, of)};
    }

    /** The office as written from its head word to {@code end} (exclusive), in the gazetteer's form when it has one. */
    private String role(List<Token> t, int head, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = head; i < end; i++) {
            String w = t.get(i).text();
            if (b.length() > 0 && !w.equals(",")) b.append(' ');
            b.append(w);
        }
        String text = b.toString().replaceAll("[,\\s]+$", "");
        String known = g.role(text);
        return known != null ? known : text;
    }

    private static Mention startingAt(List<Mention> ms, int from) {
        for (Mention x : ms) if (x.from == from) return x;
        return null;
    }

    private static Mention endingAt(List<Mention> ms, int to) {
        for (Mention x : ms) if (x.to == to) return x;
        return null;
    }
}
