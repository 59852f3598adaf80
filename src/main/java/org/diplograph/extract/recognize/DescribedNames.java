package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import static org.diplograph.extract.recognize.Words.NAME_STOP;

import java.util.List;
import java.util.Set;

/**
 * Rule family <b>described names</b> of the {@link Recognizer}: a company or place no gazetteer holds, named right
 * after a common noun that says what it is ("the state concern Turkmengaz", "the Uzbek border city of Termez").
 * Rule ids: {@code org-described}, {@code place-described}.
 */
final class DescribedNames {
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "concern", "corporation", "giant", "operator",
            "firm", "holding", "monopoly", "producer", "manufacturer", "carrier");
    /** Nouns that introduce a place by name ("the border city of Termez"). */
    static final Set<String> PLACE_NOUNS = Set.of("city", "town", "port", "resort", "village", "region", "province",
            "district", "oblast", "enclave", "exclave");

    /** "the state concern Turkmengaz", "the state power company Turkmenenergo", "defence firm Aselsan". */
    void companies(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!COMPANY_NOUNS.contains(t.get(i).text()) ) continue;
            int p = i + 1;
            if (w.used[p] || w.spanOf[p] != null || !t.get(p).cap() || NAME_STOP.contains(t.get(p).fold())) continue;
            int e = p;
            while (e < t.size() && e - p < 3 && t.get(e).cap() && !w.used[e] && w.spanOf[e] == null
                    && !NAME_STOP.contains(t.get(e).fold())) e++;
            // a person's title follows ("company chairman X" is lowercase); a name of 2+ words ending a sentence is fine
            if (e < t.size() && t.get(e).cap()) continue;
            String name = w.text(p, e);
            Mention.Draft o = w.add(Mention.Type.ORG, p, e, "org:" + Text.slug(name), "org-described");
            o.name = name;
            o.kind = "company";
        }
    }

    /**
     * A place no gazetteer holds, introduced by its state: "the Uzbek border city of Termez", "Turkmenistan's Caspian
     * resort of Avaza", "Pakistan's Sindh province" is not covered (no "of").
     */
    void places(SentenceScan w) {
        List<Token> t = w.t;
        for (int i = 1; i + 2 < t.size(); i++) {
            if (!PLACE_NOUNS.contains(t.get(i).text()) || !t.get(i + 1).is("of")) continue;
            int p = i + 2;
            if (w.used[p] || w.spanOf[p] != null || !t.get(p).cap() || NAME_STOP.contains(t.get(p).fold())) continue;
            boolean qualified = false;
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                Mention.Draft m = w.mentionAt(k);
                if (m == null) for (Mention.Draft x : w.out) if (x.from <= k && k < x.to) m = x;
                if (m != null && m.type == Mention.Type.STATE && ("demonym".equals(m.via) || w.possessive(m.to))) { qualified = true; break; }
                if (t.get(k).text().equals(",") || t.get(k).is("and") || t.get(k).is("of")) break;
            }
            if (!qualified) continue;
            int e = p;
            while (e < t.size() && e - p < 3 && t.get(e).cap() && !w.used[e] && w.spanOf[e] == null
                    && !NAME_STOP.contains(t.get(e).fold())) e++;
            String name = w.text(p, e);
            Mention.Draft m = w.add(Mention.Type.PLACE, p, e, "place:" + Text.slug(name), "place-described");
            m.name = name;
            m.kind = t.get(i).text().equals("port") || t.get(i).text().equals("resort") || t.get(i).text().equals("village")
                    || t.get(i).text().equals("town") ? "city" : t.get(i).text().equals("city") ? "city" : "region";
        }
    }
}
