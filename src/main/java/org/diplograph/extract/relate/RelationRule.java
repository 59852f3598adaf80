package org.diplograph.extract.relate;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.rules.RuleFile;

/**
 * One line of a Semgrex rules file: an id (which becomes {@code Evidence.rule}), the relation type it makes, the
 * pattern over the dependency graph with the named nodes {@code a} (source) and {@code b} (target), and a test
 * sentence with the words it must find.
 */
public record RelationRule(String id, String type, SemgrexPattern pattern, String test, String expectSource,
                           String expectTarget) {
    /** The relation types a dependency rule may make. */
    public static final Set<String> TYPES = Set.of("MET", "VISITED", "SIGNED", "PARTY_TO", "MEMBER_OF", "CONNECTS",
            "CONCERNS");

    /** Reads a rules file from the class path (e.g. {@code /rules/relations.semgrex}); a bad line fails with its number. */
    public static List<RelationRule> load(String resource) {
        List<RelationRule> out = new ArrayList<>();
        for (RuleFile.Line l : RuleFile.read(resource)) out.add(parse(resource, l.number(), String.join("\t", l.fields())));
        return List.copyOf(out);
    }

    static RelationRule parse(String file, int n, String line) {
        String[] f = line.split("\t");
        if (f.length != 5) throw bad(file, n, "expected 5 tab-separated fields, found " + f.length);
        if (!TYPES.contains(f[1])) throw bad(file, n, "unknown relation type " + f[1]);
        if (!f[2].contains("=a") || !f[2].contains("=b")) throw bad(file, n, "the pattern must name nodes =a and =b");
        String[] expect = f[4].split(">");
        if (expect.length != 2) throw bad(file, n, "expected 'source word > target word', found " + f[4]);
        SemgrexPattern p;
        try {
            p = SemgrexPattern.compile(f[2]);
        } catch (RuntimeException e) {
            throw bad(file, n, "bad pattern: " + e.getMessage());
        }
        return new RelationRule(f[0].strip(), f[1], p, f[3].strip(), expect[0].strip(), expect[1].strip());
    }

    private static IllegalStateException bad(String file, int n, String why) {
        return RuleFile.bad(file, n, why);
    }
}
