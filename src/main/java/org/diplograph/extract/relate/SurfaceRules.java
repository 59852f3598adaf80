package org.diplograph.extract.relate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.EntityRule;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.relate.Relator.Analysed;

import static org.diplograph.extract.relate.Cues.date;
import static org.diplograph.extract.relate.Cues.dateProps;
import static org.diplograph.extract.relate.Cues.ev;

/**
 * Applies the surface rules ({@code rules/relations.tokensregex}) to every sentence, parsed or not. A word's
 * {@code ner} is the label of the entity it is part of: PERSON, STATE, DEMONYM (a state named by its adjective),
 * CAPITAL (a capital standing for its government), PLACE, ORGANIZATION, CORRIDOR, AGREEMENT, else O. What the patterns
 * cannot say is here: the entities a group covers (a group may cover a list: one relation each; a group that starts
 * or ends inside an entity's words is no match), which labels a relation type takes, a pronoun (the article's last
 * subject; "my" in a quote is its speaker's), hedges (a word of the {@code surface-not-stated} list in the match or the
 * four words before it gives nothing, but for PARTY_TO and CONCERNS, which say what an agreement is), the date, a
 * visit's event, and a meeting's event with the visits of its foreign attendees to the city it was held in.
 */
final class SurfaceRules {
    static final List<SurfaceRule> RULES = SurfaceRule.load("/rules/relations.tokensregex");
    /** Relation types of agreements: their rules run after the Java signing rules, the others before. */
    static final Set<String> AGREEMENT_TYPES = Set.of("SIGNED", "PARTY_TO", "CONCERNS");
    /** Types that name what an agreement is, stated or not: "had not signed the agreement on the Kambarata-1 plant". */
    private static final Set<String> HEDGE_FREE = Set.of("PARTY_TO", "CONCERNS");
    private static final Set<String> HEDGES = Lexicon.words("surface-not-stated");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her");
    /** A speaker's own words in a quote: "My first official visit to Azerbaijan ...". */
    private static final Set<String> FIRST_PERSON = Set.of("i", "my");
    private static final Set<String> SPEECH = Lexicon.words("speech");

    private final DocBuilder b;
    private final ArticleMemory memory;
    private final Events events;
    private final VisitRules visits;
    /**
     * Longer sentences are not matched: the list patterns' cost grows with the cube of a run of names, and a sentence
     * this long is a split run of text without punctuation, not prose (the parser's bound is 80 tokens).
     */
    static final int MAX_TOKENS = 120;
    /** The words of the sentence read last: both calls for a sentence read the same words. */
    private Analysed wordsOf;
    private List<CoreLabel> words;

    SurfaceRules(DocBuilder b, ArticleMemory memory, Events events, VisitRules visits) {
        this.b = b;
        this.memory = memory;
        this.events = events;
        this.visits = visits;
    }

    /**
     * Every relation the rules find in the sentence that is not known yet: those of agreements ({@code agreements}) or
     * the others.
     */
    void relate(Analysed a, boolean agreements) {
        List<Token> t = a.sentence().tokens();
        if (t.size() > MAX_TOKENS) return;
        if (wordsOf != a) {
            words = words(t, a.mentions());
            wordsOf = a;
        }
        for (SurfaceRule r : RULES) {
            if (AGREEMENT_TYPES.contains(r.type()) != agreements || !r.required().mayMatch(words)) continue;
            TokenSequenceMatcher m = r.pattern().getMatcher(words);
            while (m.find()) {
                if (!HEDGE_FREE.contains(r.type()) && hedged(t, m) || split(m, "$a", a.mentions()) || split(m, "$b", a.mentions())) {
                    continue;
                }
                Set<String>[] ends = DependencyRelator.ends(r.type());
                List<String> sources = entities(m, "$a", a.mentions(), ends[0], t);
                List<Mention> targets = mentions(m, "$b", a.mentions(), ends[1]);
                if (sources.isEmpty() || targets.isEmpty()) continue;
                int k = m.start("$v") >= 0 ? m.start("$v") : m.start();
                add(a, r, sources, targets, date(a, k));
            }
        }
    }

    private void add(Analysed a, SurfaceRule r, List<String> sources, List<Mention> targets, DateParser.DateValue d) {
        Map<String, Object> props = r.type().equals("CONNECTS") || r.type().equals("MEMBER_OF")
                ? dateProps(null) : dateProps(d);
        boolean eventful = r.type().equals("MET") || r.type().equals("VISITED");
        boolean fresh = false;
        for (String s : sources) for (Mention x : targets) fresh |= !s.equals(x.id) && !b.hasRelation(r.type(), s, x.id);
        // a meeting or a visit already known has its event: nothing to add; another relation gains this evidence
        if (eventful && !fresh) return;
        // "according to a joint statement by Beijing, Riyadh and Tehran", "the drones deal was signed between A and B": a
        // bare agreement issued or signed by those it names is one (a bare "peace treaty between A and B" may be still
        // to come: it stays unnamed)
        if (r.id().equals("agreement-issued-by") || r.id().equals("agreement-signed-between")) {
            for (Mention x : targets) {
                if (x.type != Mention.Type.AGREEMENT || b.has(x.id) || x.name == null) continue;
                Map<String, Object> p = new TreeMap<>();
                p.put("title", x.name);
                p.put("kind", x.kind);
                b.entity(x.id, "Agreement", x.name, x.surface, p, x.rule, ev(a, r.id()), true);
            }
        }
        String meeting = r.type().equals("MET") ? meeting(a, sources, targets, d) : null;
        if (meeting != null) props.put("event", meeting);
        for (String s : sources) {
            for (Mention x : targets) {
                if (s.equals(x.id) || eventful && b.hasRelation(r.type(), s, x.id)) continue;
                b.relation(r.type(), s, x.id, props, ev(a, r.id()));
            }
        }
        if (r.type().equals("VISITED")) {
            String event = events.add(a, "visit", sources, d, targets.get(0).id, "visit-event");
            if (memory.event.sentence != a.sentence().index()) {
                events.remember(a, event, "visit", sources, targets.get(0), d);
            }
        }
    }

