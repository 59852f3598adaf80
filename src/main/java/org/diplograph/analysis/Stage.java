package org.diplograph.analysis;

import org.diplograph.graph.Dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The stage of an agreement for one party at a date T, from the dates on its PARTY_TO ({@code signed}, {@code ratified},
 * {@code inForce}, {@code ended}: ISO text as precise as the source gives it; an article's PARTY_TO has only its
 * {@code date}, read as the signature). A step counts from the first day its date covers (as {@code validFrom} does);
 * {@code ended} counts once the last day it covers is past (as {@code validTo} does): the same reading as the validity
 * rule. The latest step reached wins: {@code ended}, {@code in-force}, {@code ratified}, {@code signed}; before all
 * of them {@code not-yet}; with no date at all {@code unknown}.
 */
public final class Stage {
    /** The stages, in order. */
    public static final List<String> STAGES = List.of("unknown", "not-yet", "signed", "ratified", "in-force", "ended");

    private Stage() {}

    public static String at(LocalDate t, String signed, String ratified, String inForce, String ended) {
        if (signed == null && ratified == null && inForce == null && ended == null) return "unknown";
        if (ended != null && upper(ended) != null && upper(ended).isBefore(t)) return "ended";
        if (reached(inForce, t)) return "in-force";
        if (reached(ratified, t)) return "ratified";
        if (reached(signed, t)) return "signed";
        return "not-yet";
    }

    private static boolean reached(String iso, LocalDate t) {
        LocalDate d = lower(iso);
        return d != null && !d.isAfter(t);
    }

    private static LocalDate lower(String iso) {
        try {
            return iso == null ? null : Dates.lower(iso);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate upper(String iso) {
        try {
            return iso == null ? null : Dates.upper(iso);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
