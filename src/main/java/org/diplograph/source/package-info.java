/**
 * The source documents: an article's text and its evidence spans ({@code DocumentService}). May import {@code api},
 * {@code db} and {@code graph}; never Javalin.
 */
package org.diplograph.source;
