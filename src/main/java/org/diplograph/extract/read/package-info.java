/**
 * Step 1, read: the article as text with its header, the map to its raw offsets, its limits and text helpers.
 * May import {@code facts}, jsoup and commonmark; nothing else of Diplograph.
 */
package org.diplograph.extract.read;
