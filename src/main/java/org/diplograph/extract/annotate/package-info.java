/** Step 3, annotate: sentences and tokens, dates, and the CoreNLP layer (NER, POS, lemmas, dependency parse). */
package org.diplograph.extract.annotate;
