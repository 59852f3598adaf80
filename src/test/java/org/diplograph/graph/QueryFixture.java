package org.diplograph.graph;

import org.diplograph.TestApp;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.diplograph.load.Curation;
import org.diplograph.load.DocumentReport;
import org.diplograph.load.Loader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic small graph written through the real {@link Loader}: Iran, Tajikistan, Russia, Kyrgyzstan, China,
 * Afghanistan (and more parties of a near-universal convention), Pezeshkian, Rahmon, Putin, the 23-document package of
 * 16 January 2025, the Iran–Russia treaty of 17 January 2025, a bilateral border treaty, meetings, memberships and
 * the Five Nations railway corridor, every relation with its quote.
 */
public final class QueryFixture {
    public static final String PEZESHKIAN = "person:masoud-pezeshkian", RAHMON = "person:emomali-rahmon",
            PUTIN = "person:vladimir-putin", PACKAGE = "agreement:irn-tjk-2025-01-16-package",
            TREATY = "agreement:irn-rus-comprehensive-strategic-partnership", CONVENTION = "agreement:transit-convention",
            BORDER = "agreement:kgz-tjk-border-treaty", CORRIDOR = "corridor:five-nations-railway";
    public static final String TREATY_QUOTE = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed "
            + "the Treaty on Comprehensive Strategic Partnership in Moscow on January 17, 2025.";

    private QueryFixture() {}

    private static long[] loadedCounts;

    /** Loads the fixture unless the graph still holds exactly what the last load left (other tests clean the graph). */
    public static synchronized void ensure(TestApp t) {
        if (loadedCounts != null && java.util.Arrays.equals(t.counts(), loadedCounts)
                && t.db().read("MATCH (d:Document {id:'doc:transit-convention'}) RETURN count(d) AS c", Map.of(),
                r -> r.single().get("c").asLong()) == 1) return;
        load(t);
        loadedCounts = t.counts();
    }

    /** Empties the graph and loads the fixture; returns the loader reports. */
    public static List<DocumentReport> load(TestApp t) {
        long t0 = System.nanoTime();
        t.clean();
        Loader loader = new Loader(t.db(), Curation.NONE, Duration.ofSeconds(30));
        List<DocumentReport> reports = new ArrayList<>();
        for (DocumentFacts d : documents()) {
            DocumentReport r = loader.load(d, "test");
            if (!r.warnings().isEmpty()) throw new IllegalStateException(d.id() + ": " + r.warnings());
            reports.add(r);
        }
        System.out.println("QueryFixture loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return reports;
    }

    /** Builds one article: sentences are joined with spaces; relations cite sentences by index. */
    static final class Doc {
        final String id, title, source, published;
        final List<String> sentences = new ArrayList<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final List<Object[]> relations = new ArrayList<>();

        Doc(String id, String title, String source, String published) {
            this.id = id;
            this.title = title;
            this.source = source;
            this.published = published;
        }

        Doc say(String sentence) {
            sentences.add(sentence);
            return this;
        }

        Doc entity(String id, String label, String name, List<String> aliases, Map<String, Object> props) {
            entities.put(id, new Entity(id, label, name, aliases, props, "fixture"));
            return this;
        }

        Doc rel(String type, String source, String target, Map<String, Object> props, int sentence) {
            relations.add(new Object[]{type, source, target, props, sentence});
            return this;
        }

        DocumentFacts build() {
            String text = String.join(" ", sentences);
            List<Relation> rels = new ArrayList<>();
            for (Object[] r : relations) {
                String s = sentences.get((Integer) r[4]);
                int start = text.indexOf(s);
                @SuppressWarnings("unchecked") Map<String, Object> props = (Map<String, Object>) r[3];
                rels.add(new Relation((String) r[0], (String) r[1], (String) r[2], props,
                        List.of(new Evidence(s, start, start + s.length(), "fixture-" + ((String) r[0]).toLowerCase()))));
            }
            for (String e : entities.keySet()) {
                String name = entities.get(e).name();
                int i = 0;
                while (i < sentences.size() && !sentences.get(i).contains(name)) i++;
                if (i == sentences.size()) i = 0;
                String s = sentences.get(i);
                int start = text.indexOf(s);
                rels.add(new Relation("MENTIONS", id, e, Map.of("count", 1),
                        List.of(new Evidence(s, start, start + s.length(), "mention"))));
            }
            return new DocumentFacts(id, id.substring(4) + ".txt", title, source, null, published, null, text, List.of(),
                    new ArrayList<>(entities.values()), rels);
        }
    }

    static Map<String, Object> date(String iso) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", iso);
        m.put("dateFrom", Dates.lower(iso).toString());
        m.put("dateTo", Dates.upper(iso).toString());
        return m;
    }

