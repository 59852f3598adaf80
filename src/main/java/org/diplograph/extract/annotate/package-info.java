/**
 * Step 3, annotate: sentences and tokens, dates, and the CoreNLP layer (NER, POS, lemmas, dependency parse).
 * May import {@code facts}, {@code read} and CoreNLP; no database, no web.
 */
package org.diplograph.extract.annotate;
