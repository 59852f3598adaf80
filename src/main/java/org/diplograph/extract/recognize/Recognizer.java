package org.diplograph.extract.recognize;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Recognize: finds mentions of every entity type in one sentence, from the gazetteers and from patterns for
 * names no gazetteer holds (persons introduced by an office or a profession, agreements, corridors, organisations).
 * Each rule family is a class of its own; they run in a fixed order on one {@link SentenceScan}, each seeing the
 * mentions of those before it.
 */
public final class Recognizer {
    /** Also read by {@link Relator} and {@link Resolver}. */
    public static final Set<String> NAME_STOP = Words.NAME_STOP;
    /** Also read by {@link Relator}. */
    public static final Set<String> PLACE_NOUNS = DescribedNames.PLACE_NOUNS;

    private final Gazetteer g;
    private final GazetteerMentions gazetteerMentions;
    private final CorridorNames corridorNames;
    private final AgreementNames agreementNames = new AgreementNames();
    private final AgreementTopics agreementTopics = new AgreementTopics();
    private final PersonNames personNames;
    private final OfficeForms officeForms;
    private final OrganizationNames organizationNames;
    private final DescribedNames describedNames = new DescribedNames();

    public Recognizer(Gazetteer g) {
        this.g = g;
        this.corridorNames = new CorridorNames(g);
        this.gazetteerMentions = new GazetteerMentions(g, corridorNames);
        this.personNames = new PersonNames(g);
        this.officeForms = new OfficeForms(g, personNames);
        this.organizationNames = new OrganizationNames(g);
    }

    /** All mentions of the sentence, ordered by position. */
    public List<Mention> recognize(Sentence s) {
        SentenceScan w = new SentenceScan(s, g);
        gazetteerMentions.recognize(w);
        corridorNames.recognize(w);
        agreementTopics.recognize(w);
        agreementNames.recognize(w);
        personNames.recognize(w);
        officeForms.counterparts(w);
        officeForms.pluralOffices(w);
        officeForms.professions(w);
        officeForms.appositives(w);
        organizationNames.recognize(w);
        describedNames.companies(w);
        describedNames.places(w);
        officeForms.appositives(w); // again: "X, president of the Sarhad Chamber of Commerce" needs the organisation
        w.out.sort(Comparator.comparingInt((Mention.Draft m) -> m.from).thenComparingInt(m -> m.to));
        joinGivenNames(w);
        List<Mention> out = new ArrayList<>(w.out.size());
        for (Mention.Draft d : w.out) out.add(d.build());
        return out;
    }

    /**
     * "Foreign Minister Mohammad Ishaq Dar": an office's one-word name right before a known person ("Ishaq Dar") is his
     * first given name, not a second person. The known person takes the whole name and the office.
     */
    private static void joinGivenNames(SentenceScan w) {
        for (int i = 0; i + 1 < w.out.size(); i++) {
            Mention.Draft p = w.out.get(i);
            Mention.Draft q = w.out.get(i + 1);
            if (p.type != Mention.Type.PERSON || q.type != Mention.Type.PERSON || p.to != q.from || p.to - p.from != 1
                    || !"person-gazetteer".equals(q.rule) || "person-gazetteer".equals(p.rule) || !w.t.get(p.from).cap()) {
                continue;
            }
            Mention.Draft j = new Mention.Draft(Mention.Type.PERSON, p.from, q.to, p.start, q.end, q.id,
                    w.text(p.from, q.to), p.rule);
            j.name = q.name;
            j.role = p.role;
            j.officeOf = p.officeOf;
            j.former = p.former;
            j.possessive = q.possessive;
            w.out.set(i, j);
            w.out.remove(i + 1);
        }
    }

    /** A state's organ id as the organisation rules write it ("org:pak-ministry-of-foreign-affairs" is "org:pak-foreign-ministry"). */
    public static String canonicalOrgan(String id) {
        return OrganizationNames.canonical(id);
    }

    /** The corridor kind a common noun names ("railway" -> railway), or null; read by {@link Relator}. */
    public static String nounKind(String noun) {
        return CorridorNames.nounKind(noun);
    }

    /** A small count in digits or words, or null; read by {@link Relator}. */
    public static Integer number(Token x) {
        return AgreementNames.number(x);
    }

    /** Surname keys of a person name: last word; first word too for two-word names; read by {@link Resolver}. */
    public static List<String> surnameKeys(String name) {
        return PersonNames.surnameKeys(name);
    }
}
