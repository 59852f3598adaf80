package org.diplograph.extract.resolve;

import org.diplograph.extract.annotate.Sentence;
import org.diplograph.extract.annotate.Token;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.rules.Lexicon;
import org.diplograph.extract.recognize.Recognizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolve: mentions that name an entity already met get its id. Surnames and shorter forms become the full
 * name the article gave (or the gazetteer's), "the MoU" the memorandum named before, and an office without its state
 * the state of the gazetteer's holder. Mentions are immutable: each resolution replaces the mention in its list.
 */
public final class Resolver {
    private static final Set<String> COMMON_SURNAMES = Set.of("khan", "sharif", "aliyev", "japarov", "ghani",
            "berdimuhamedov", "berdimuhamedow", "akhund", "putin", "medvedev", "singh", "hussein", "salman", "zayed",
            "farhan", "thani", "dong", "asif", "murmu", "jian", "ning",
            // a father's name ends a short form ("Salman bin Hamad", "Mohammed bin Rashid"): no surname
            "hamad", "rashid", "isa", "abdulaziz", "abdulrahman", "mohammed", "muhammad", "tarik", "tariq", "khalifa",
            "ahmad", "ahmed", "abdullah", "said");

    private final Gazetteer gazetteer;
    private final Map<String, String> gazetteerSurnames = new HashMap<>();

    /** Builds the surname index of the gazetteer's persons. */
    public Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, Set<String>> idx = new HashMap<>();
        for (Gazetteer.PersonInfo p : gazetteer.persons().values()) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String n : names) {
                List<String> keys = Recognizer.surnameKeys(n);
                if (keys.isEmpty()) continue;
                String last = keys.get(0);
                idx.computeIfAbsent(last, k -> new TreeSet<>()).add(p.id());
            }
        }
        for (var e : idx.entrySet()) {
            if (e.getValue().size() == 1 && e.getKey().length() >= 4 && !COMMON_SURNAMES.contains(e.getKey())) {
                gazetteerSurnames.put(e.getKey(), e.getValue().iterator().next());
            }
        }
        gazetteerSurnames.put("putin", "person:vladimir-putin");
        gazetteerSurnames.put("xi", "person:xi-jinping");
    }

    /**
     * Resolve (persons): a lone surname or a shorter form refers to the full name given in the article;
     * otherwise a surname known to the gazetteer resolves there. Returns the display name of every person id.
     */
    public Map<String, String> persons(List<Sentence> sentences, List<List<Mention>> mentions) {
        dropPatronymics(mentions);
        Map<String, String> names = new LinkedHashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type == Mention.Type.PERSON && m.name != null && m.name.contains(" ")) names.putIfAbsent(m.id, m.name);
            }
        }
        // a shorter name that ends a longer one ("Dehghan Dehnawi" in "Mohammad Ali Dehghan Dehnawi")
        Map<String, String> remap = new HashMap<>();
        for (String a : names.keySet()) {
            for (String c : names.keySet()) {
                if (!a.equals(c) && c.endsWith("-" + a.substring(7))) remap.put(a, c);
            }
        }
        // "S Jaishankar", "A. N. Aripov": initials before a surname the gazetteer knows, with the same first letter
        Map<String, String> initialed = new HashMap<>();
        for (var e : names.entrySet()) {
            String[] w = e.getValue().replace(".", " ").trim().split("\\s+");
            boolean initials = w.length >= 2;
            for (int i = 0; i < w.length - 1; i++) initials &= w[i].length() == 1 && Character.isUpperCase(w[i].charAt(0));
            String known = initials ? gazetteerSurnames.get(Text.fold(w[w.length - 1])) : null;
            if (known != null && !known.equals(e.getKey())
                    && Text.fold(gazetteer.person(known).name()).startsWith(Text.fold(w[0]))) {
                remap.put(e.getKey(), known);
                initialed.put(known, gazetteer.person(known).name());
            }
        }
        names.putAll(initialed);
        // the same name written apart or run together ("@TamimbinHamad Al-Thani" after "Tamim Bin Hamad Al Thani")
        Map<String, String> joined = new HashMap<>();
        for (String a : names.keySet()) {
            String first = joined.putIfAbsent(a.replace("-", ""), a);
            if (first != null && !first.equals(a)) remap.putIfAbsent(a, first);
        }
        // the article's own spellings too: "Gurbanguly Berdimuhamedow" (a known person, canonically "-ov") makes
        // "Berdimuhamedow" his surname in this article
        Map<String, Set<String>> spelled = new LinkedHashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type == Mention.Type.PERSON && names.containsKey(m.id) && m.surface.contains(" ")) {
                    spelled.computeIfAbsent(m.id, k -> new TreeSet<>()).add(m.surface);
                }
            }
        }
        Map<String, String> index = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (var e : names.entrySet()) {
            if (remap.containsKey(e.getKey())) continue;
            Set<String> keys = new LinkedHashSet<>(Recognizer.surnameKeys(e.getValue()));
            for (String sp : spelled.getOrDefault(e.getKey(), Set.of())) keys.addAll(Recognizer.surnameKeys(sp));
            for (String k : keys) {
                String prev = index.putIfAbsent(k, e.getKey());
                if (prev != null && !prev.equals(e.getKey())) ambiguous.add(k);
            }
        }
        ambiguous.forEach(index::remove);
        // family name first ("President Yoon" for Yoon Suk Yeol): the first word of a three-word name, after a title
        Map<String, String> firstWords = new HashMap<>();
        Set<String> firstAmbiguous = new HashSet<>();
        for (var e : names.entrySet()) {
            if (remap.containsKey(e.getKey())) continue;
            String[] w = e.getValue().split("\\s+");
            if (w.length != 3) continue;
            String prev = firstWords.putIfAbsent(Text.fold(w[0]), e.getKey());
            if (prev != null && !prev.equals(e.getKey())) firstAmbiguous.add(Text.fold(w[0]));
        }
        firstAmbiguous.forEach(firstWords::remove);
        for (List<Mention> ms : mentions) {
            for (ListIterator<Mention> it = ms.listIterator(); it.hasNext(); ) {
                Mention m = it.next();
                if (m.type != Mention.Type.PERSON) continue;
                if (remap.containsKey(m.id)) {
                    String id = remap.get(m.id);
                    it.set(m.with(id, names.get(id)));
                } else if (m.name == null || !m.name.contains(" ")) {
                    String key = Text.fold(m.surface);
                    String id = index.getOrDefault(key, gazetteerSurnames.get(key));
                    if (id == null && m.role != null && !index.containsKey(key)) id = firstWords.get(key);
                    if (id != null) {
                        it.set(m.with(id, names.containsKey(id) ? names.get(id) : gazetteer.person(id).name()));
                    }
                }
            }
        }
        Map<String, String> all = new HashMap<>(gazetteerSurnames);
        all.putAll(index);
        Map<String, String> display = new HashMap<>(names);
        for (String id : all.values()) {
            if (!display.containsKey(id) && gazetteer.person(id) != null) display.put(id, gazetteer.person(id).name());
        }
        for (int i = 0; i < sentences.size(); i++) surnames(sentences.get(i), mentions.get(i), all, display);
        Map<String, String> out = new HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) if (m.type == Mention.Type.PERSON) out.putIfAbsent(m.id, m.name == null ? m.surface : m.name);
        }
        return out;
    }

    /** "the MoU" refers to the memorandum named last; with none named before, it is dropped. */
    public static void agreementReferences(List<List<Mention>> mentions) {
        String lastMou = null;
        for (List<Mention> ms : mentions) {
            for (ListIterator<Mention> it = ms.listIterator(); it.hasNext(); ) {
                Mention m = it.next();
                if (m.type != Mention.Type.AGREEMENT || !"mou".equals(m.kind)) continue;
                if (m.rule.equals("mou-reference")) {
                    if (lastMou == null) it.remove();
                    else it.set(m.with(lastMou, m.name));
                } else {
                    lastMou = m.id;
                }
            }
        }
    }

    /** A father's name in the Russian, Turkmen or Turkic form: "Miromonovich", "Kemelevich", "Malikgulyyewic", "Heydarogly". */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(?:ovich|evich|ovych|yevich|ovna|evna|ewich|owich|ewic|owic|ewiç|owiç|ogly|oglu|kyzy|qizi)");

    /**
     * "Shavkat Miromonovich Mirziyoyev", "Kassym-Jomart Kemelevich Tokayev": a patronymic between or before names is
     * left out of the person's id and name, so the person is the one named without it.
     */
    private void dropPatronymics(List<List<Mention>> mentions) {
        for (List<Mention> ms : mentions) {
            ms.replaceAll(m -> {
                if (m.type != Mention.Type.PERSON || m.name == null || !m.name.contains(" ")) return m;
                String[] words = m.name.split(" ");
                List<String> kept = new ArrayList<>();
                // the last word stays: "Mevlut Cavusoglu" ends in a surname
                for (int i = 0; i < words.length; i++) {
                    if (i == words.length - 1 || !PATRONYMIC.matcher(words[i]).matches()) kept.add(words[i]);
                }
                if (kept.size() == words.length) return m;
                String name = String.join(" ", kept);
                String known = kept.size() == 1 ? gazetteerSurnames.get(Text.fold(name)) : null;
                if (known != null) return m.with(known, gazetteer.person(known).name());
                return m.with("person:" + Text.personSlug(name), name);
            });
        }
    }

    /** "President Putin", "President Ilham Aliyev": an office without its state, held by a person the gazetteer knows. */
    public void officesFromGazetteer(List<List<Mention>> mentions) {
        // "President Putin", "President Ilham Aliyev": an office without its state, held by a person the gazetteer
        // knows (after surnames are resolved)
        for (List<Mention> ms : mentions) {
            for (ListIterator<Mention> it = ms.listIterator(); it.hasNext(); ) {
                Mention m = it.next();
                if (m.type != Mention.Type.PERSON || m.role == null || m.officeOf != null || m.former) continue;
                Gazetteer.PersonInfo known = gazetteer.person(m.id);
                if (known != null && known.iso3() != null) {
                    Mention.Draft d = m.draft();
                    d.officeOf = "state:" + known.iso3();
                    d.rule = "office-person-gazetteer";
                    it.set(d.build());
                }
            }
        }
    }

    /** Titles that come before a name by which the person is called ("Prince Faisal", "Sheikh Tamim", "President Raisi"). */
    private static final Set<String> TITLES = Lexicon.words("title-before-name");

    /** Second pass: a lone surname (or given name of a two-word name) refers to a person already named. */
    private static void surnames(Sentence s, List<Mention> mentions, Map<String, String> surnameIndex,
                                Map<String, String> names) {
        List<Token> t = s.tokens();
        boolean[] used = new boolean[t.size()];
        for (Mention m : mentions) for (int k = m.from; k < m.to; k++) used[k] = true;
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (used[i] || !x.cap() || Recognizer.NAME_STOP.contains(x.fold())) continue;
            // "Prince Faisal and ... signed": a title before a given name is no part of a two-word name
            if (TITLES.contains(x.fold())) continue;
            if (i + 1 < t.size() && t.get(i + 1).cap() && !used[i + 1] && !Recognizer.NAME_STOP.contains(t.get(i + 1).fold())) {
                i++;
                continue;
            }
            String id = surnameIndex.get(x.fold());
            if (id == null) continue;
            Mention.Draft m = new Mention.Draft(Mention.Type.PERSON, i, i + 1, x.start(), x.end(), id, x.text(), "surname");
            m.name = names.get(id);
            added.add(m.build());
        }
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.from).thenComparingInt(m -> m.to));
    }

    /**
     * Where a photo credit ends the sentence, or -1: "... July 8, 2024. / Reuters/Sputnik/Gavriil Grigorov/Pool", a slash
     * after the sentence's full stop (or opening it), then only names between slashes.
     */
    private static int creditTail(List<Token> t) {
        for (int j = 0; j < t.size(); j++) {
            if (!t.get(j).text().equals("/") || j > 0 && !t.get(j - 1).text().equals(".")) continue;
            int slashes = 0;
            boolean names = true;
            for (int k = j; k < t.size(); k++) {
                Token x = t.get(k);
                if (x.text().equals("/")) slashes++;
                else if (x.word() && !x.cap() && !Set.of("via", "by").contains(x.fold())) names = false;
            }
            if (names && slashes >= 2) return j;
        }
        return -1;
    }

    /**
     * Drops photo credits (a caption's tail of names joined by slashes), a sentence that is only a news agency's name,
     * and the publisher's own name in parentheses ("TEHRAN (Tasnim) -" in Tasnim's article, a byline). Another agency
     * cited in a dateline ("BEIJING, June 6 (Xinhua)" on another site) is an organisation the article names.
     */
    public static void dropCredits(List<Sentence> sentences, List<List<Mention>> mentions, String source) {
        String publisher = source == null ? "" : source.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> t = sentences.get(i).tokens();
            int words = 0;
            for (Token x : t) if (x.word()) words++;
            int all = words; // effectively final for the lambda
            int credit = creditTail(t);
            if (credit >= 0) mentions.get(i).removeIf(m -> m.from >= credit);
            mentions.get(i).removeIf(m -> m.type == Mention.Type.ORG && "media".equals(m.kind)
                    && (m.from > 0 && m.to < t.size() && t.get(m.from - 1).text().equals("(")
                    && t.get(m.to).text().equals(")")
                    && publisher.contains(m.surface.toLowerCase(java.util.Locale.ROOT))
                    || all == m.to - m.from));
        }
    }

}
