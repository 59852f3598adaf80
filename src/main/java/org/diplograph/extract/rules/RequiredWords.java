package org.diplograph.extract.rules;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a TokensRegex pattern cannot match without: its top-level elements that are one word's regex with no
 * quantifier ({@code /visit|visits/}, {@code [{word:/Airport/}]}, {@code (?$v /delegation/)}). A sentence with no word
 * for one of them cannot match the pattern, so the rule is not tried there; TokensRegex tries every start position of
 * every sentence, and that was a fifth of the extraction time. A pattern with a top-level alternation ({@code |})
 * requires nothing.
 */
public final class RequiredWords {
    private static final Pattern WORD = Pattern.compile("/(.+)/|\\[\\{word:/(.+)/\\}\\]|\\(\\?\\$\\w+ /(.+)/\\)");

    private final List<Pattern> required;

    private RequiredWords(List<Pattern> required) {
        this.required = List.copyOf(required);
    }

    /** The required words of a pattern (none when it cannot tell). */
    public static RequiredWords of(String pattern) {
        List<Pattern> out = new ArrayList<>();
        for (String e : topLevel(pattern)) {
            if (e.equals("|")) return new RequiredWords(List.of());
            Matcher m = WORD.matcher(e);
            if (!m.matches()) continue;
            String re = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (re.contains("/")) continue;
            try {
                out.add(Pattern.compile(re));
            } catch (java.util.regex.PatternSyntaxException notJava) {
                // TokensRegex took it, Java does not: the word is not required, which is always safe
            }
        }
        return new RequiredWords(out);
    }

    /** How many words the pattern is known to require. */
    public int size() {
        return required.size();
    }

    /** False when some required word is not in the sentence (TokensRegex matches a word's whole text). */
    public boolean mayMatch(List<CoreLabel> words) {
        for (Pattern p : required) {
            boolean found = false;
            for (CoreLabel w : words) {
                if (p.matcher(w.word()).matches()) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** The pattern's elements at depth 0: split on spaces outside brackets, parentheses, braces and /regex/. */
    static List<String> topLevel(String pattern) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean regex = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (regex) {
                cur.append(c);
                if (c == '\\' && i + 1 < pattern.length()) cur.append(pattern.charAt(++i));
                else if (c == '/') regex = false;
                continue;
            }
            if (c == '/') regex = true;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
