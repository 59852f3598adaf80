package org.diplograph.analysis;

import org.diplograph.graph.PathNotes;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis says about each relationship of a path ({@link PathNotes} for {@code /api/paths}): a PARTY_TO's
 * stage at the day asked ({@link Stage}, through {@link Relationships#byIds}), and the contradiction flags
 * ({@link ContradictionService#check}) of the agreement or event the relationship is about: an Agreement or Event at
 * one of its ends, or the event a MET names. At most {@link ContradictionService#SUBJECTS} subjects are checked.
 */
public final class PathFacts implements PathNotes {
    /**
     * The note on one relationship: its element id, its type, its stage at the day asked (PARTY_TO only, else null) and
     * the disagreements of the sources about the agreement or event it is about (empty when they agree).
     */
    public record Note(String relationship, String type, String stage, List<ContradictionService.Contradiction> contradictions) {}

    @Override
    public Map<String, Object> notes(TransactionContext tx, List<Path> paths, LocalDate at) {
        Map<String, Relationship> rels = new LinkedHashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        for (Path p : paths) {
            p.nodes().forEach(n -> nodes.put(n.elementId(), n));
            p.relationships().forEach(r -> rels.putIfAbsent(r.elementId(), r));
        }
        Map<String, List<String>> subjectsOf = new HashMap<>();
        Set<String> subjects = new LinkedHashSet<>();
        List<String> partyTo = new ArrayList<>();
        for (Relationship r : rels.values()) {
            List<String> mine = new ArrayList<>();
            for (String end : List.of(r.startNodeElementId(), r.endNodeElementId())) {
                Node n = nodes.get(end);
                if (n != null && (n.hasLabel("Agreement") || n.hasLabel("Event")) && n.containsKey("id")) mine.add(n.get("id").asString());
            }
            if (r.type().equals("MET") && !r.get("event").isNull()) mine.add(r.get("event").asString());
            subjectsOf.put(r.elementId(), mine);
            subjects.addAll(mine);
            if (r.type().equals("PARTY_TO")) partyTo.add(r.elementId());
        }
        List<String> checked = new ArrayList<>(subjects);
        Map<String, List<ContradictionService.Contradiction>> flags =
                ContradictionService.check(tx, checked.subList(0, Math.min(ContradictionService.SUBJECTS, checked.size())));
        Map<String, String> stages = new HashMap<>();
        for (Relationships.Item it : Relationships.byIds(tx, partyTo, at)) stages.put(it.relationship(), it.stage());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Relationship r : rels.values()) {
            List<ContradictionService.Contradiction> mine = new ArrayList<>();
            for (String s : subjectsOf.get(r.elementId())) mine.addAll(flags.getOrDefault(s, List.of()));
            out.put(r.elementId(), new Note(r.elementId(), r.type(), stages.get(r.elementId()), mine));
        }
        return out;
    }
}
