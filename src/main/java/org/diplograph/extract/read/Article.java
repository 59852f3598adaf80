package org.diplograph.extract.read;

import java.util.List;
import org.diplograph.facts.DocumentFacts;

/**
 * An article after reading: the original text, the normalised text the rules work on, and the map from every
 * normalised character back to its original offset.
 *
 * @param raw       the original content, exactly as given
 * @param norm      normalised text (tags stripped, quotes/dashes/spaces normalised)
 * @param map       {@code map[i]} is the offset in {@code raw} of normalised char {@code i}
 * @param title     header or HTML title, may be null
 * @param source    header source, may be null
 * @param url       header url, may be null
 * @param published header published date (raw string), may be null
 * @param dropped   spans the reader already removed as furniture (HTML nav/aside/footer), in raw offsets
 */
public record Article(String raw, String norm, int[] map, String title, String source, String url,
                      String published, List<DocumentFacts.Dropped> dropped) {

    /** Original offset of the normalised offset {@code i} (start of a span). */
    public int rawStart(int i) {
        return i < map.length ? map[i] : raw.length();
    }

    /** Original end offset (exclusive) of a normalised span ending (exclusive) at {@code i}. */
    public int rawEnd(int i) {
        if (i <= 0) return 0;
        return map[i - 1] + 1;
    }
}
