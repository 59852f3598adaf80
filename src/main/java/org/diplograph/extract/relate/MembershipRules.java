package org.diplograph.extract.relate;

import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.recognize.Recognizer;

import static org.diplograph.extract.relate.Cues.HEDGES;
import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.groupSize;
import static org.diplograph.extract.relate.Cues.indexOf;
import static org.diplograph.extract.relate.Cues.near;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Membership of states in organisations, MEMBER_OF: "members-of", "joined", "org-consisting-of", "org-members-list" and
 * "org-includes" (the organisation named last when "The organisation includes A, B"; the states named last for "Both
 * countries are members"). "Iran, an SCO member", "admitted X as its tenth member" and "A, B and C make up the EAEU"
 * are surface rules (rules/relations.tokensregex).
 */
final class MembershipRules {

    private static final Set<String> MEMBER_LIST = Lexicon.words("member-list");
    private static final Set<String> ORG_NOUNS = Lexicon.words("org-nouns");

    private final DocBuilder b;
    private final ArticleMemory memory;

    MembershipRules(DocBuilder b, ArticleMemory memory) {
        this.b = b;
        this.memory = memory;
    }

    /**
     * "X and Y are members of ORG", "X joined the SCO", "the OTS, consisting of A, B", "SCO members A, B and C"; first
     * "the SCO includes A, B".
     */
    void memberships(Analysed a, List<Token> t) {
        orgIncludes(a, t);
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.ORG && "igo".equals(m.kind)) { memory.lastIgo = m; memory.lastIgoSentence = a.sentence().index(); }
        }
        if (indexOf(t, Set.of("observer", "observers", "non-member", "partner", "partners"), 0) >= 0
                && indexOf(t, Set.of("members", "member"), 0) < 0) return;
        List<Mention> ms = a.mentions();
        // "X and Y are members of ORG", "both members of ECO and SCO", "X joined the SCO"
        for (int k = 0; k < t.size(); k++) {
            String f = t.get(k).fold();
            boolean memberOf = (f.equals("members") || f.equals("member")) && k + 1 < t.size() && (t.get(k + 1).is("of")
                    || k + 2 < t.size() && Set.of("states", "countries", "nations").contains(t.get(k + 1).fold())
                    && t.get(k + 2).is("of"));
            boolean joined = f.equals("joined") || f.equals("joins") || f.equals("join");
            if (!memberOf && !joined) continue;
            if (near(t, k, NEGATION, 3) || near(t, k, Set.of("former", "ex", "left", "quit", "withdrew"), 3)) continue;
            if (joined && (near(t, k, HEDGES, 3) || k > 0 && t.get(k - 1).is("to"))) continue; // "may join", "plans to join"
            int clauseStart = 0;
            for (int i = k - 1; i >= 0; i--) {
                if (Set.of("while", "but", "whereas", "although", ";").contains(t.get(i).fold())
                        || t.get(i).is("and") && i > 0 && t.get(i - 1).text().equals(",")) { clauseStart = i + 1; break; }
            }
            List<String> orgs = new ArrayList<>();
            for (Mention m : ms) {
                if (m.from <= k) continue;
                if (m.type == Mention.Type.ORG && Set.of("company", "media", "think-tank").contains(String.valueOf(m.kind))) break;
                if (m.type == Mention.Type.ORG) orgs.add(m.id);
                else if (m.type != Mention.Type.ORG && !orgs.isEmpty()) break;
                if (orgs.isEmpty() && m.from > k + 4) break;
                if (!orgs.isEmpty() && m.to < t.size() && !Set.of("and", ",", "(", ")", "the").contains(t.get(m.to).fold())) {
                    if (!(t.get(m.to).text().equals("(") || t.get(m.to).text().equals(")"))) break;
                }
            }
            if (orgs.isEmpty()) continue;
            // "..., said Wang, also a member of the Political Bureau": the person named last before is the member
            Mention last = null;
            for (Mention m : ms) {
                if ((m.type == Mention.Type.PERSON || m.type == Mention.Type.STATE) && m.to <= k) last = m;
            }
            if (last != null && last.type == Mention.Type.PERSON) continue;
            List<String> states = new ArrayList<>();
            for (Mention m : ms) {
                if (m.type == Mention.Type.STATE && m.from >= clauseStart && m.to <= k && !"demonym".equals(m.via)
                        && !states.contains(m.id)) states.add(m.id);
            }
            if (states.isEmpty() && joined) continue;
            // "Both countries are members of X", "All three countries are members": the states named last before
            if (states.isEmpty() && memberOf) {
                int n = groupSize(t, clauseStart, k, Set.of("countries", "states", "nations"));
                if (n > 0 && memory.recentStates.size() >= n) {
                    states.addAll(memory.recentStates.subList(memory.recentStates.size() - n, memory.recentStates.size()));
                }
            }
            for (String s : states) for (String o : orgs) b.relation("MEMBER_OF", s, o, null, ev(a, memberOf ? "members-of" : "joined"));
        }
        // "the OTS, consisting of Turkey, Azerbaijan, ..."
        for (int k = 0; k < t.size(); k++) {
            boolean list = MEMBER_LIST.contains(t.get(k).fold())
                    || (t.get(k).is("whose") && k + 1 < t.size() && (t.get(k + 1).is("members")
                    || k + 2 < t.size() && Recognizer.number(t.get(k + 1)) != null && t.get(k + 2).is("members")))
                    || (t.get(k).is("made") && k + 1 < t.size() && t.get(k + 1).is("up"));
            if (!list) continue;
            Mention org = null;
            for (Mention m : ms) if (m.type == Mention.Type.ORG && m.to <= k && k - m.to <= 3) org = m;
            if (org == null) continue;
            int order = 0;
            int prevEnd = -1;
            for (Mention m : ms) {
                if (m.from <= k) continue;
                if (m.type != Mention.Type.STATE) break;
                if (prevEnd >= 0 && !listNext(t, prevEnd, m.from)) break;
                prevEnd = m.to;
                order++;
                b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "org-consisting-of"));
                if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
            }
        }
        // "SCO members Russia, China and India"
        for (Mention org : ms) {
            if (org.type != Mention.Type.ORG) continue;
            int i = org.to;
            if (i < t.size() && (t.get(i).is("members") || t.get(i).is("member")) && i + 1 < t.size()
                    && (t.get(i + 1).is("states") ? i + 2 < t.size() : true)) {
                int s = t.get(i + 1).is("states") ? i + 2 : i + 1;
                for (Mention m : ms) {
                    if (m.from < s) continue;
                    if (m.type != Mention.Type.STATE || m.from > s + 20) break;
                    b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "org-members-list"));
                    if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
                }
            }
        }
    }

    /**
     * "The SCO now includes India, Pakistan, Iran and Belarus", "The organisation, which includes A, B and C, also has
     * observers", "The bloc unites ten states, including A and B" (the organisation named last, within eight sentences).
     */
    private void orgIncludes(Analysed a, List<Token> t) {
        List<Mention> ms = a.mentions();
        int inc = indexOf(t, Set.of("includes", "include", "comprises", "encompasses", "groups", "unites", "brings"), 0);
        if (inc <= 0 || near(t, inc, Set.of("will", "could", "would", "may", "might"), 4)) return;
        if (t.get(inc).is("brings") && !(inc + 1 < t.size() && t.get(inc + 1).is("together"))) return;
        Mention org = null;
        if (!ms.isEmpty() && ms.get(0).type == Mention.Type.ORG && ms.get(0).from < inc) org = ms.get(0);
        if (org == null && memory.lastIgo != null && a.sentence().index() - memory.lastIgoSentence <= 8) {
            for (int i = 0; i < Math.min(inc, 3); i++) {
                if (ORG_NOUNS.contains(t.get(i).fold()) && i > 0 && t.get(i - 1).is("the")) { org = memory.lastIgo; break; }
            }
            boolean before = false;
            for (Mention m : ms) if (m.from < inc) before = true;
            if (before) org = null;
        }
        if (org == null) return;
        int stop = t.size();
        for (int i = inc + 1; i < t.size(); i++) {
            if (Set.of("observer", "observers", "partner", "partners", "candidate", "candidates").contains(t.get(i).fold())) { stop = i; break; }
        }
        if (near(t, inc, Set.of("observer", "observers", "partners"), 3)) return;
        int prevEnd = -1;
        for (Mention m : ms) {
            if (m.from <= inc || m.from >= stop) continue;
            if (m.type != Mention.Type.STATE || "demonym".equals(m.via)) break;
            if (prevEnd >= 0 && !listNext(t, prevEnd, m.from)) break; // the list ended ("..., Oman, held talks with ...")
            b.relation("MEMBER_OF", m.id, org.id, null, ev(a, "org-includes"));
            prevEnd = m.to;
            if (m.to < t.size() && !(t.get(m.to).is("and") || t.get(m.to).text().equals(","))) break;
        }
    }

    /** The next item of a list: "A, B", "A and B", "A, and B", "A, the B" (tokens between prevEnd and from). */
    private static boolean listNext(List<Token> t, int prevEnd, int from) {
        for (int i = prevEnd; i < from; i++) {
            if (!(t.get(i).text().equals(",") || t.get(i).is("and") || t.get(i).is("the"))) return false;
        }
        return from - prevEnd <= 3;
    }
}
