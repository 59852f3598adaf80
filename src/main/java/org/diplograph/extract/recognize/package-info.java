/**
 * Step 4, recognize: mentions of states, places, organisations, persons, corridors and agreements in one sentence,
 * from the gazetteers, one class per pattern family, the TokensRegex entity rules and CoreNLP's NER. A
 * {@link org.diplograph.extract.recognize.Mention} is immutable once recognised.
 * May import {@code read}, {@code annotate}, {@code rules} and CoreNLP; no database, no web.
 */
package org.diplograph.extract.recognize;
