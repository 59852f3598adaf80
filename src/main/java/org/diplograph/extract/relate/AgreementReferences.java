package org.diplograph.extract.relate;

import org.diplograph.facts.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.recognize.Mention;

/**
 * Relate, across the article: a bare "the treaty", "the agreement", "the deal" refers to the one agreement of its kind
 * the article names ("the Treaty on Comprehensive Strategic Partnership"), and becomes it, relations and all. Where
 * the article names none, or several that fit, the bare agreement stays as it is (named from its parties). A shorter
 * lower-case title that ends exactly one longer one ("the framework agreement", "a trilateral framework agreement") is
 * that agreement too.
 */
public final class AgreementReferences {
    private AgreementReferences() {}

    /** Bare heads and the agreement kinds each may refer to (null: any kind but a package). */
    private static final Map<String, Set<String>> BARE = new HashMap<>();
    static {
        BARE.put("agreement", null);
        BARE.put("accord", null);
        BARE.put("deal", null);
        BARE.put("document", null);
        BARE.put("treaty", Set.of("treaty"));
        BARE.put("pact", Set.of("treaty"));
        BARE.put("contract", Set.of("contract"));
        BARE.put("roadmap", Set.of("roadmap"));
        BARE.put("declaration", Set.of("joint-statement"));
        BARE.put("statement", Set.of("joint-statement"));
    }
    /** Agreements named in the text, which a bare reference may stand for. */
    private static final Set<String> NAMED = Set.of("named-agreement", "agreement-gazetteer", "generic-agreement-topic",
            "agreement-topic-list", "document-list", "mou");

