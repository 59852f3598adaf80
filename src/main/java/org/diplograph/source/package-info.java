/**
 * The source documents: the list of articles and one article's text with its evidence spans ({@code DocumentService},
 * answering records). May import {@code api}, {@code db} and {@code graph}; never Javalin.
 */
package org.diplograph.source;