    static Map<String, Object> with(Map<String, Object> m, Object... kv) {
        Map<String, Object> out = new HashMap<>(m);
        for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], kv[i + 1]);
        return out;
    }

    static Doc state(Doc d, String iso3, String iso2, String name, String... aliases) {
        return d.entity("state:" + iso3, "State", name, List.of(aliases), Map.of("iso3", iso3, "iso2", iso2));
    }

    public static List<DocumentFacts> documents() {
        List<DocumentFacts> docs = new ArrayList<>();

        Doc a = new Doc("doc:iran-tajikistan-2025", "Iran and Tajikistan sign 23 cooperation documents", "Tehran Times", "2025-01-16");
        a.say("Iranian President Masoud Pezeshkian met Tajik President Emomali Rahmon in Dushanbe on January 16, 2025.")
                .say("The two presidents oversaw the signing of 23 cooperation documents between Iran and Tajikistan.")
                .say("Both countries are members of the Economic Cooperation Organization (ECO) and the Shanghai Cooperation Organisation (SCO).")
                .say("The Five Nations Railway Corridor will connect China, Kyrgyzstan, Tajikistan, Afghanistan and Iran.");
        a.entity(PEZESHKIAN, "Person", "Masoud Pezeshkian", List.of("Pezeshkian"), Map.of("titles", List.of("President")))
                .entity(RAHMON, "Person", "Emomali Rahmon", List.of("Rahmon"), Map.of("titles", List.of("President")))
                .entity("place:dushanbe", "Place", "Dushanbe", List.of(), Map.of("kind", "city"))
                .entity("event:2025-01-16-dushanbe-talks", "Event", "Pezeshkian–Rahmon talks in Dushanbe", List.of(),
                        with(date("2025-01-16"), "kind", "meeting", "title", "Pezeshkian–Rahmon talks"))
                .entity(PACKAGE, "Agreement", "23 cooperation documents", List.of(),
                        with(date("2025-01-16"), "kind", "package", "count", 23, "stage", "signed", "title", "23 cooperation documents"))
                .entity("org:eco", "Organization", "Economic Cooperation Organization", List.of("ECO"), Map.of("acronym", "ECO", "kind", "igo"))
                .entity("org:sco", "Organization", "Shanghai Cooperation Organisation", List.of("SCO"), Map.of("acronym", "SCO", "kind", "igo"))
                .entity(CORRIDOR, "Corridor", "Five Nations Railway Corridor", List.of(), Map.of("kind", "railway", "status", "planned"));
        state(a, "IRN", "IR", "Iran", "Iranian");
        state(a, "TJK", "TJ", "Tajikistan", "Tajik");
        state(a, "CHN", "CN", "China");
        state(a, "KGZ", "KG", "Kyrgyzstan");
        state(a, "AFG", "AF", "Afghanistan");
        a.rel("HOLDS_OFFICE", PEZESHKIAN, "state:IRN", Map.of("role", "President"), 0)
                .rel("HOLDS_OFFICE", RAHMON, "state:TJK", Map.of("role", "President"), 0)
                .rel("MET", PEZESHKIAN, RAHMON, with(date("2025-01-16"), "event", "event:2025-01-16-dushanbe-talks"), 0)
                .rel("ATTENDED", PEZESHKIAN, "event:2025-01-16-dushanbe-talks", Map.of("event", "event:2025-01-16-dushanbe-talks"), 0)
                .rel("ATTENDED", RAHMON, "event:2025-01-16-dushanbe-talks", Map.of("event", "event:2025-01-16-dushanbe-talks"), 0)
                .rel("HELD_IN", "event:2025-01-16-dushanbe-talks", "place:dushanbe", Map.of(), 0)
                .rel("LOCATED_IN", "place:dushanbe", "state:TJK", Map.of(), 0)
                .rel("PARTY_TO", "state:IRN", PACKAGE, date("2025-01-16"), 1)
                .rel("PARTY_TO", "state:TJK", PACKAGE, date("2025-01-16"), 1)
                .rel("MEMBER_OF", "state:IRN", "org:eco", Map.of(), 2)
                .rel("MEMBER_OF", "state:TJK", "org:eco", Map.of(), 2)
                .rel("MEMBER_OF", "state:IRN", "org:sco", Map.of(), 2)
                .rel("MEMBER_OF", "state:TJK", "org:sco", Map.of(), 2);
        String[] order = {"state:CHN", "state:KGZ", "state:TJK", "state:AFG", "state:IRN"};
        for (int i = 0; i < order.length; i++) a.rel("CONNECTS", CORRIDOR, order[i], Map.of("order", i + 1), 3);
        docs.add(a.build());

        Doc b = new Doc("doc:iran-russia-treaty", "Iran and Russia sign strategic partnership treaty", "Moscow Wire", "2025-01-17");
        b.say(TREATY_QUOTE)
                .say("The treaty between Iran and Russia covers trade, energy and security.");
        b.entity(PEZESHKIAN, "Person", "Masoud Pezeshkian", List.of("Pezeshkian"), Map.of())
                .entity(PUTIN, "Person", "Vladimir Putin", List.of("Putin"), Map.of("titles", List.of("President")))
                .entity("place:moscow", "Place", "Moscow", List.of(), Map.of("kind", "city"))
                .entity("event:2025-01-17-moscow-signing", "Event", "Treaty signing in Moscow", List.of(),
                        with(date("2025-01-17"), "kind", "signing", "title", "Treaty signing in Moscow"))
                .entity(TREATY, "Agreement", "Treaty on Comprehensive Strategic Partnership", List.of(),
                        with(date("2025-01-17"), "kind", "treaty", "stage", "signed", "title", "Treaty on Comprehensive Strategic Partnership"));
        state(b, "IRN", "IR", "Iran", "Iranian");
        state(b, "RUS", "RU", "Russia", "Russian");
        b.rel("HOLDS_OFFICE", PUTIN, "state:RUS", Map.of("role", "President"), 0)
                .rel("HOLDS_OFFICE", PEZESHKIAN, "state:IRN", Map.of("role", "President"), 0)
                .rel("SIGNED", PEZESHKIAN, TREATY, date("2025-01-17"), 0)
                .rel("SIGNED", PUTIN, TREATY, date("2025-01-17"), 0)
                .rel("PARTY_TO", "state:IRN", TREATY, date("2025-01-17"), 0)
                .rel("PARTY_TO", "state:RUS", TREATY, date("2025-01-17"), 0)
                .rel("MET", PEZESHKIAN, PUTIN, with(date("2025-01-17"), "event", "event:2025-01-17-moscow-signing"), 0)
                .rel("ATTENDED", PEZESHKIAN, "event:2025-01-17-moscow-signing", Map.of("event", "event:2025-01-17-moscow-signing"), 0)
                .rel("ATTENDED", PUTIN, "event:2025-01-17-moscow-signing", Map.of("event", "event:2025-01-17-moscow-signing"), 0)
                .rel("HELD_IN", "event:2025-01-17-moscow-signing", "place:moscow", Map.of(), 0)
                .rel("LOCATED_IN", "place:moscow", "state:RUS", Map.of(), 0);
        docs.add(b.build());

        Doc c = new Doc("doc:tajik-iran-ties", "Tajik–Iranian ties deepen", "Asia-Plus", "2025-01-18");
        c.say("Tajikistan and Iran signed 23 cooperation documents on January 16, 2025.")
                .say("Russia, China, Kyrgyzstan and Tajikistan are members of the SCO.");
        c.entity(PACKAGE, "Agreement", "23 cooperation documents", List.of(), Map.of())
                .entity("org:sco", "Organization", "Shanghai Cooperation Organisation", List.of("SCO"), Map.of());
        state(c, "IRN", "IR", "Iran");
        state(c, "TJK", "TJ", "Tajikistan");
        state(c, "RUS", "RU", "Russia");
        state(c, "CHN", "CN", "China");
        state(c, "KGZ", "KG", "Kyrgyzstan");
        c.rel("PARTY_TO", "state:IRN", PACKAGE, date("2025-01-16"), 0)
                .rel("PARTY_TO", "state:TJK", PACKAGE, date("2025-01-16"), 0);
        for (String s : List.of("state:RUS", "state:CHN", "state:KGZ", "state:TJK")) c.rel("MEMBER_OF", s, "org:sco", Map.of(), 1);
        docs.add(c.build());

        // A near-universal convention (many parties, Russia not among them) and a bilateral treaty.
        String[][] parties = {{"TJK", "TJ", "Tajikistan"}, {"KGZ", "KG", "Kyrgyzstan"}, {"IRN", "IR", "Iran"},
                {"CHN", "CN", "China"}, {"AFG", "AF", "Afghanistan"}, {"ARM", "AM", "Armenia"}, {"AZE", "AZ", "Azerbaijan"},
                {"GEO", "GE", "Georgia"}, {"KAZ", "KZ", "Kazakhstan"}, {"UZB", "UZ", "Uzbekistan"}, {"TKM", "TM", "Turkmenistan"},
                {"PAK", "PK", "Pakistan"}, {"IND", "IN", "India"}, {"TUR", "TR", "Türkiye"}, {"MNG", "MN", "Mongolia"},
                {"BLR", "BY", "Belarus"}, {"SRB", "RS", "Serbia"}, {"EGY", "EG", "Egypt"}, {"OMN", "OM", "Oman"}, {"QAT", "QA", "Qatar"}};
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < parties.length; i++) list.append(i == 0 ? "" : i == parties.length - 1 ? " and " : ", ").append(parties[i][2]);
        Doc d = new Doc("doc:transit-convention", "Transit convention gains members", "Regional Review", "2024-05-02");
        d.say("The Convention on International Transit has been joined by " + list + ".")
                .say("On March 13, 2025 Tajikistan and Kyrgyzstan signed a treaty on the state border.");
        d.entity(CONVENTION, "Agreement", "Convention on International Transit", List.of(),
                        with(date("1990"), "kind", "treaty", "stage", "in-force", "title", "Convention on International Transit"))
                .entity(BORDER, "Agreement", "Treaty on the Tajik–Kyrgyz state border", List.of(),
                        with(date("2025-03-13"), "kind", "treaty", "stage", "signed", "title", "Treaty on the Tajik–Kyrgyz state border"));
        for (String[] p : parties) {
            if (p[0].equals("TUR")) state(d, p[0], p[1], p[2], "Turkey", "Türkiye");
            else state(d, p[0], p[1], p[2]);
            d.rel("PARTY_TO", "state:" + p[0], CONVENTION, Map.of(), 0);
        }
        d.rel("PARTY_TO", "state:TJK", BORDER, date("2025-03-13"), 1)
                .rel("PARTY_TO", "state:KGZ", BORDER, date("2025-03-13"), 1);
        docs.add(d.build());
        return docs;
    }
}