    public static void apply(DocBuilder b, List<Relator.Analysed> analysed) {
        List<Entity> named = new ArrayList<>();
        List<Entity> bare = new ArrayList<>();
        for (Entity e : b.entities()) {
            if (!e.label().equals("Agreement")) continue;
            String head = title(e);
            if (e.rule().equals("generic-agreement") && BARE.containsKey(head)) bare.add(e);
            else if (NAMED.contains(e.rule()) && !"package".equals(e.properties().get("kind"))
                    && !(e.rule().equals("mou") && !head.contains(" on "))) named.add(e);
        }
        Map<String, String> renamed = new HashMap<>();
        for (Entity x : bare) {
            // only a bare title: "a new contract", "the ten-year contract" may be other documents (tried: unseen5, real4 lost some)
            Set<String> kinds = BARE.get(title(x));
            List<Entity> fit = named.stream().filter(n -> kinds == null || kinds.contains(n.properties().get("kind"))).toList();
            if (fit.size() == 1) renamed.put(x.id(), fit.get(0).id());
            // "the historic agreement on the state border ... the treaty": the one agreement the article names at all
            // (a treaty only: a bare contract, roadmap or declaration beside one named agreement is often another)
            else if (fit.isEmpty() && named.size() == 1 && Set.of("treaty", "pact").contains(title(x))) {
                renamed.put(x.id(), named.get(0).id());
            }
        }
        // "a broad cooperation pact", "the landmark treaty": a treaty described, not named, is the one treaty the article
        // names (treaties are few; a described contract or deal may well be another)
        List<Entity> treaties = named.stream().filter(n -> "treaty".equals(n.properties().get("kind"))).toList();
        for (Entity e : b.entities()) {
            if (!e.label().equals("Agreement") || !e.rule().equals("generic-agreement") || renamed.containsKey(e.id())) continue;
            String t = title(e);
            String head = t.substring(t.lastIndexOf(' ') + 1);
            if (t.contains(" on ") || !Set.of("treaty", "pact").contains(head) || treaties.size() != 1) continue;
            renamed.put(e.id(), treaties.get(0).id());
        }
        // "a trilateral framework agreement ... The framework agreement for the feasibility study was signed by":
        // a lower-case title that ends another title of the article, and of no third, is that agreement
        List<Entity> generic = new ArrayList<>();
        for (Entity e : b.entities()) if (e.label().equals("Agreement") && e.rule().equals("generic-agreement")) generic.add(e);
        for (Entity x : generic) {
            String t = title(x);
            if (renamed.containsKey(x.id()) || t.split(" ").length < 2 || BARE.containsKey(t)) continue;
            List<Entity> longer = new ArrayList<>();
            for (Entity o : generic) if (o != x && title(o).endsWith(" " + t)) longer.add(o);
            if (longer.size() == 1) renamed.put(x.id(), longer.get(0).id());
        }
        // "a deal to strengthen border security ... a border security deal": a lower-case title whose words before its
        // head all stand in the topic of one other agreement of the article is that agreement
        for (Entity x : generic) {
            String[] w = title(x).split(" ");
            if (renamed.containsKey(x.id()) || w.length < 2) continue;
            List<String> mods = List.of(w).subList(0, w.length - 1);
            List<Entity> fit = new ArrayList<>();
            for (Entity e : b.entities()) {
                if (e == x || !e.label().equals("Agreement") || !e.rule().equals("generic-agreement-topic")) continue;
                List<String> words = List.of(title(e).split(" "));
                if (words.containsAll(mods) && !words.get(words.size() - 1).equals(w[w.length - 1])) fit.add(e);
            }
            // "a 10-year contract ... The 10-year deal": a general head (deal, agreement) with the words of a title of
            // another head is that agreement
            if (fit.isEmpty() && BARE.containsKey(w[w.length - 1]) && BARE.get(w[w.length - 1]) == null) {
                for (Entity e : generic) {
                    String[] o = title(e).split(" ");
                    if (e != x && o.length == w.length && !o[o.length - 1].equals(w[w.length - 1])
                            && List.of(o).subList(0, o.length - 1).equals(mods)) fit.add(e);
                }
            }
            if (fit.size() == 1) renamed.put(x.id(), fit.get(0).id());
        }
        // "signed a landmark 25-year cooperation pact ... before the signing of the agreement": where the article names
        // no agreement, a bare "the agreement" is the one agreement it describes
        List<Entity> described = generic.stream().filter(e -> !renamed.containsKey(e.id()) && !BARE.containsKey(title(e))
                && title(e).split(" ").length >= 2).toList();
        if (named.isEmpty() && described.size() == 1) {
            for (Entity x : bare) if (BARE.get(title(x)) == null && !renamed.containsKey(x.id())) renamed.put(x.id(), described.get(0).id());
        }
        // "arrived in Moscow to sign a comprehensive strategic partnership treaty ... Putin and Pezeshkian signed the
        // treaty": where the article has no other agreement, a bare treaty (contract, roadmap, declaration) signed is the
        // one it described (in any stage) with the same head word, when it described exactly one
        if (named.isEmpty() && described.isEmpty()) {
            for (Entity x : bare) {
                // a specific head only: a bare "agreement" or "deal" beside a described one is often another document
                if (renamed.containsKey(x.id()) || BARE.get(title(x)) == null) continue;
                Mention m = describedOnly(analysed, title(x));
                if (m == null) continue;
                b.property(x.id(), "title", m.name);
                b.entity(x.id(), "Agreement", m.name, m.surface, null, m.rule, null, false);
                renamed.put(x.id(), m.id);
            }
        }
        // "have signed a comprehensive cooperation agreement. The \"comprehensive strategic partnership treaty\"
        // includes ...": an agreement described as signed, in an article that names one treaty nobody signed and
        // describes no other agreement, is that treaty: a general head (agreement, deal, pact, treaty, accord) and a
        // word of the name in common
        if (named.size() == 1 && described.size() == 1 && "treaty".equals(named.get(0).properties().get("kind"))
                && sharesAWord(title(described.get(0)), title(named.get(0)))
                && !renamed.containsKey(described.get(0).id())
                && !renamed.containsValue(named.get(0).id()) && b.hasRelationTo("SIGNED", described.get(0).id())
                && !b.hasRelationTo("SIGNED", named.get(0).id())) {
            renamed.put(described.get(0).id(), named.get(0).id());
        }
        b.rename(renamed);
    }

    private static final Set<String> GENERAL_HEADS = Set.of("agreement", "deal", "pact", "treaty", "accord");

    /** A described title with a general head ("comprehensive cooperation agreement") and a word of a name in common. */
    private static boolean sharesAWord(String described, String name) {
        String[] w = described.split(" ");
        if (!GENERAL_HEADS.contains(w[w.length - 1])) return false;
        List<String> words = List.of(name.split("[ -]"));
        for (int i = 0; i < w.length - 1; i++) if (w[i].length() > 3 && words.contains(w[i])) return true;
        return false;
    }

    /** The one agreement mention of the article with more words than the bare head and that head, or null. */
    private static Mention describedOnly(List<Relator.Analysed> analysed, String head) {
        Mention found = null;
        for (Relator.Analysed a : analysed) {
            for (Mention m : a.mentions()) {
                if (m.type != Mention.Type.AGREEMENT || !m.rule.equals("generic-agreement") || m.name == null) continue;
                String t = m.name.toLowerCase(Locale.ROOT).strip();
                if (!t.endsWith(" " + head) || t.contains(" on ")) continue;
                if (found != null && !found.id.equals(m.id)) return null;
                found = m;
            }
        }
        return found;
    }

    /** The agreement's title (else its name), lower case, trimmed. */
    private static String title(Entity e) {
        Object title = e.properties().get("title");
        return String.valueOf(title != null ? title : e.name()).toLowerCase(Locale.ROOT).strip();
    }
}
