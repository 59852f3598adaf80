package org.diplograph.facts;

/**
 * Where a relation was read: the exact sentence and its character offsets into the original article text.
 *
 * @param quote the sentence, exactly {@code text.substring(start, end)} of the original text
 * @param start offset of the first character (inclusive)
 * @param end   offset after the last character (exclusive)
 * @param rule  name of the rule that fired
 */
public record Evidence(String quote, int start, int end, String rule) {}
