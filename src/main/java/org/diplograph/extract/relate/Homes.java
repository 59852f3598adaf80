package org.diplograph.extract.relate;

import org.diplograph.extract.recognize.Gazetteer;

import java.util.Map;

/**
 * The state a person or a place belongs to: a person's office (as the article names it), his home (office or national
 * company), a place's state as the article states it or as the gazetteer knows it. For the visit, meeting, gathering
 * and signing rules.
 */
final class Homes {

    private final Gazetteer g;
    private final Map<String, String> personState;
    private final ArticleMemory memory;

    Homes(Gazetteer g, Map<String, String> personState, ArticleMemory memory) {
        this.g = g;
        this.personState = personState;
        this.memory = memory;
    }

    /** The state of the office a person holds in the article, or null. */
    String stateOf(String personId) {
        return personState.get(personId);
    }

    /** The state a person comes from: his office's state, or the state of the national company he heads. */
    String homeState(String personId) {
        String s = personState.get(personId);
        return s != null ? s : memory.personHome.get(personId);
    }

    /**
     * The state of a place as the article states it ("the Uzbek border city of Termez"), else from the gazetteer
     * (cities and regions with their state), else null.
     */
    String placeState(String placeId) {
        String stated = memory.statedPlaceState.get(placeId);
        if (stated != null) return stated;
        Gazetteer.PlaceInfo pi = g.place(placeId);
        return pi != null && pi.iso3() != null ? "state:" + pi.iso3() : null;
    }
}
