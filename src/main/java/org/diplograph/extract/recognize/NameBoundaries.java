package org.diplograph.extract.recognize;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

/**
 * Recognize: where a pattern's name runs into a person's name, CoreNLP's PERSON span sets the boundary. "Special
 * Assistant to the PM on Climate Change Malik Amin Aslam" is the person Malik Amin Aslam, not "Climate Change Malik
 * Amin Aslam"; "Secretary of the Uzbek Security Council Viktor Makhmudov" is the Security Council and, after it, the
 * person Viktor Makhmudov. Only names the patterns built (not the gazetteers'), and only when the PERSON span of two or
 * more capitalised words ends where the mention ends.
 */
final class NameBoundaries {
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "binti", "al", "el",
            "ul", "abu", "ben", "de", "van", "von", "der", "ogly", "oglu", "kyzy");

    private NameBoundaries() {}

    /**
     * A name the tagger should look at: an organisation whose head word two capitalised words follow ("Security Council
     * Viktor Makhmudov"), or a person's name of four or more capitalised words after a portfolio. Other sentences are
     * not tagged for this (tagging costs more than the rest of the extraction).
     */
    static boolean worthTagging(Sentence s, List<Mention> mentions) {
        List<Token> t = s.tokens();
        for (Mention m : mentions) {
            if (!patterned(m)) continue;
            if (m.type == Mention.Type.ORG) {
                for (int k = m.from; k + 2 < m.to; k++) {
                    boolean head = Words.ORG_HEADS.containsKey(t.get(k).fold());
                    if (head && t.get(k + 1).cap() && t.get(k + 2).cap()) return true;
                }
            } else {
                int caps = 0;
                for (int k = m.from; k < m.to; k++) if (t.get(k).cap()) caps++;
                if (caps >= 4) return true;
            }
        }
        return false;
    }

    /** Splits the mentions whose last words are a PERSON span of their own. */
    static void split(Sentence s, List<Mention> mentions, List<CoreLabel> tagged) {
        for (int[] run : NerPass.personRuns(tagged)) {
            if (run[1] - run[0] >= 2) split(s, mentions, tagged.get(run[0]).beginPosition(), tagged.get(run[1] - 1).endPosition());
        }
    }

    private static void split(Sentence s, List<Mention> mentions, int start, int end) {
        List<Token> t = s.tokens();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!patterned(m) || m.end != end || m.start >= start) continue;
            int k = m.from;
            while (k < m.to && t.get(k).start() != start) k++;
            if (k == m.from || k >= m.to || !t.get(k - 1).cap()) return;
            // "Hamdan bin Mohammed bin [Rashid Al Maktoum]": the tagger's span is short of a name with particles
            for (int x = m.from; x < k; x++) if (PARTICLES.contains(t.get(x).fold())) return;
            for (int x = k; x < m.to; x++) if (t.get(x).word() && !t.get(x).cap()) return;
            String name = s.text().substring(start - s.start(), end - s.start());
            Mention.Draft person = new Mention.Draft(Mention.Type.PERSON, k, m.to, start, end,
                    "person:" + Text.personSlug(name), name, m.type == Mention.Type.PERSON ? m.rule : "ner-person");
            person.name = name;
            if (m.type == Mention.Type.PERSON) {
                person.role = m.role;
                person.officeOf = m.officeOf;
                person.former = m.former;
                person.possessive = m.possessive;
                mentions.set(i, person.build());
                return;
            }
            // an organisation: what is left before the name stays one ("Uzbek Security Council")
            String suffix = "-" + Text.slug(name);
            if (!m.id.endsWith(suffix)) return;
            int end0 = t.get(k - 1).end();
            Mention.Draft left = new Mention.Draft(Mention.Type.ORG, m.from, k, m.start, end0,
                    m.id.substring(0, m.id.length() - suffix.length()),
                    s.text().substring(m.start - s.start(), end0 - s.start()), m.rule);
            left.via = m.via;
            left.kind = m.kind;
            left.locatedIn = m.locatedIn;
            left.name = m.name != null && m.name.endsWith(name)
                    ? m.name.substring(0, m.name.length() - name.length()).strip() : left.surface;
            mentions.set(i, left.build());
            mentions.add(i + 1, person.build());
            return;
        }
    }

    /**
     * An organisation name a pattern built, or a person's name read after a portfolio ("on Climate Change"); not names
     * read after an office word, where the tagger's PERSON span is often short of the name ("Recep [Tayyip Erdogan]",
     * "Tamim bin [Hamad Al-Thani]").
     */
    private static boolean patterned(Mention m) {
        return m.type == Mention.Type.ORG && !m.rule.contains("gazetteer")
                || m.type == Mention.Type.PERSON && m.rule.equals("profession-person");
    }
}
