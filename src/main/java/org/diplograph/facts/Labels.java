package org.diplograph.facts;

import java.util.List;
import java.util.Set;

/** The allow-lists of the graph model: nothing else is ever spliced into Cypher. */
public final class Labels {
    private Labels() {}

    /** Labels of entities (everything but Document and Evidence). */
    public static final List<String> ENTITY_LABELS =
            List.of("Person", "State", "Organization", "Agreement", "Corridor", "Place", "Event");

    /** Every node label of the model. */
    public static final List<String> ALL_LABELS = List.of("Person", "State", "Organization", "Agreement",
            "Corridor", "Place", "Event", "Document", "Evidence");

    /** Relationship types of the model (HAS_EVIDENCE aside). */
    public static final List<String> RELATIONSHIP_TYPES = List.of("HOLDS_OFFICE", "ATTENDED", "HELD_IN", "MET",
            "VISITED", "SIGNED", "PARTY_TO", "MEMBER_OF", "CONNECTS", "CONCERNS", "LOCATED_IN", "MENTIONS");

    public static boolean isEntityLabel(String s) {
        return ENTITY_LABELS.contains(s);
    }

    public static boolean isLabel(String s) {
        return ALL_LABELS.contains(s);
    }

    public static boolean isRelationshipType(String s) {
        return RELATIONSHIP_TYPES.contains(s);
    }

    /** Relationship types that carry a date usable in time filters. */
    public static final Set<String> DATED_TYPES = Set.of("MET", "VISITED", "SIGNED", "PARTY_TO");
}
