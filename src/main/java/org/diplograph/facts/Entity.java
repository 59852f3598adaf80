package org.diplograph.facts;

import java.util.List;
import java.util.Map;

/**
 * A node of the graph model.
 *
 * @param id         stable readable id, e.g. {@code state:IRN}, {@code person:masoud-pezeshkian}
 * @param label      one of {@link Labels#ENTITY_LABELS}
 * @param name       display name
 * @param aliases    every surface form seen or known, the name included
 * @param properties label-specific properties of the design (iso3, kind, stage, date, dateFrom, dateTo, ...);
 *                   values are strings, numbers, booleans or lists of strings
 * @param rule       the rule or gazetteer that produced the entity
 */
public record Entity(String id, String label, String name, List<String> aliases, Map<String, Object> properties,
                     String rule) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        properties = Facts.sortedCopy(properties);
    }
}
