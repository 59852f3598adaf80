package org.diplograph.extract.resolve;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import org.diplograph.extract.rules.RuleFile;

/**
 * Resolve, names: honorifics, ranks and forms of address that open a person mention ("His Excellency", "Rear Admiral",
 * "Mawlavi") leave it, so the person's id and name are the name alone. The words are data
 * ({@code rules/honorifics.txt}); a word may ask that two name words remain after it.
 */
public final class Honorifics {
    private static final String FILE = "/rules/honorifics.txt";
    /** Honorific to the least number of name words that must remain after it. */
    private static final Map<String, Integer> WORDS = load();

    private Honorifics() {}

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        for (RuleFile.Line l : RuleFile.read(FILE)) {
            String[] f = l.fields();
            out.put(f[0].strip(), f.length > 1 ? Integer.parseInt(f[1].strip()) : 1);
        }
        return Map.copyOf(out);
    }

    /** Replaces every person mention that opens with honorifics by the mention of the name after them. */
    public static void strip(List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> t = sentences.get(i).tokens();
            Sentence s = sentences.get(i);
            for (ListIterator<Mention> it = mentions.get(i).listIterator(); it.hasNext(); ) {
                Mention m = it.next();
                if (m.type != Mention.Type.PERSON) continue;
                int from = m.from;
                while (from < m.to - 1) {
                    Integer keep = WORDS.get(t.get(from).fold());
                    if (keep == null || t.get(from).text().equals(t.get(from).text().toLowerCase(java.util.Locale.ROOT))
                            || words(t, from + 1, m.to) < keep) break;
                    from++;
                }
                if (from == m.from) continue;
                it.set(from(m, s, t, from));
            }
        }
    }

    private static int words(List<Token> t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (t.get(i).word()) n++;
        return n;
    }

    /** The mention from token {@code from} on: the id follows the name when the name made it. */
    private static Mention from(Mention m, Sentence s, List<Token> t, int from) {
        int start = t.get(from).start();
        String surface = s.text().substring(start - s.start(), m.end - s.start());
        boolean madeId = m.id.equals("person:" + Text.personSlug(m.surface));
        Mention.Draft d = new Mention.Draft(m.type, from, m.to, start, m.end,
                madeId ? "person:" + Text.personSlug(surface) : m.id, surface, m.rule);
        Mention.Draft o = m.draft();
        d.via = o.via;
        d.possessive = o.possessive;
        d.role = o.role;
        d.officeOf = o.officeOf;
        d.former = o.former;
        d.name = o.name == null || o.name.equals(m.surface) ? surface : o.name;
        d.kind = o.kind;
        d.count = o.count;
        d.locatedIn = o.locatedIn;
        d.components = o.components;
        return d.build();
    }
}
