package org.diplograph.extract.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The trigger words of the Java rule families, read from {@code rules/triggers.tsv}: one named list a line. A rule
 * that asks for a list the file does not have fails at class load, naming it.
 */
public final class Lexicon {
    /** The file the lists are read from. */
    public static final String FILE = "/rules/triggers.tsv";
    private static final Map<String, Set<String>> LISTS = load(FILE);

    private Lexicon() {}

    /** The words of the named list. */
    public static Set<String> words(String name) {
        Set<String> w = LISTS.get(name);
        if (w == null) throw new IllegalStateException(FILE + ": no list named " + name);
        return w;
    }

    /** The names of every list in the file. */
    public static Set<String> names() {
        return LISTS.keySet();
    }

    static Map<String, Set<String>> load(String resource) {
        return parse(resource, RuleFile.read(resource));
    }

    static Map<String, Set<String>> parse(String resource, List<RuleFile.Line> lines) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (RuleFile.Line l : lines) {
            String[] f = l.fields();
            if (f.length != 3) throw RuleFile.bad(resource, l.number(), "expected 3 tab-separated fields, found " + f.length);
            String[] words = f[1].strip().split("\\s+");
            for (String w : words) {
                if (!w.equals(w.toLowerCase(Locale.ROOT))) throw RuleFile.bad(resource, l.number(), "not lower case: " + w);
            }
            if (out.put(f[0].strip(), Set.of(words)) != null) throw RuleFile.bad(resource, l.number(), "second list " + f[0]);
        }
        return Map.copyOf(out);
    }
}
