package org.diplograph.extract.relate;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.rules.RequiredWords;
import org.diplograph.extract.rules.RuleFile;

/**
 * One line of a surface rules file (TokensRegex over the sentence's words, each word tagged in {@code ner} with the
 * label of the entity it is part of): an id (which becomes {@code Evidence.rule}), the relation type it makes, the
 * pattern with the groups {@code $a} (source) and {@code $b} (target), and a test sentence with the texts the groups
 * must capture there. {@link RequiredWords} spares the matcher the sentences that lack a word the pattern needs.
 */
public record SurfaceRule(String id, String type, TokenSequencePattern pattern, String test, String expectSource,
                          String expectTarget, RequiredWords required) {

    /** Reads a rules file from the class path (e.g. {@code /rules/relations.tokensregex}); a bad line fails with its number. */
    public static List<SurfaceRule> load(String resource) {
        List<SurfaceRule> out = new ArrayList<>();
        for (RuleFile.Line l : RuleFile.read(resource)) out.add(parse(resource, l.number(), String.join("\t", l.fields())));
        return List.copyOf(out);
    }

    static SurfaceRule parse(String file, int n, String line) {
        String[] f = line.split("\t");
        if (f.length != 5) throw RuleFile.bad(file, n, "expected 5 tab-separated fields, found " + f.length);
        if (!RelationRule.TYPES.contains(f[1])) throw RuleFile.bad(file, n, "unknown relation type " + f[1]);
        if (!f[2].contains("(?$a") || !f[2].contains("(?$b")) {
            throw RuleFile.bad(file, n, "the pattern must name the groups (?$a ...) and (?$b ...)");
        }
        String[] expect = f[4].split(">");
        if (expect.length != 2) throw RuleFile.bad(file, n, "expected 'source text > target text', found " + f[4]);
        TokenSequencePattern p;
        try {
            p = TokenSequencePattern.compile(f[2]);
        } catch (RuntimeException e) {
            throw RuleFile.bad(file, n, "bad pattern: " + e.getMessage());
        }
        return new SurfaceRule(f[0].strip(), f[1], p, f[3].strip(), expect[0].strip(), expect[1].strip(),
                RequiredWords.of(f[2]));
    }
}
