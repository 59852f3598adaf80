package org.diplograph.extract.recognize;

import java.util.Map;
import java.util.Set;

/** Word lists that several rule families of the {@link Recognizer} read. */
final class Words {
    /** Forms of address that open a person's name ("Prof. Ahmed Al-Hakbani"): they continue no organisation's name. */
    static final Set<String> ADDRESS = Set.of("prof", "professor", "dr", "mr", "mrs", "ms", "eng", "engineer");

    /** Capitalised words that do not make a name (function words, dates, offices, generic nouns). */
    static final Set<String> NAME_STOP = Set.of("the", "a", "an", "on", "in", "at", "of", "for", "to", "and", "or",
            "but", "he", "she", "it", "they", "we", "his", "her", "their", "its", "this", "that", "these", "those",
            "during", "after", "before", "while", "since", "as", "with", "by", "from", "both", "also", "however",
            "meanwhile", "according", "said", "says", "visited", "visits", "met", "meets", "held", "signed", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "minister",
            "ministers", "member", "members", "president", "presidents", "prime", "deputy", "vice", "foreign", "defense", "defence",
            "general", "chief", "head", "leader", "spokesman", "ambassador", "republic", "islamic", "federation",
            "ministry", "summit", "organization", "council", "union", "government", "state", "states", "national",
            "international", "north", "south", "east", "west", "central", "new", "former", "current", "then", "is",
            "was", "will", "has", "had", "have", "who", "which", "where", "when", "what", "why", "how", "all", "no",
            "not", "our", "your", "my", "i", "you", "there", "here", "if", "so", "yet", "mr", "mrs", "ms", "dr",
            "today", "yesterday", "tomorrow", "last", "next", "earlier", "later", "under", "over", "between", "among",
            "visit", "talks", "meeting", "agreement", "treaty", "notably", "furthermore", "additionally", "although",
            "despite", "given", "consequently", "historically", "image", "source", "author", "read", "more", "related",
            "comments", "share", "follow", "photo", "strategic", "economic", "security", "opinion", "note", "political",
            "armed", "forces", "army", "navy", "guards", "corps", "people", "nation", "analyst", "expert", "researcher",
            "columnist", "journalist", "professor", "prof", "economist", "scholar", "parliament", "cabinet", "office",
            "administration", "regime", "delegation", "embassy", "capital", "province", "region", "city", "co", "ltd",
            "inc", "corp", "llc", "plc", "jsc", "house", "diwan", "palace", "eng");
    /** Lower-case particles inside hyphenated names ("Mazar-i-Sharif", "Ubaid-ur-Rehman"). */
    static final Set<String> NAME_PARTICLES = Set.of("i", "e", "ul", "al", "el", "ud", "ad", "ur", "as", "an", "o", "da", "di", "de");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Office words that may stand between a qualifier and the office ("Iran's acting foreign minister"). */
    static final Set<String> OFFICE_MODIFIERS = Set.of("acting", "interim", "caretaker", "incoming",
            "newly", "appointed", "elected", "de", "facto", "top", "chief", "regional", "senior", "executive", "visiting",
            "new", "current", "incumbent", "sitting");
    static final Set<String> FORMER = Set.of("former", "ex", "then", "late", "outgoing", "erstwhile");
    /** Heads of organisation names and the organisation kind each gives. */
    static final Map<String, String> ORG_HEADS = Map.ofEntries(Map.entry("organization", "igo"),
            Map.entry("organisation", "igo"), Map.entry("council", "other"), Map.entry("center", "think-tank"),
            Map.entry("centre", "think-tank"), Map.entry("institute", "think-tank"), Map.entry("university", "other"),
            Map.entry("agency", "other"), Map.entry("ministry", "ministry"), Map.entry("bank", "company"),
            Map.entry("fund", "other"), Map.entry("committee", "other"), Map.entry("commission", "other"),
            Map.entry("company", "company"), Map.entry("corporation", "company"), Map.entry("foundation", "other"),
            Map.entry("association", "other"), Map.entry("academy", "other"), Map.entry("parliament", "other"),
            Map.entry("assembly", "other"), Map.entry("group", "company"), Map.entry("railways", "company"),
            Map.entry("department", "ministry"), Map.entry("industries", "company"), Map.entry("consortium", "company"),
            Map.entry("limited", "company"), Map.entry("ltd", "company"), Map.entry("authority", "other"),
            Map.entry("chamber", "other"),
            Map.entry("service", "other"));

    private Words() {
    }
}
