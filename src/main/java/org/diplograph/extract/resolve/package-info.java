/**
 * Step 5, resolve: mentions to entities across the article (surnames, honorifics, unqualified offices, references).
 * May import the earlier steps ({@code read}, {@code annotate}, {@code recognize}) and {@code rules}; no database, no web.
 */
package org.diplograph.extract.resolve;
