/**
 * Facts in, graph out: the only writers of the graph ({@code Loader}, {@code DatasetWriter}, with {@code GraphWrites}),
 * curation, the import service, the first-start seed import, and {@code load.csv}, the structured import. May import
 * {@code db}, {@code facts}, {@code extract} and {@code common}; never Javalin, never {@code web}.
 */
package org.diplograph.load;
