package org.diplograph.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The console's view of a query's code for {@link CostGuard}: its tokens and which brackets match. The code is
 * {@link CypherGuard#strip}'s, so strings, comments and unclosed quotes are already dealt with.
 */
final class CypherTokens {
    private CypherTokens() {}

    /** A word, {@code $} or other character, with its span in the stripped code. */
    record Tok(String text, int start, int end) {
        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean word() {
            char c = text.charAt(0);
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }

    /** Words, {@code $}, single other characters; blanks dropped; each with its span in the stripped code. */
    static List<Tok> of(String code) {
        List<Tok> out = new ArrayList<>();
        int i = 0, n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) i++;
                out.add(new Tok(code.substring(s, i), s, i));
            } else if (c == '`') {
                int e = code.indexOf('`', i + 1);
                out.add(new Tok(code.substring(i, e + 1), i, e + 1));
                i = e + 1;
            } else {
                out.add(new Tok(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }

    /** {@code match[i]}: the index of the bracket closing (or opening) the one at i, -1 elsewhere; null when unbalanced. */
    static int[] brackets(List<Tok> toks) {
        int[] m = new int[toks.size()];
        Arrays.fill(m, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i).text();
            if (t.equals("(") || t.equals("[") || t.equals("{")) {
                open.push(i);
            } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
                if (open.isEmpty()) return null;
                int o = open.pop();
                String ot = toks.get(o).text();
                if (!(ot.equals("(") && t.equals(")") || ot.equals("[") && t.equals("]") || ot.equals("{") && t.equals("}"))) return null;
                m[o] = i;
                m[i] = o;
            }
        }
        return open.isEmpty() ? m : null;
    }
}
