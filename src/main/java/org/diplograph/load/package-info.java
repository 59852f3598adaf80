/**
 * Facts in, graph out: the only writer of the graph ({@code Loader}, {@code GraphWrites}), curation and the import
 * service; {@code load.csv} is the structured (CSV + mapping) import. May import {@code db}, {@code facts},
 * {@code extract} and {@code common}; never Javalin, never {@code web}.
 */
package org.diplograph.load;
