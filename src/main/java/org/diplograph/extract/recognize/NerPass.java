package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.extract.annotate.Nlp;
import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.rules.RuleFile;

/**
 * Recognize (names the gazetteers and patterns miss): a full name that CoreNLP's NER tags PERSON and that no other
 * mention covers becomes a Person mention (rule {@code ner-person}); surnames and pronouns are resolved later like
 * any other person's.
 */
public final class NerPass {
    /** Longer sentences are not tagged (their NER would cost more than it finds; such "sentences" are rarely prose). */
    static final int MAX_TAG_TOKENS = 250;
    private static final Set<String> NOT_NAMES = words("/rules/ner-person-stopwords.txt");
    /** Page furniture that names people who are not in the story: bylines, editors, photo credits. */
    private static final java.util.regex.Pattern FURNITURE = java.util.regex.Pattern.compile(
            "(?i)\\b(reporting|editing|writing|photo|photograph|credit|min read|by)\\b|\u00b7|\\|");

    private NerPass() {}

    /**
     * Tags the sentence when it may hold a name nothing else found: two capitalised words in a row outside the
     * mentions already there, or a long name a pattern built ({@link NameBoundaries}). Otherwise (and past
     * {@link #MAX_TAG_TOKENS}) it answers an empty annotation.
     */
    public static Nlp.Parsed tag(Nlp nlp, Sentence s, List<Mention> mentions) {
        if (s.tokens().size() > MAX_TAG_TOKENS || !mayHoldName(s, mentions) && !NameBoundaries.worthTagging(s, mentions)) {
            return new Nlp.Parsed(List.of(), null, null);
        }
        return nlp.tag(s.text(), s.start());
    }

    private static boolean mayHoldName(Sentence s, List<Mention> mentions) {
        boolean[] taken = new boolean[s.tokens().size()];
        for (Mention m : mentions) for (int k = m.from; k < m.to && k < taken.length; k++) taken[k] = true;
        int run = 0;
        for (int k = 0; k < taken.length; k++) {
            Token t = s.tokens().get(k);
            run = !taken[k] && t.cap() ? run + 1 : 0;
            if (run >= 2) return true;
            // "in Johannesburg": one unknown word where a place goes
            if (run == 1 && k > 0 && PLACE_BEFORE.contains(s.tokens().get(k - 1).fold())) return true;
        }
        return false;
    }

