package org.diplograph.facts;

import java.util.List;
import java.util.Map;

/**
 * A relationship of the graph model. No evidence, no edge: the loader rejects a relation with none.
 *
 * @param type       one of {@link Labels#RELATIONSHIP_TYPES}
 * @param source     id of the start node
 * @param target     id of the end node
 * @param properties e.g. role, date, dateFrom, dateTo, dateInferred, order, event, count
 * @param evidence   the sentences that state it
 */
public record Relation(String type, String source, String target, Map<String, Object> properties,
                       List<Evidence> evidence) {
    public Relation {
        properties = Facts.sortedCopy(properties);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
