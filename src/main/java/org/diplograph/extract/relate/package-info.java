/**
 * Step 6, relate: relations with their evidence. One class per rule family of sentence rules, the Semgrex rules of
 * {@code rules/relations.semgrex} over the dependency parse, and article-level reasoning (lists of documents,
 * co-signers, own-country visits). {@link org.diplograph.extract.relate.ArticleMemory} holds what earlier sentences said.
 * May import {@code facts}, the earlier steps, {@code rules} and CoreNLP; no database, no web.
 */
package org.diplograph.extract.relate;
