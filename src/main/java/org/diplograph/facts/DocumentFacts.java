package org.diplograph.facts;

import java.util.List;

/**
 * Everything extracted from one article.
 *
 * @param id        stable document id, {@code doc:<slug of the file name>}; a changed version of the same file keeps it
 * @param file      the file name the text came from (or {@code null} for pasted text)
 * @param title     title from the header block or the first line, may be null
 * @param source    publisher/site, may be null
 * @param url       may be null
 * @param published ISO-8601 date as precise as the text gives it, or null (never invented)
 * @param sha256    hex SHA-256 of {@code text}
 * @param text      the original article text (offsets in evidence point into it)
 * @param dropped   spans removed by cleaning, with the reason, for review
 * @param entities  entities seen in the article
 * @param relations relationships, each with at least one evidence span
 */
public record DocumentFacts(String id, String file, String title, String source, String url, String published,
                            String sha256, String text, List<Dropped> dropped, List<Entity> entities,
                            List<Relation> relations) {
    public DocumentFacts {
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** A span of the original text that cleaning removed, and why (e.g. "seo-link-list", "related-content"). */
    public record Dropped(int start, int end, String reason, String text) {}
}
