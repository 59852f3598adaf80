package org.diplograph.load;

import java.util.List;

/**
 * What importing one article did.
 *
 * @param document         document id (null when the input could not be read)
 * @param file             file name, or null for pasted text
 * @param status           {@code created}, {@code updated} (a changed version replaced the old), {@code unchanged} or {@code failed}
 * @param entitiesCreated  entity nodes created
 * @param entitiesMerged   entities that already existed and were merged into
 * @param relationsCreated relationships created
 * @param relationsMerged  relationships that already existed (their evidence was added to)
 * @param evidence         evidence spans written
 * @param warnings         facts skipped and why (e.g. a relation without evidence)
 * @param error            why the article failed, or null
 * @param millis           time taken
 */
public record DocumentReport(String document, String file, String status, int entitiesCreated, int entitiesMerged,
                             int relationsCreated, int relationsMerged, int evidence, List<String> warnings,
                             String error, long millis) {

    public static DocumentReport failed(String document, String file, String error, long millis) {
        return new DocumentReport(document, file, "failed", 0, 0, 0, 0, 0, List.of(), error, millis);
    }

    public boolean ok() {
        return !"failed".equals(status);
    }
}
