/**
 * Step 2, clean: page furniture, navigation, spam and repeated lines leave the text the rules read.
 * May import {@code facts}, {@code read}, {@code annotate}'s tokenizer and {@code recognize}'s gazetteer (trailing headlines
 * are told by the states and organisations they name); no database, no web.
 */
package org.diplograph.extract.clean;
