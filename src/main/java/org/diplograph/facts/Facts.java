package org.diplograph.facts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewable output of extraction and the only input of the loader: one entry per article.
 * Serialised as JSON (see {@code docs/facts.md}); an analyst may edit it and import it as is.
 *
 * @param extractorVersion version of the rules that produced these facts
 * @param documents        one per article, each loaded in its own transaction
 */
public record Facts(String extractorVersion, List<DocumentFacts> documents) {
    public Facts {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** An unmodifiable copy with keys in sorted order, so that facts serialise the same in every JVM. */
    public static Map<String, Object> sortedCopy(Map<String, Object> m) {
        return m == null || m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
    }
}
