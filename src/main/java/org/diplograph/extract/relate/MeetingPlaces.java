package org.diplograph.extract.relate;

import static org.diplograph.extract.relate.Cues.atOrIn;
import static org.diplograph.extract.relate.Cues.between;
import static org.diplograph.extract.relate.Cues.locIn;

import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.relate.Relator.Analysed;

import java.util.List;
import java.util.Set;

/** Where a meeting the {@link MeetingRules} read was held: the place its sentence names for it, if any. */
final class MeetingPlaces {
    private MeetingPlaces() {}

    private static final Set<String> NOT_THE_VENUE = Set.of(";", "which", "who", "where", "while", "to", "about", "on",
            "regarding", "over", "discuss", "discussed", "discussing", "situation", "said", "after", "before");

    /**
     * Where the meeting at token k was held: "in/at <place>" near the trigger or opening the sentence ("In Dushanbe,
     * ..."), not a place far away in the sentence ("... over the fate of the Palestinians in Gaza").
     */
    static Mention heldIn(Analysed a, List<Token> t, int k) {
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && m.from > 0 && atOrIn(t, m)
                    && (Math.abs(m.from - k) <= 14 || m.from <= 2 || opensClause(t, m) && m.from < k)) return m;
        }
        // "held the ... meeting with A and B at the forum complex in Samarkand": further on in the same clause
        for (Mention m : a.mentions()) {
            // "held talks with the President of the People's Republic of China Xi Jinping at the Great Hall of the People"
            boolean venue = ("site".equals(m.kind) || "venue".equals(m.kind)) && atOrIn(t, m);
            if (m.type == Mention.Type.PLACE && m.from > k + 14 && m.from <= k + 24 && (locIn(t, m) || venue)
                    && !between(t, k + 1, m.from, NOT_THE_VENUE)) return m;
        }
        // "a trilateral meeting was held between the President of Kyrgyzstan Sadyr Japarov, ..., and ... in the Tajik
        // city of Khujand": past a list of attendees, however long
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && m.from > k + 24 && locIn(t, m) && onlyAttendees(a, t, k + 1, m.from)) return m;
        }
        for (Mention m : a.mentions()) {
            if (m.type == Mention.Type.PLACE && "capital-place".equals(m.rule) && !Cues.mixedCaseDateline(t, m)) return m;
        }
        return null;
    }

    /** "At the State Palace of Mongolia, ...", after a dateline too: the place opens the clause with a capital "At"/"In". */
    private static boolean opensClause(List<Token> t, Mention m) {
        int p = m.from >= 2 && t.get(m.from - 1).is("the") ? m.from - 2 : m.from - 1;
        return p >= 0 && (t.get(p).text().equals("At") || t.get(p).text().equals("In"));
    }

    /** Tokens [from, to) hold only names and titles of persons and states, commas, and the words that join them. */
    private static boolean onlyAttendees(Analysed a, List<Token> t, int from, int to) {
        int in = to - 1;
        while (in > from && !t.get(in).is("in")) in--; // "in the Tajik city of": the place's own words
        for (int i = from; i < in; i++) {
            final int at = i;
            boolean named = a.mentions().stream().anyMatch(m -> m.from <= at && at < m.to
                    && (m.type == Mention.Type.PERSON || m.type == Mention.Type.STATE));
            if (named || t.get(i).cap() || t.get(i).text().equals(",")
                    || Set.of("was", "were", "held", "between", "with", "of", "the", "and").contains(t.get(i).fold())) continue;
            return false;
        }
        return true;
    }
}
