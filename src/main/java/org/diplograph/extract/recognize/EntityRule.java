package org.diplograph.extract.recognize;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.rules.RequiredWords;
import org.diplograph.extract.rules.RuleFile;

/**
 * One line of an entity rules file (TokensRegex over the sentence's words): an id (the entity's rule), the label and
 * kind it gives, the pattern, and a test sentence with the text it must match.
 */
public record EntityRule(String id, String label, String kind, TokenSequencePattern pattern, String test, String expect,
                         RequiredWords required, boolean group) {
    /** The labels an entity rule may give. */
    public static final Set<String> LABELS = Set.of("Place", "Organization", "Corridor", "Agreement");

    /** Reads a rules file from the class path; a bad line fails with its number. */
    public static List<EntityRule> load(String resource) {
        List<EntityRule> out = new ArrayList<>();
        for (RuleFile.Line l : RuleFile.read(resource)) out.add(parse(resource, l.number(), String.join("\t", l.fields())));
        return List.copyOf(out);
    }

    static EntityRule parse(String file, int n, String line) {
        String[] f = line.split("\t");
        if (f.length != 6) throw bad(file, n, "expected 6 tab-separated fields, found " + f.length);
        if (!LABELS.contains(f[1])) throw bad(file, n, "unknown label " + f[1]);
        TokenSequencePattern p;
        try {
            p = TokenSequencePattern.compile(f[3]);
        } catch (RuntimeException e) {
            throw bad(file, n, "bad pattern: " + e.getMessage());
        }
        // a rule with a group $e ("/at|in/ /the/? (?$e /Kremlin/)") gives the group, its context left out
        return new EntityRule(f[0].strip(), f[1], f[2].strip(), p, f[4].strip(), f[5].strip(), RequiredWords.of(f[3]),
                f[3].contains("(?$e"));
    }

    /** The token ranges {from, to} this rule matches in a sentence's words, left to right, not overlapping. */
    public List<int[]> matches(List<CoreLabel> words) {
        List<int[]> out = new ArrayList<>();
        if (!required.mayMatch(words)) return out;
        TokenSequenceMatcher m = pattern.getMatcher(words);
        while (m.find()) {
            if (!group) out.add(new int[] {m.start(), m.end()});
            else if (m.start("$e") >= 0 && m.end("$e") > m.start("$e")) out.add(new int[] {m.start("$e"), m.end("$e")});
        }
        return out;
    }

    /** Words as TokensRegex sees them (only their text). */
    public static List<CoreLabel> words(List<String> texts) {
        List<CoreLabel> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            CoreLabel c = new CoreLabel();
            c.setWord(t);
            c.setValue(t);
            c.setOriginalText(t);
            out.add(c);
        }
        return out;
    }

    private static IllegalStateException bad(String file, int n, String why) {
        return RuleFile.bad(file, n, why);
    }
}
