package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recognize with the entity rules of {@code rules/entities.tokensregex}: each match that no other mention overlaps
 * becomes a mention of the rule's label and kind, with the rule's id as its rule.
 */
public final class EntityRulePass {
    private static final List<EntityRule> RULES = EntityRule.load("/rules/entities.tokensregex");

    private EntityRulePass() {}

    public static void add(Sentence s, List<Mention> mentions) {
        List<String> texts = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) texts.add(t.text());
        List<CoreLabel> words = EntityRule.words(texts);
        boolean added = false;
        for (EntityRule r : RULES) {
            for (int[] m : r.matches(words)) {
                // "Beijing Capital International Airport": a venue's name may hold the city or state it is in
                Mention inner = r.label().equals("Place") && "site".equals(r.kind())
                        ? inside(mentions, m[0], m[1], r.id().equals("venue-airport")) : null;
                if (inner != null) mentions.removeIf(x -> x.from >= m[0] && x.to <= m[1]);
                if (inner != null && inner.type == Mention.Type.PERSON) inner = null; // "King Khalid International Airport"
                else if (overlaps(mentions, m[0], m[1])) continue;
                Token first = s.tokens().get(m[0]);
                Token last = s.tokens().get(m[1] - 1);
                String surface = s.text().substring(first.start() - s.start(), last.end() - s.start());
                Mention.Draft x = new Mention.Draft(type(r.label()), m[0], m[1], first.start(), last.end(), prefix(r.label())
                        + Text.slug(surface), surface, r.id());
                x.name = surface;
                x.kind = r.kind();
                if (inner != null) x.locatedIn = inner.id;
                mentions.add(x.build());
                added = true;
            }
        }
        if (added) mentions.sort(Comparator.comparingInt((Mention m) -> m.from).thenComparingInt(m -> m.to));
    }

    /**
     * The one state or place (or person, for an airport's namesake) mention inside tokens [from, to), when every
     * mention that overlaps them is such a mention inside them, else null.
     */
    private static Mention inside(List<Mention> mentions, int from, int to, boolean person) {
        Mention inner = null;
        for (Mention m : mentions) {
            if (m.to <= from || m.from >= to) continue;
            boolean kind = m.type == Mention.Type.STATE || m.type == Mention.Type.PLACE || person && m.type == Mention.Type.PERSON;
            if (m.from < from || m.to > to || !kind || inner != null) return null;
            inner = m;
        }
        return inner;
    }

    private static boolean overlaps(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) if (m.from < to && from < m.to) return true;
        return false;
    }

    private static Mention.Type type(String label) {
        return switch (label) {
            case "Place" -> Mention.Type.PLACE;
            case "Organization" -> Mention.Type.ORG;
            case "Corridor" -> Mention.Type.CORRIDOR;
            default -> Mention.Type.AGREEMENT;
        };
    }

    private static String prefix(String label) {
        return switch (label) {
            case "Place" -> "place:";
            case "Organization" -> "org:";
            case "Corridor" -> "corridor:";
            default -> "agreement:";
        };
    }
}
