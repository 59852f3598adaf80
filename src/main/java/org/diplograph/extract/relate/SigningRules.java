package org.diplograph.extract.relate;

import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;

import static org.diplograph.extract.relate.Cues.NEGATION;
import static org.diplograph.extract.relate.Cues.between;
import static org.diplograph.extract.relate.Cues.date;
import static org.diplograph.extract.relate.Cues.dateProps;
import static org.diplograph.extract.relate.Cues.ev;
import static org.diplograph.extract.relate.Cues.groupSize;
import static org.diplograph.extract.relate.Cues.indexOf;
import static org.diplograph.extract.relate.Cues.listed;
import static org.diplograph.extract.relate.Cues.locIn;
import static org.diplograph.extract.relate.Cues.near;
import static org.diplograph.extract.relate.Cues.parenthetical;
import static org.diplograph.extract.relate.Cues.pronounSubject;
import static org.diplograph.extract.relate.Cues.reported;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * Agreements and their signing: SIGNED ("signed"), PARTY_TO ("party-signer", "party-subject", "party-context",
 * "agreement-between"), CONCERNS ("agreement-corridor", "agreement-on-corridor"), the signers' MET ("met-signing", with
 * a "meeting-event") and VISITED ("visit-signing"); the Agreement entities (under their mentions' rules). Remembers
 * the agreement and the signing place named last.
 */
final class SigningRules {

    private static final Set<String> SIGN = Lexicon.words("signing");
    /** Words after a signing that say when or why it happened: what follows names no signer. */
    private static final Set<String> OCCASION = Lexicon.words("signing-occasion");
    private static final Set<String> HELD_UP = Lexicon.words("held-up");
    private static final Set<String> MET_WORDS = Lexicon.words("met-object");
    private static final Set<String> VERBISH = Set.of("was", "were", "is", "are", "had", "has", "have", "been",
            "said", "says", "did", "not", "will", "would", "to", "be", "they", "it", "he", "she", "we");
    private static final Set<String> AGREEMENT_NOUNS = Set.of("document", "documents", "agreement", "agreements",
            "contract", "package", "memorandum", "deal", "accord", "protocol", "declaration", "mou", "treaty", "plan",
            "memoranda", "accords", "deals", "contracts", "protocols");

    private final Gazetteer g;
    /** A state organ's id: "org:mng-ministry-of-health". */
    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Homes homes;
    private final Events events;

    SigningRules(Gazetteer g, DocBuilder b, ArticleMemory memory, Homes homes, Events events) {
        this.g = g;
        this.b = b;
        this.memory = memory;
        this.homes = homes;
        this.events = events;
    }

    /**
     * "A and B signed X", "X was signed by A and B", "the sides signed", "the three leaders signed", "The document was
     * signed by" (the agreement named last): SIGNED, PARTY_TO, the signers' meeting and their visit to the city.
     */
    void signings(Analysed a, List<Token> t) {
        int k = indexOf(t, SIGN, 0);
        if (k < 0) return;
        if (t.get(k).is("sign")) return; // base form: "will sign", "to sign", "did not sign"
        if (near(t, k, Set.of("would", "could", "might", "may", "should", "must"), 3)) return;
        if (Cues.afterBe(t, k)) return; // "should be finalized ... and be signed next year", "to be signed"
        if (near(t, k, NEGATION, 5) || near(t, k, Set.of("will", "expected", "plans", "shall", "upcoming", "yet"), 3)) return;
        boolean heldUp = near(t, k, HELD_UP, 4); // "hinder the quick signing of a peace deal"
        boolean issued = t.get(k).is("issued") || t.get(k).is("adopted");
        boolean passiveGeneric = false;
        List<Mention> agreements = new ArrayList<>();
        int relClause = -1;
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.AGREEMENT || m.to >= k || !(t.get(m.to).is("that") || t.get(m.to).is("which"))) continue;
            boolean onlyParties = k - m.to >= 2;
            for (int i = m.to + 1; i < k; i++) {
                Token x = t.get(i);
                boolean inMention = false;
                for (Mention o : a.mentions()) if (o.from <= i && i < o.to && (o.type == Mention.Type.STATE
                        || o.type == Mention.Type.PERSON || o.type == Mention.Type.ORG)) inMention = true;
                boolean descriptor = !x.cap() && x.word() && i + 1 < k && !VERBISH.contains(x.fold());
                if (!inMention && !x.is("and") && !x.text().equals(",") && !x.is("the") && !descriptor) onlyParties = false;
            }
            if (onlyParties) { agreements.add(m); relClause = m.to + 1; }
        }
        Mention definite = null;
        for (Mention m : a.mentions()) {
            if (relClause >= 0) break;
            if (m.type != Mention.Type.AGREEMENT) continue;
            // "restored relations under an agreement signed in Beijing": the clause's subjects are the parties
            boolean under = m.to == k && !(k + 1 < t.size() && t.get(k + 1).is("by")) && m.from >= 1
                    && between(t, Math.max(0, m.from - 3), m.from, Set.of("under", "within"));
            // "a loan agreement ... was signed by": the passive's subject
            boolean passiveSubject = m.from < k && k > 0 && Set.of("was", "were", "been").contains(t.get(k - 1).fold())
                    && !between(t, m.to, k - 1, Set.of("which", "that", "who", ";"))
                    && !bare(t, m);
            if (m.rule.startsWith("generic-agreement") && m.from < k && !under && !passiveSubject) {
                // "The contract was signed ...": kept aside, in case the article has named no agreement it refers to
                if (m.from == 1 && k == m.to + 1 && Set.of("was", "were").contains(t.get(k - 1).fold())) definite = m;
                continue;
            }
            if (passiveSubject && m.rule.startsWith("generic-agreement")) passiveGeneric = true;
            if (issued && !"joint-statement".equals(m.kind) && !t.get(k).is("adopted")) continue;
            // "..., according to a statement released on Wednesday": the statement is the news's source, not signed
            if (m.from >= 3 && t.get(m.from - 3).is("according") && t.get(m.from - 2).is("to")) continue;
            agreements.add(m);
        }
        boolean referred = false;
        if (agreements.isEmpty()) {
            // "The document was signed by A and B", "A and B signed the package": the agreement named last; its
            // parties were stated with it
            Mention ref = agreementReference(a, t, k);
            if (ref != null) { agreements.add(ref); referred = true; }
            // the article opens on it: "The contract was signed on Wednesday in Tehran between A and B"
            else if (definite != null && a.sentence().index() <= 1) agreements.add(definite);
        }
        if (agreements.isEmpty()) return;
        if (t.get(k).is("adopted") || heldUp) {
            // "the leaders adopted the Bishkek Declaration", "hinder the signing of a peace deal": the document exists
            // (or is meant to); nobody signed it
            DateParser.DateValue d = date(a, k);
            for (Mention ag : agreements) agreementEntity(a, ag, ag.id, d, null); // no stage of the design fits
            return;
        }
        List<String> signers = new ArrayList<>();
        Set<String> parties = new LinkedHashSet<>();
        int clause = 0;
        for (int i = k - 1; i > 0; i--) {
            // "A met B in Dushanbe, where Iranian and Tajik officials put their signatures on 23 documents"
            boolean where = t.get(i).is("where") && t.get(i - 1).text().equals(",");
            // "ended a visit to Hangzhou, during which Kuwait and China signed seven memoranda"
            boolean during = t.get(i).is("which") && (t.get(i - 1).is("during") || t.get(i - 1).is("at"));
            if (t.get(i).is("and") && t.get(i - 1).text().equals(",") || t.get(i).text().equals(";") || where || during) {
                clause = i + 1;
                break;
            }
        }
        // "A met with B on Monday and signed 28 MoUs", "A landed in Riyadh, meeting King B and signing 13 agreements":
        // the one met is no signer
        int metAt = -1;
        for (int i = clause; i < k && metAt < 0; i++) if (MET_WORDS.contains(t.get(i).fold())) metAt = i;
        boolean metBySubject = false;
        for (Mention m : a.mentions()) {
            if (metAt > 0 && m.type == Mention.Type.PERSON && m.from >= clause && m.to <= metAt) metBySubject = true;
        }
        // "When A hosted B and C, the three leaders signed": the group signed
        if (metBySubject && groupSize(t, metAt, k, Set.of("leaders", "presidents", "ministers", "heads")) > 0) metBySubject = false;
        List<String> metObjects = new ArrayList<>();
        if (relClause > clause) clause = relClause;
        boolean sides = false;
        for (int i = clause; i < k; i++) {
            if (Set.of("sides", "parties", "countries", "nations", "governments", "delegations").contains(t.get(i).fold())) sides = true;
        }
        int withAt = -1, withEnd = t.size();
        for (int i = k + 1; i < t.size() && relClause < 0; i++) {
            if (Set.of("which", "that", "who", "where", "whose").contains(t.get(i).fold())) break; // "... which links A with B"
            if (OCCASION.contains(t.get(i).fold())) break; // "signed ... following a private meeting between A and B"
            if (t.get(i).is("with") || t.get(i).is("between")) { withAt = i; break; }
        }
        // "signed between the two countries on the occasion of President X's visit": X is the occasion, no signer
        for (int i = withAt + 1; withAt > 0 && i < t.size(); i++) if (OCCASION.contains(t.get(i).fold())) { withEnd = i; break; }
        for (Mention m : a.mentions()) {
            boolean subject = m.from < k && m.from >= clause && !listed(t, m, a.mentions()) && !reported(t, m, k)
                    && !parenthetical(t, m.from, k) && !(m.type == Mention.Type.PERSON && owner(t, m))
                    && !(m.type == Mention.Type.PERSON && metBySubject && m.from > metAt);
            boolean with = withAt > 0 && m.from > withAt && m.from < withEnd;
            if (m.type == Mention.Type.PERSON && metBySubject && m.from > metAt && m.from < k) metObjects.add(m.id);
            if (m.type == Mention.Type.PERSON && sides && m.from < k) {
                if (homes.stateOf(m.id) != null) parties.add(homes.stateOf(m.id));
            } else if (m.type == Mention.Type.PERSON && (subject || with)) {
                if (!signers.contains(m.id)) signers.add(m.id);
            } else if ((m.type == Mention.Type.STATE || m.type == Mention.Type.ORG && !"media".equals(m.kind)
                    && !"think-tank".equals(m.kind))
                    && (subject || with)) {
                parties.add(m.id);
            }
        }
        // "implement the agreements signed between the two countries": who is named before did not sign
        if (Cues.qualifiesDocuments(a, t, k)) for (Mention m : a.mentions()) if (m.from < k) signers.remove(m.id);
        // passive "signed by A and the head of X, B": the persons after "by", up to the end of the clause
        List<String> present = new ArrayList<>();
        int byAt = -1; // "signed by", "signed in Tbilisi by", "signed on 5 May by"
        for (int i = k + 1; i < Math.min(t.size(), k + 8); i++) {
            if (t.get(i).is("by")) { byAt = i; break; }
            // "The contract was signed on Wednesday in Tehran between Iran's Minister X and Russia's Minister Y": the
            // persons named after "between" signed it (states named there stay parties, as before)
            if (t.get(i).is("between") && k > 0 && (t.get(k - 1).is("was") || t.get(k - 1).is("were")
                    || t.get(k - 1).is("been"))) {
                int persons = 0;
                for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.from > i && m.from <= i + 30) persons++;
                if (persons >= 2) { byAt = i; break; }
            }
            if (!(Set.of("in", "on", "at", "the", ",").contains(t.get(i).fold()) || t.get(i).cap() || t.get(i).digits())) break;
        }
        if (byAt > 0) {
            int stop = t.size();
            for (int i = byAt + 1; i < t.size(); i++) {
                if (Set.of("during", "while", "which", "who", "when", "after", "before", ";", "presence", "witnessed",
                        "attended").contains(t.get(i).fold())) { stop = i; break; }
            }
            for (Mention m : a.mentions()) {
                if (m.type == Mention.Type.PERSON && m.from > byAt && m.from < stop && !signers.contains(m.id)) signers.add(m.id);
            }
            int pr = indexOf(t, Set.of("presence"), k);
            if (pr > 0 && stop == pr) {
                for (Mention m : a.mentions()) if (m.type == Mention.Type.PERSON && m.from > pr && m.from <= pr + 8) present.add(m.id);
            }
        }
        // "the three leaders signed", "both presidents signed", "the signing of X by the two presidents": the persons
        // named last before
        if (signers.isEmpty() && !sides) {
            Set<String> groups = Set.of("leaders", "presidents", "ministers", "heads");
            int from = clause, to = k;
            int n = groupSize(t, from, to, groups);
            int by = indexOf(t, Set.of("by"), k + 1);
            if (n == 0 && by > k && by - k <= 25 && !between(t, k, by, Set.of(";", "which", "who", "while"))) {
                from = by;
                to = Math.min(t.size(), by + 5);
                n = groupSize(t, from, to, groups);
            }
            if (n > 0) {
                int ministers = indexOf(t, Set.of("ministers"), from), presidents = indexOf(t, Set.of("presidents"), from);
                String filter = ministers >= 0 && ministers < to ? "Minister" : presidents >= 0 && presidents < to
                        ? "President" : null;
                signers.addAll(memory.lastPersons(n, filter));
            }
        }
        // "He and Guler signed"
        if (!signers.isEmpty() && k > 2 && (t.get(0).is("he") || t.get(0).is("she")) && t.get(1).is("and")
                && memory.lastSubject != null && !signers.contains(memory.lastSubject)) signers.add(0, memory.lastSubject);
        // organisations signing: the states naming them ("Kazakhstan's national oil company X") are not parties
        boolean orgParty = false;
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.ORG && parties.contains(m.id) && !"igo".equals(m.kind)) orgParty = true;
        }
        if (orgParty) {
            for (Mention st : a.mentions()) {
                if (st.type != Mention.Type.STATE || !parties.contains(st.id)) continue;
                for (Mention o : a.mentions()) {
                    if (o.type != Mention.Type.ORG || !parties.contains(o.id)) continue;
                    boolean before = o.from >= st.to && o.from - st.to <= 6 && !between(t, st.to, o.from, Set.of("and", ","));
                    boolean after = st.from >= o.to && st.from - o.to <= 2 && t.get(o.to).is("of");
                    if (before || after) { parties.remove(st.id); break; }
                }
            }
        }
        boolean back = memory.refersBack(a);
        if (sides) {
            for (Mention m : a.mentions()) if (m.type == Mention.Type.PLACE && m.from < k && g.stateOfCapital(m.id) != null) parties.add(g.stateOfCapital(m.id));
        }
        if (signers.isEmpty() && back && !sides && relClause < 0) {
            boolean pronoun = pronounSubject(t, k) || indexOf(t, Set.of("leaders", "presidents", "ministers", "they"), 0) >= 0
                    && indexOf(t, Set.of("leaders", "presidents", "ministers", "they"), 0) < k;
            if (pronoun) {
                String filter = indexOf(t, Set.of("ministers"), 0) >= 0 ? "Minister"
                        : indexOf(t, Set.of("presidents"), 0) >= 0 ? "President" : null;
                for (String p : memory.event.attendees) if (filter == null || memory.roleOf(p, filter)) signers.add(p);
            }
        }
        // "He signed ...", not "He said the signing of the agreement will ...": a nominal signing has no pronoun signer
        boolean nominal = t.get(k).is("signing") && k > 0 && t.get(k - 1).is("the");
        if (signers.isEmpty() && !sides && !nominal && pronounSubject(t, k) && memory.lastSubject != null) signers.add(memory.lastSubject);
        boolean fromSentence = !parties.isEmpty();
        for (String s : signers) if (homes.stateOf(s) != null) parties.add(homes.stateOf(s));
        if (!signers.isEmpty()) for (String s : metObjects) if (homes.stateOf(s) != null) parties.add(homes.stateOf(s));
        // "witnessed", "oversaw", "congratulated the signing of ...", "met, which resulted in the inking of ...": they
        // did not sign it themselves, or the text does not say so
        if (between(t, 0, k, Set.of("witnessed", "witnessing", "presence", "auspices", "oversaw", "attended", "attending",
                "congratulated", "congratulations", "hailed", "lauded", "applauded", "resulted", "culminated"))) signers.clear();
        // "signed a deal with X, with Prime Minister Y overseeing the deal": who looks on did not sign
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PERSON && m.to < t.size() && Set.of("overseeing", "witnessing").contains(t.get(m.to).fold())) signers.remove(m.id);
        }
        if (back && (parties.size() < 2) && !passiveGeneric) parties.addAll(memory.event.states);
        // "11 documents were signed by the ministries of the two countries": the states named last
        if (parties.isEmpty() && !passiveGeneric && !referred) {
            int n = groupSize(t, 0, t.size(), Set.of("countries", "sides", "states", "nations"));
            if (n > 0 && memory.recentStates.size() >= n) {
                parties.addAll(memory.recentStates.subList(memory.recentStates.size() - n, memory.recentStates.size()));
            }
        }
        if (referred && !fromSentence) parties.clear();
        // "the Ministry of Health of Mongolia signed": a state's organ signs for its state
        for (String p : List.copyOf(parties)) {
            String st = g.stateOfOrgan(p);
            if (st != null && !parties.contains(st)) parties.add(st);
        }
        DateParser.DateValue d = date(a, k);
        if (d == null && back && memory.event.date != null) d = memory.event.date;
        List<String> metting = new ArrayList<>(signers);
        for (String p : present) if (!metting.contains(p)) metting.add(p);
        if (metting.size() >= 2 && signers.size() >= 2) {
            String eventId = events.add(a, "signing", metting, d, null, "meeting-event");
            for (int i = 0; i < metting.size(); i++) {
                for (int j = i + 1; j < metting.size(); j++) {
                    Map<String, Object> props = dateProps(d);
                    props.put("event", eventId);
                    b.relation("MET", metting.get(i), metting.get(j), props, ev(a, "met-signing"));
                }
            }
        }
        // "X signed ... at the summit in Astana": a signer holding an office of another state visited the city
        Mention signPlace = null;
        for (Mention m : a.mentions()) {
            if (m.from <= k) continue;
            if (between(t, k + 1, m.from, Set.of("which", "who", "where", "while", ";", "during", "after", "before", "when"))) break;
            if (m.type == Mention.Type.PLACE && locIn(t, m)) { signPlace = m; break; }
        }
        // "The same day in Astana, A and B signed", "In Tbilisi, A signed"
        for (Mention m : a.mentions()) {
            if (signPlace != null || m.from >= k) break;
            if (m.type == Mention.Type.PLACE && locIn(t, m) && m.from <= 6
                    && !between(t, m.to, k, Set.of("which", "who", "where", "while", ";", "after", "before", "when"))) signPlace = m;
        }
        // "... witnessed the signing of MoUs in Cairo. An MoU was signed by A and his Tajik counterpart B.": the next
        // signings, one sentence after another, were in the same place
        boolean chained = signPlace == null && memory.lastSigningPlace != null && !metting.isEmpty()
                && a.sentence().index() - memory.lastSigningSentence == 1;
        if (chained) signPlace = memory.lastSigningPlace;
        if (signPlace != null) {
            memory.lastSigningPlace = signPlace;
            memory.lastSigningSentence = a.sentence().index();
            String ps = homes.placeState(signPlace.id);
            for (String s : metting) {
                String st = homes.homeState(s);
                if (ps == null || st == null || st.equals(ps)) continue;
                b.relation("VISITED", s, signPlace.id, dateProps(d), ev(a, "visit-signing"));
            }
        }
        for (Mention ag : agreements) {
            String id = ag.id;
            agreementEntity(a, ag, id, d, "signed");
            // "signed a joint statement and witnessed the exchange of 23 documents": nobody signed those in this text
            boolean witnessed = ag.from > k && between(t, k + 1, ag.from, Set.of("witnessed", "oversaw", "attended"));
            // "issued a joint statement" is no signature; "issued and signed a joint statement" is
            boolean issuedOnly = t.get(k).is("issued") && !(k + 2 < t.size() && t.get(k + 1).is("and") && t.get(k + 2).is("signed"));
            if (!witnessed && !issuedOnly) for (String s : signers) b.relation("SIGNED", s, id, dateProps(d), ev(a, "signed"));
            for (String p : parties) b.relation("PARTY_TO", p, id, dateProps(d), ev(a, !signers.isEmpty() ? "party-signer" : fromSentence ? "party-subject" : "party-context"));
            for (Mention c : a.mentions()) {
                if (c.type == Mention.Type.CORRIDOR && c.from > ag.from && !between(t, ag.to, c.from, Set.of("and", ";"))) {
                    b.relation("CONCERNS", id, c.id, null, ev(a, "agreement-corridor"));
                }
            }
        }
    }

    /** "according to PM X's administration": a person named as an owner or a source is not the clause's subject. */
    private static boolean owner(List<Token> t, Mention m) {
        boolean possessive = Cues.possessive(t, m.to);
        boolean source = false;
        for (int i = Math.max(1, m.from - 4); i < m.from; i++) if (t.get(i - 1).is("according") && t.get(i).is("to")) source = true;
        return possessive || source;
    }

    /** The Agreement entity, under the agreement mention's rule; stage "signed", or none when only adopted. */
    private void agreementEntity(Analysed a, Mention ag, String id, DateParser.DateValue d, String stage) {
        Map<String, Object> props = d == null ? new TreeMap<>() : new TreeMap<>(d.props());
        props.put("title", ag.name);
        props.put("kind", ag.kind);
        if (stage != null) props.put("stage", stage);
        if (ag.count != null) props.put("count", ag.count);
        b.entity(id, "Agreement", ag.name, ag.surface, props, ag.rule, ev(a, ag.rule), false);
    }

    /**
     * A definite reference to the agreement named in the last three sentences (or further back, when the article has
     * named only that one): "The document was signed by", "signed the package", "The agreement was signed in Tbilisi by".
     */
    private Mention agreementReference(Analysed a, List<Token> t, int k) {
        int window = memory.namedAgreements.size() == 1 ? 15 : 3;
        if (memory.lastAgreement == null || a.sentence().index() - memory.lastAgreementSentence > window) return null;
        for (int i = Math.max(1, k - 4); i < Math.min(t.size(), k + 4); i++) {
            if (i == k || !AGREEMENT_NOUNS.contains(t.get(i).fold())) continue;
            if (Set.of("the", "this", "that", "these").contains(t.get(i - 1).fold())) return memory.lastAgreement;
        }
        return null;
    }

    /**
     * "the agreement", "this document": a back-reference, not a new agreement. "The agreement on broadcasting" names
     * its topic, so it is one.
     */
    private static boolean bare(List<Token> t, Mention m) {
        return m.to - m.from == 1 && m.from > 0 && Set.of("the", "this", "that").contains(t.get(m.from - 1).fold())
                && !"generic-agreement-topic".equals(m.rule);
    }

    /** Remembers the agreement named last (not a bare "the agreement"), for agreementReference in later sentences. */
    void rememberAgreement(Analysed a, List<Token> t) {
        for (Mention m : a.mentions()) {
            if (m.type != Mention.Type.AGREEMENT) continue;
            if (bare(t, m)) continue;
            // "according to a statement": a generic word no rule took for an agreement is none
            if (m.rule.startsWith("generic-agreement") && !b.has(m.id)) continue;
            memory.lastAgreement = m;
            memory.lastAgreementSentence = a.sentence().index();
            memory.namedAgreements.add(m.id);
        }
    }
}
