package org.diplograph.graph;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Notes on the relationships of the paths an answer gives, added by a part of the app that {@code graph} does not
 * depend on (the analysis: a PARTY_TO's stage at the day, the contradiction flags of the agreement or event a
 * relationship is about). {@link PathService} puts each relationship's note on the step that walks it.
 */
@FunctionalInterface
public interface PathNotes {
    /** No notes. */
    PathNotes NONE = (tx, paths, at) -> Map.of();

    /**
     * A JSON-ready note per relationship element id of these paths, judged at the day {@code at}; relationships without
     * one may be left out. Runs in the path query's read transaction.
     */
    Map<String, Object> notes(TransactionContext tx, List<Path> paths, LocalDate at);
}
