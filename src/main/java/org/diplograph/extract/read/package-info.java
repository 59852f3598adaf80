/** Step 1, read: the article as text with its header, the map to its raw offsets, its limits and text helpers. */
package org.diplograph.extract.read;
