package org.diplograph.extract.relate;

import org.diplograph.extract.annotate.DateParser;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.recognize.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the sentence rules of {@link Relator} remember from the earlier sentences of one article, for sentences that
 * refer back ("During the visit", "The document was signed by", "the railway", "Both countries are members"). One per
 * article; the rules read and update it in the order {@link Relator#relate} calls them.
 */
final class ArticleMemory {

    /**
     * The last meeting, visit or signing event, for sentences that refer back to it ("During the visit", "The two
     * leaders signed"): set by the meeting and visit rules, read by meetings (date, place during a visit), joined
     * meetings and signings (signers, parties, date).
     */
    static final class LastEvent {
        String id;
        String kind;
        List<String> attendees = new ArrayList<>();
        Set<String> states = new LinkedHashSet<>();
        String placeId;
        DateParser.DateValue date;
        int sentence = -10;
    }

    final LastEvent event = new LastEvent();

    private static final Set<String> BACK_REFERENCE = Set.of("visit", "meeting", "talks", "sides", "leaders",
            "presidents", "ministers", "delegations", "they", "he", "she", "during", "parties", "both", "summit");

    /** The sentence refers back to the last event, named at most three sentences before. */
    boolean refersBack(Relator.Analysed a) {
        if (a.sentence().index() - event.sentence > 3 || event.id == null) return false;
        for (Token x : a.sentence().tokens()) if (BACK_REFERENCE.contains(x.fold())) return true;
        return false;
    }

    // ------------------------------------------------------------------ subjects

    /** The first person of the last sentence naming one: whom "he" or "she" stands for (meetings, visits, signings). */
    String lastSubject;

    /**
     * Persons and states in order of their last mention in the sentences before the current one: "the three leaders
     * signed" (signings), "Both countries are members of" (memberships). A person named also names his state.
     */
    final List<String> recentPersons = new ArrayList<>();
    final List<String> recentStates = new ArrayList<>();

    /** The n persons mentioned last before this sentence (the role filter, if any, on their offices). */
    List<String> lastPersons(int n, String role) {
        List<String> out = new ArrayList<>();
        for (int i = recentPersons.size() - 1; i >= 0 && out.size() < n; i--) {
            String p = recentPersons.get(i);
            if (role == null || roleOf(p, role)) out.add(p);
        }
        return out.size() == n ? out : List.of();
    }

    // ------------------------------------------------------------------ persons of the article

    /** The offices each person holds in the article, for role filters ("the two ministers") and residents. */
    private final Map<String, Set<String>> roles = new LinkedHashMap<>();

    /** The state each person comes from: his office's state, or the state of the national company he heads (visits). */
    Map<String, String> personHome = Map.of();

    void role(String person, String role) {
        roles.computeIfAbsent(person, x -> new LinkedHashSet<>()).add(role);
    }

    boolean roleOf(String person, String contains) {
        for (String r : roles.getOrDefault(person, Set.of())) if (r.contains(contains)) return true;
        return false;
    }

    /** An ambassador or envoy meeting in the city he is posted to is not visiting it. */
    boolean resident(String p) {
        for (String r : roles.getOrDefault(p, Set.of())) if (residentRole(r)) return true;
        return false;
    }

    /** An office held where one is posted: ambassador, envoy, chargé d'affaires. */
    static boolean residentRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return r.contains("ambassador") || r.contains("envoy") || r.contains("charg");
    }

    // ------------------------------------------------------------------ places

    /** The city of the article's dateline ("BUDAPEST - ...", "TBILISI, Nov 14 (CPA) -"), or null (visits at it). */
    Mention datelinePlace;

    /**
     * The city of a dateline in mixed case ("Islamabad: ..."): the desk's or the venue's, so a venue only where a
     * sentence says its guest is on a visit ({@link VisitRules#hosted}).
     */
    Mention deskPlace;
    /** The last sentence naming a place other than the dateline's: the dateline may be the desk, not the venue. */
    int otherPlaceSentence = -10;
    /** States of places as the article states them ("the Uzbek border city of Termez"), before the gazetteer's. */
    final Map<String, String> statedPlaceState = new HashMap<>();
    /** The city of the last gathering held in the article ("met in Astana", "the Astana summit"): gathering visits. */
    Mention gatherPlace;

    // ------------------------------------------------------------------ agreements and signings

    /** The agreement named last, for "The document was signed by", "signed the package" (signings). */
    Mention lastAgreement;
    int lastAgreementSentence = -10;
    /** The agreements the article has named so far (not bare references). */
    final Set<String> namedAgreements = new HashSet<>();
    /** The city of the last signing ("signed a memorandum in Moscow"), for "A and B attended the ceremony". */
    Mention lastSigningPlace;
    int lastSigningSentence = -10;

    /**
     * "A and B witnessed the signing of MoUs at the palace in Cairo": a meeting with a place where signings happened;
     * the signings the next sentences tell, one after another, were there (SigningRules, {@code visit-signing}).
     */
    private static final java.util.Set<String> SIGNING_WORDS = java.util.Set.of("signing", "signed");

    void signingsAt(Relator.Analysed a, Mention place) {
        if (place == null || Cues.indexOf(a.sentence().tokens(), SIGNING_WORDS, 0) < 0) return;
        lastSigningPlace = place;
        lastSigningSentence = a.sentence().index();
    }

    /** The sentence that last named a meeting held online, by video or by phone (meetings). */
    int remoteMeetingSentence = -10;

    // ------------------------------------------------------------------ organisations

    /** The intergovernmental organisation named last, for "The organisation includes A, B and C" (memberships). */
    Mention lastIgo;
    int lastIgoSentence = -10;

    // ------------------------------------------------------------------ corridors

    /** A corridor and the sentence that named it. */
    record SeenCorridor(Mention corridor, int sentence) {}

    /**
     * The corridor named last, the last of each kind and the ids of each kind named so far: "the railway links A and B"
     * (connections), "is located in Iran" (located-in).
     */
    Mention lastCorridor;
    int lastCorridorSentence = -10;
    final Map<String, SeenCorridor> lastCorridorOfKind = new HashMap<>();
    final Map<String, Set<String>> corridorIdsOfKind = new HashMap<>();
}
