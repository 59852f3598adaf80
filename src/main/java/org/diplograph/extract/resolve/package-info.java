/** Step 5, resolve: mentions to entities across the article (surnames, honorifics, unqualified offices, references). */
package org.diplograph.extract.resolve;
