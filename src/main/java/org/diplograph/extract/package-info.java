/**
 * Article extraction: text in, facts out ({@link org.diplograph.extract.Extractor}), one sub-package per step in the
 * order they run: {@code read} (the article, its header and offsets), {@code clean} (furniture and spam out),
 * {@code annotate} (sentences, tokens, dates, CoreNLP), {@code recognize} (mentions from gazetteers, patterns, rule
 * files and NER), {@code resolve} (surnames, honorifics, offices, references) and {@code relate} (relations from the
 * token rules, the dependency rules and article-level reasoning). {@code rules} reads the rule files. Pure Java: no
 * database, no web.
 */
package org.diplograph.extract;
