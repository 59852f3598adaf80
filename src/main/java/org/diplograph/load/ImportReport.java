package org.diplograph.load;

import java.util.List;

/**
 * What one import run did, article by article, with totals and throughput.
 *
 * @param documents           one report per article (failed ones included, with their reason)
 * @param created             articles loaded for the first time
 * @param updated             articles whose changed version replaced the old one
 * @param unchanged           articles already loaded as they are
 * @param failed              articles not loaded (nothing of them was written)
 * @param entitiesCreated     entity nodes created
 * @param relationsCreated    relationships created
 * @param relationsWritten    relationships created or merged into
 * @param millis              wall time
 * @param articlesPerSecond   throughput
 * @param relationsPerSecond  relationships written per second
 */
public record ImportReport(List<DocumentReport> documents, int created, int updated, int unchanged, int failed,
                           int entitiesCreated, int relationsCreated, int relationsWritten, long millis,
                           double articlesPerSecond, double relationsPerSecond) {

    public static ImportReport of(List<DocumentReport> docs, long millis) {
        int created = 0, updated = 0, unchanged = 0, failed = 0, ec = 0, rc = 0, rw = 0;
        for (DocumentReport d : docs) {
            switch (d.status()) {
                case "created" -> created++;
                case "updated" -> updated++;
                case "unchanged" -> unchanged++;
                default -> failed++;
            }
            ec += d.entitiesCreated();
            rc += d.relationsCreated();
            rw += d.relationsCreated() + d.relationsMerged();
        }
        double secs = Math.max(millis, 1) / 1000.0;
        return new ImportReport(List.copyOf(docs), created, updated, unchanged, failed, ec, rc, rw, millis,
                round(docs.size() / secs), round(rw / secs));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A one-line summary for the command line. */
    public String summary() {
        return String.format("%d articles in %d ms: %d created, %d updated, %d unchanged, %d failed; "
                        + "%d entities and %d relationships created, %d relationships written (%.1f articles/s, %.0f relationships/s)",
                documents.size(), millis, created, updated, unchanged, failed, entitiesCreated, relationsCreated,
                relationsWritten, articlesPerSecond, relationsPerSecond);
    }
}
