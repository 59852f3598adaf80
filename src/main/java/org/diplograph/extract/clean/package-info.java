/** Step 2, clean: page furniture, navigation, spam and repeated lines leave the text the rules read. */
package org.diplograph.extract.clean;
