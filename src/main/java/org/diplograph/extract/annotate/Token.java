package org.diplograph.extract.annotate;

/**
 * A word or a punctuation character of the normalised text.
 *
 * @param text  the surface form
 * @param start offset in the normalised text
 * @param end   offset after the token
 * @param fold  folded form (lower-case, no accents), the lookup key
 * @param word  true for letters/digits, false for punctuation
 */
public record Token(String text, int start, int end, String fold, boolean word) {
    public boolean cap() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String folded) {
        return fold.equals(folded);
    }

    public boolean digits() {
        return word && Character.isDigit(text.charAt(0));
    }
}
