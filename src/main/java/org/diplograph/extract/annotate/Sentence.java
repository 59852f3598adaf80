package org.diplograph.extract.annotate;

import java.util.List;

/**
 * One sentence of a kept line.
 *
 * @param index  position in the document (0-based), used for discourse context
 * @param start  offset in the normalised text
 * @param end    offset after the sentence
 * @param text   the normalised sentence
 * @param tokens its tokens
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {}
