package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;

import static org.diplograph.extract.relate.Cues.dateProps;
import static org.diplograph.extract.relate.Cues.ev;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.diplograph.extract.relate.Relator.Analysed;

/**
 * The Event entities of meetings, visits and signings: the event with its attendees (ATTENDED) and place (HELD_IN),
 * under the rule id of its caller ("meeting-event", "visit-event"), and the last one remembered for sentences that
 * refer back to it.
 */
final class Events {

    private final Gazetteer g;
    private final DocBuilder b;
    private final Map<String, String> personName;
    private final ArticleMemory memory;
    private final Homes homes;

    Events(Gazetteer g, DocBuilder b, Map<String, String> personName, ArticleMemory memory, Homes homes) {
        this.g = g;
        this.b = b;
        this.personName = personName;
        this.memory = memory;
        this.homes = homes;
    }

    /** Adds the event of the attendees (in their order for its title) with ATTENDED and HELD_IN; returns its id. */
    String add(Analysed a, String kind, List<String> attendees, DateParser.DateValue d, String placeId,
               String rule) {
        List<String> names = new ArrayList<>();
        for (String p : attendees) {
            names.add(p.substring(p.indexOf(':') + 1));
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        String id = "event:" + (d == null ? "undated" : d.iso()) + "-" + kind + "-" + String.join("-", sorted);
        StringBuilder title = new StringBuilder();
        for (String p : attendees) {
            if (title.length() > 0) title.append(" - ");
            title.append(personName.getOrDefault(p, p));
        }
        title.append(' ').append(kind);
        Map<String, Object> props = dateProps(d);
        props.put("kind", kind);
        props.put("title", title.toString());
        b.entity(id, "Event", title.toString(), null, props, rule, ev(a, rule), false);
        for (String p : attendees) b.relation("ATTENDED", p, id, null, ev(a, rule));
        if (placeId != null) b.relation("HELD_IN", id, placeId, null, ev(a, rule));
        return id;
    }

    /** Remembers the event as the last one; its states are the attendees' and the place's. */
    void remember(Analysed a, String eventId, String kind, List<String> attendees, Mention place,
                  DateParser.DateValue d) {
        memory.event.id = eventId;
        memory.event.kind = kind;
        memory.event.attendees = new ArrayList<>(attendees);
        memory.event.states = new LinkedHashSet<>();
        for (String p : attendees) if (homes.stateOf(p) != null) memory.event.states.add(homes.stateOf(p));
        if (place != null) {
            String s = place.type == Mention.Type.STATE ? place.id : g.stateOfCapital(place.id);
            if (s != null) memory.event.states.add(s);
        }
        memory.event.placeId = place == null ? null : place.id;
        memory.event.date = d;
        memory.event.sentence = a.sentence().index();
    }
}
