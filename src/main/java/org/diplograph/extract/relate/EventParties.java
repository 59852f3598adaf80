package org.diplograph.extract.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Relate, at the level of the article: an agreement no rule gave a party, in an article whose meetings all bring
 * together officials of the same states, is those states' (rule {@code party-event-states}) when it is the meeting's
 * declaration or joint statement ("the Baku Declaration of the Ninth Trilateral Meeting ..." after the meeting of the
 * foreign ministers of Azerbaijan, Georgia and Türkiye) or the article's largest package of three or more ("The talks
 * ... culminated in 15 MoUs"), and its first mention does not say it is still to be signed.
 */
public final class EventParties {
    private EventParties() {}

    /** "is set to sign around eight memorandums": a signing still to come gives no party. */
    private static final Pattern TO_COME = Pattern.compile(
            "(?i)\\b(will|would|set to|expected to|to be signed|to sign|plans? to|is to|are to)\\b");

    public static void apply(DocBuilder b, Map<String, String> personState, String docId) {
        List<Relation> all = b.relations(docId);
        Set<String> withParty = new HashSet<>();
        for (Relation r : all) if (r.type().equals("PARTY_TO")) withParty.add(r.target());
        Map<String, Set<String>> eventStates = new LinkedHashMap<>();
        for (Relation r : all) {
            if (!r.type().equals("ATTENDED")) continue;
            String s = personState.get(r.source());
            if (s != null) eventStates.computeIfAbsent(r.target(), k -> new LinkedHashSet<>()).add(s);
        }
        Set<String> states = null;
        for (Set<String> met : eventStates.values()) {
            if (met.size() < 2) continue;
            if (states == null) states = met;
            else if (!states.equals(met)) return; // meetings of different states: whose is not clear
        }
        if (states == null) return;
        String largest = null;
        int most = 0;
        for (Entity e : b.entities()) {
            if (e.label().equals("Agreement") && e.properties().get("count") instanceof Integer n && n > most && n >= 3) {
                most = n;
                largest = e.id();
            }
        }
        for (Entity e : new ArrayList<>(b.entities())) {
            if (!e.label().equals("Agreement") || withParty.contains(e.id())) continue;
            // a declaration or joint statement, the meeting's own; or the largest package, the meeting's documents
            // (not "the JCPOA", "the UNFCCC", named but not of this meeting; not "2 agreements and 8 MoUs", parts of 10)
            boolean declaration = "joint-statement".equals(e.properties().get("kind"));
            if (!declaration && !e.id().equals(largest)) continue;
            Evidence first = b.firstMention(e.id());
            if (first == null || TO_COME.matcher(first.quote()).find()) continue;
            for (String s : states) {
                b.relation("PARTY_TO", s, e.id(), null, new Evidence(first.quote(), first.start(), first.end(), "party-event-states"));
            }
        }
    }
}