    /** Words a town follows ("in Johannesburg", "to Sohar"); after "at" comes a venue, often with a lower-case tail. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "to", "from", "near");

    /**
     * Adds a Place mention for each untaken LOCATION span the tagger finds right after "in", "to", "from" or "near" ("a
     * BRICS summit in Johannesburg"): a town the gazetteers do not know (rule {@code ner-place}).
     */
    public static void addPlaces(Sentence s, List<Mention> mentions, Nlp.Parsed p) {
        List<CoreLabel> t = p.tokens();
        boolean added = false;
        for (int i = 1; i < t.size(); i++) {
            if (!"LOCATION".equals(t.get(i).ner()) || "LOCATION".equals(t.get(i - 1).ner())) continue;
            if (!PLACE_BEFORE.contains(t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) continue;
            int j = i;
            while (j < t.size() && "LOCATION".equals(t.get(j).ner())) j++;
            added |= addPlace(s, mentions, t.subList(i, j));
        }
        if (added) mentions.sort(Comparator.comparingInt((Mention m) -> m.from).thenComparingInt(m -> m.to));
    }

    /**
     * Drops the tagger's places that are the last word of a person the article names ("a visit to Rahmon"): the
     * tagger's LOCATION on a surname.
     */
    public static void dropSurnamePlaces(List<List<Mention>> mentions) {
        Set<String> surnames = new java.util.HashSet<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type == Mention.Type.PERSON) surnames.add(m.id.substring(m.id.lastIndexOf('-') + 1));
            }
        }
        for (List<Mention> ms : mentions) {
            ms.removeIf(m -> "ner-place".equals(m.rule) && surnames.contains(m.id.substring("place:".length())));
        }
    }

    /**
     * Drops the tagger's places whose every word the article also writes in lower case ("Collaboration in Aerospace
     * and Outer Space" of an article that lists "aviation, aerospace, education"): a heading's common noun, no name.
     */
    public static void dropCommonWordPlaces(List<Sentence> sentences, List<List<Mention>> mentions) {
        Set<String> lower = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) if (t.word() && Character.isLowerCase(t.text().charAt(0))) lower.add(t.text());
        }
        for (List<Mention> ms : mentions) {
            ms.removeIf(m -> "ner-place".equals(m.rule)
                    && java.util.Arrays.stream(m.surface.split("[\\s-]+")).allMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT))));
        }
    }

    /** Continents are no places of their own (the guide counts them only inside a name). */
    private static final Set<String> CONTINENTS = Set.of("asia", "europe", "africa", "america", "eurasia", "oceania",
            "antarctica");

    private static boolean addPlace(Sentence s, List<Mention> mentions, List<CoreLabel> span) {
        for (CoreLabel c : span) {
            String w = c.word();
            if (!Character.isUpperCase(w.charAt(0)) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        if (span.size() == 1 && CONTINENTS.contains(span.get(0).word().toLowerCase(Locale.ROOT))) return false;
        int start = span.get(0).beginPosition();
        int end = span.get(span.size() - 1).endPosition();
        for (Mention m : mentions) if (m.start < end && start < m.end) return false;
        int[] tokens = tokenRange(s, start, end);
        if (tokens == null) return false;
        String surface = s.text().substring(start - s.start(), end - s.start());
        Mention.Draft m = new Mention.Draft(Mention.Type.PLACE, tokens[0], tokens[1], start, end,
                "place:" + Text.slug(surface), surface, "ner-place");
        m.name = surface;
        mentions.add(m.build());
        return true;
    }

    /**
     * Adds a Person mention for each untaken PERSON span of two or more capitalised words, in sentences with a verb
     * that are not page furniture.
     */
    public static void addPersons(Sentence s, List<Mention> mentions, Nlp.Parsed p) {
        List<CoreLabel> t = p.tokens();
        NameBoundaries.split(s, mentions, t);
        if (FURNITURE.matcher(s.text()).find() && !hasVerb(t, true)) return;
        if (!hasVerb(t, false) || s.text().matches("(?is).*\\((reporting|editing|writing) by.*")) return;
        for (int[] run : personRuns(t)) add(s, mentions, t.subList(run[0], run[1]));
        mentions.sort(Comparator.comparingInt((Mention m) -> m.from).thenComparingInt(m -> m.to));
    }

    /** The token ranges {from, to} of the tagger's PERSON spans, left to right. */
    static List<int[]> personRuns(List<CoreLabel> t) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            if (!"PERSON".equals(t.get(i).ner())) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && "PERSON".equals(t.get(j).ner())) j++;
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** A word that reads as a finite verb (or, when not {@code finite}, any verb form), judged without a POS tagger. */
    private static boolean hasVerb(List<CoreLabel> t, boolean finite) {
        for (CoreLabel c : t) {
            String w = c.word().toLowerCase(java.util.Locale.ROOT);
            if (!"O".equals(c.ner()) || w.length() < 3 || !Character.isLowerCase(c.word().charAt(0))) continue;
            if (VERBS.contains(w) || w.endsWith("ed") || (!finite && w.endsWith("ing"))) return true;
            if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && c.index() > 1 && finite) return true;
        }
        return false;
    }

    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "met", "said",
            "says", "told", "held", "took", "made", "signed", "will", "would", "can", "could", "did", "does", "went",
            "came", "gave", "saw", "paid", "led", "left", "flew", "spoke", "became", "sent", "won", "began", "set", "put");

    /** Words of a facility named after a person: the name before them is the facility's, not a person's. */
    private static final Set<String> FACILITIES = Lexicon.words("facility-after-name");

    /** The particles of an Arabic patronymic ("Khalid bin Abdulla"). */
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "binti");

    private static Set<String> words(String resource) {
        return Set.copyOf(RuleFile.read(resource).stream().map(l -> l.fields()[0].strip()).toList());
    }

    private static void add(Sentence s, List<Mention> mentions, List<CoreLabel> span) {
        int start = span.get(0).beginPosition();
        int end = span.get(span.size() - 1).endPosition();
        int words = 0;
        for (CoreLabel c : span) {
            String w = c.word();
            if (NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) return;
            if (w.length() <= 2 && w.matches("\\p{Lu}\\.?")) return; // "B. Saidov": an initial, resolved as a surname later
            if (Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) return;
                words++;
            }
        }
        if (words < 2) return;
        int[] tokens = tokenRange(s, start, end);
        if (tokens == null) return;
        // "Shaikh Khalid bin [Abdulla Al Khalifa]": the tagger often leaves the given name and "bin" out of the span
        List<Token> t = s.tokens();
        while (tokens[0] >= 2 && PATRONYMIC.contains(t.get(tokens[0] - 1).fold()) && t.get(tokens[0] - 2).cap()
                && t.get(tokens[0] - 2).word() && !NOT_NAMES.contains(t.get(tokens[0] - 2).fold())) {
            tokens[0] -= 2;
            start = t.get(tokens[0]).start();
        }
        if (joinGivenName(s, mentions, start, end)) return;
        for (Mention m : mentions) if (m.start < end && start < m.end) return;
        // "the Nur Khan air base", "the Allama Iqbal airport": a name that a facility's word follows names the facility
        if (tokens[1] < t.size() && FACILITIES.contains(t.get(tokens[1]).fold())) return;
        String surface = s.text().substring(start - s.start(), end - s.start());
        Mention.Draft m = new Mention.Draft(Mention.Type.PERSON, tokens[0], tokens[1], start, end,
                "person:" + Text.personSlug(surface), surface, "ner-person");
        m.name = surface;
        mentions.add(m.build());
    }

    /**
     * "Foreign Minister Senator Mohammad [Ishaq Dar]": where the tagger's one name is two persons side by side, the
     * first a pattern's office holder ("Senator Mohammad") and the second a name of its own (the gazetteers' "Ishaq
     * Dar"), the two are one person: the second, named as the article writes him, with the office read before the
     * name. Answers whether it joined them.
     */
    private static boolean joinGivenName(Sentence s, List<Mention> mentions, int start, int end) {
        Mention known = null;
        Mention given = null;
        for (Mention m : mentions) {
            if (m.end <= start || m.start >= end) continue;
            if (m.type != Mention.Type.PERSON) return false;
            if (m.end == end && m.start > start) known = m;
            else if (m.end <= end && m.end > start && m.start <= start) given = m;
            else return false;
        }
        if (known == null || given == null || known.from != given.to) return false;
        Mention.Draft joined = new Mention.Draft(Mention.Type.PERSON, given.from, known.to, given.start, known.end,
                known.id, s.text().substring(given.start - s.start(), known.end - s.start()), given.rule);
        joined.via = given.via;
        joined.possessive = given.possessive;
        joined.role = given.role;
        joined.officeOf = given.officeOf;
        joined.former = given.former;
        joined.name = known.name;
        mentions.remove(given);
        mentions.remove(known);
        mentions.add(joined.build());
        return true;
    }

    /** The sentence's tokens {from, to} that begin at {@code start} and end at {@code end}, or null. */
    private static int[] tokenRange(Sentence s, int start, int end) {
        int from = -1;
        int to = -1;
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == start) from = k;
            if (tokens.get(k).end() == end) to = k + 1;
        }
        return from < 0 || to <= from ? null : new int[] {from, to};
    }
}