    /**
     * A meeting's event, held in the place named with "in" or "at" (or the dateline's city), and the visits of its
     * foreign attendees to that city, as the meeting rules give them.
     */
    private String meeting(Analysed a, List<String> sources, List<Mention> targets, DateParser.DateValue d) {
        List<Token> t = a.sentence().tokens();
        List<String> attendees = new ArrayList<>(sources);
        for (Mention x : targets) if (!attendees.contains(x.id)) attendees.add(x.id);
        Mention place = null;
        for (Mention m : a.mentions()) if (place == null && m.type == Mention.Type.PLACE && Cues.atOrIn(t, m)) place = m;
        String event = events.add(a, "meeting", attendees, d, place == null ? null : place.id, "meeting-event");
        if (place != null) visits.foreignAttendeesVisited(a, attendees, place, d, "visit-met");
        else if (memory.datelinePlace != null) visits.visitsAt(a, attendees, memory.datelinePlace, d, "visit-dateline");
        events.remember(a, event, "meeting", attendees, place, d);
        memory.signingsAt(a, place);
        return event;
    }

    /** The ids a source group stands for: its entities, or for a lone pronoun the article's last subject. */
    private List<String> entities(TokenSequenceMatcher m, String group, List<Mention> ms, Set<String> labels,
                                  List<Token> t) {
        List<String> out = new ArrayList<>();
        for (Mention x : mentions(m, group, ms, labels)) out.add(x.id);
        int from = m.start(group);
        if (out.isEmpty() && m.end(group) - from == 1 && labels.contains("Person")
                && PRONOUNS.contains(t.get(from).fold()) && memory.lastSubject != null) {
            out.add(memory.lastSubject);
        }
        if (out.isEmpty() && m.end(group) - from == 1 && labels.contains("Person")
                && FIRST_PERSON.contains(t.get(from).fold())) {
            String speaker = speaker(t, ms);
            if (speaker != null) out.add(speaker);
        }
        return out;
    }

    /**
     * Who says "I" or "my" in a quote: the person a speech verb of the sentence is said of ("..., Gakharia said"), or,
     * in a sentence that names no person, the article's last subject (the quote goes on from "X said:").
     */
    private String speaker(List<Token> t, List<Mention> ms) {
        boolean persons = false;
        for (Mention x : ms) persons |= x.type == Mention.Type.PERSON;
        if (!persons) return memory.lastSubject;
        for (int i = 0; i < t.size(); i++) {
            if (!SPEECH.contains(t.get(i).fold())) continue;
            for (Mention x : ms) {
                if (x.type == Mention.Type.PERSON && (x.to <= i && i - x.to <= 2 || x.from > i && x.from - i <= 6)) return x.id;
            }
        }
        return null;
    }

    /** The entities in a group whose label the relation takes (a demonym names no party, visitor or place). */
    private static List<Mention> mentions(TokenSequenceMatcher m, String group, List<Mention> ms,
                                          Set<String> labels) {
        List<Mention> out = new ArrayList<>();
        int from = m.start(group);
        int to = m.end(group);
        if (from < 0) return out;
        for (Mention x : ms) {
            if (x.from < to && x.to > from && labels.contains(x.label()) && !"demonym".equals(x.via)) out.add(x);
        }
        return out;
    }

    /** A group that starts or ends inside an entity's words ("Ministry of Industry" of "Ministry of Industry and Construction"). */
    private static boolean split(TokenSequenceMatcher m, String group, List<Mention> ms) {
        int from = m.start(group);
        int to = m.end(group);
        for (Mention x : ms) if (x.from < from && from < x.to || x.from < to && to < x.to) return true;
        return false;
    }

    private static boolean hedged(List<Token> t, TokenSequenceMatcher m) {
        for (int i = Math.max(0, m.start() - 4); i < m.end(); i++) if (HEDGES.contains(t.get(i).fold())) return true;
        return false;
    }

    /** The sentence's words as the patterns see them: the text ({@link EntityRule#words}), and the entity label in {@code ner}. */
    static List<CoreLabel> words(List<Token> t, List<Mention> mentions) {
        List<String> texts = new ArrayList<>(t.size());
        for (Token x : t) texts.add(x.text());
        List<CoreLabel> out = EntityRule.words(texts);
        for (CoreLabel c : out) c.setNER("O");
        for (Mention m : mentions) {
            String ner = "demonym".equals(m.via) ? "DEMONYM" : "capital".equals(m.via) ? "CAPITAL"
                    : m.label().toUpperCase(Locale.ROOT);
            for (int i = m.from; i < m.to && i < out.size(); i++) out.get(i).setNER(ner);
        }
        return out;
    }
}
