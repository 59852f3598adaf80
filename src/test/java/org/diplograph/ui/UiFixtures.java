package org.diplograph.ui;

import org.diplograph.TestApp;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;
import org.diplograph.load.Curation;
import org.diplograph.load.Loader;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The graph the browser tests run on: the seed articles imported by the real importer ({@code TestApp.importSeeds()}),
 * plus one article written through the real Loader whose entity name is hostile HTML. Without the seed import (older
 * trees) a small set of Loader facts carries the scenarios instead.
 */
final class UiFixtures {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private UiFixtures() {}

    /** Imports the seeds if the shared test app can, then the fixture facts. Returns whether seeds were imported. */
    static boolean load(TestApp t) {
        boolean seeds = false;
        try {
            Method m = TestApp.class.getMethod("importSeeds");
            m.invoke(t);
            seeds = true;
        } catch (NoSuchMethodException e) {
            // seeds import not available yet: the fixture facts carry the scenarios
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Seed import failed", e);
        }
        Loader loader = new Loader(t.db(), Curation.NONE, Duration.ofSeconds(30));
        for (DocumentFacts f : facts(seeds)) loader.load(f, "ui-test");
        loaded = t.counts();
        return seeds;
    }

    /** The node and relationship counts right after the last {@link #load}, to tell whether the graph is still that one. */
    private static long[] loaded;

    /**
     * The fixture graph, re-imported (clean, then {@link #load}) only when the graph is no longer the one the last load
     * left (another class changed it): a browser class that only reads need not import the seeds again.
     */
    static void ensure(TestApp t) {
        if (loaded != null && java.util.Arrays.equals(loaded, t.counts())) return;
        t.clean();
        load(t);
    }

    /** As {@link #load}, unless the seeds and the fixture article are already in (another browser class loaded them). */
    static void loadOnce(TestApp t) {
        long seeds = t.count("MATCH (d:Document) WHERE d.file STARTS WITH '00' RETURN count(d)");
        long fixture = t.count("MATCH (d:Document {id: 'doc:ui-hostile'}) RETURN count(d)");
        if (seeds == 5 && fixture == 1) return;
        load(t);
    }

    /**
     * A second report of a seed agreement that disagrees with the seed on its count: seed 003 has Iran and Tajikistan
     * sign 22 memoranda and a joint statement on bilateral cooperation; this fixture article, through the real Loader,
     * has 16 documents signed with that same statement (its id). The analysis tests' contradiction. Loaded once.
     */
    static void contradiction(TestApp t) {
        if (t.count("MATCH (d:Document {id: 'doc:ui-contradiction'}) RETURN count(d)") > 0) return;
        String s1 = "Iran and Tajikistan signed 16 documents and the joint statement on bilateral cooperation in Dushanbe on January 16, 2025.";
        String text = "A second report from Dushanbe\n\n" + s1 + "\n";
        String id = "agreement:joint-statement-on-bilateral-cooperation-irn-tjk";
        Entity statement = e(id, "Agreement", "joint statement on bilateral cooperation", Map.of("kind", "joint-statement"));
        Entity irn = e("state:IRN", "State", "Iran", Map.of("iso3", "IRN", "iso2", "IR"));
        Entity tjk = e("state:TJK", "State", "Tajikistan", Map.of("iso3", "TJK", "iso2", "TJ"));
        Map<String, Object> d16 = Map.of("date", "2025-01-16", "dateFrom", "2025-01-16", "dateTo", "2025-01-16");
        DocumentFacts doc = new DocumentFacts("doc:ui-contradiction", "ui-contradiction.txt", "A second report from Dushanbe",
                "UI fixture wire", null, "2025-01-16", null, text, List.of(), List.of(statement, irn, tjk), List.of(
                new Relation("PARTY_TO", irn.id(), id, d16, List.of(ev(text, s1, "party-subject"))),
                new Relation("PARTY_TO", tjk.id(), id, d16, List.of(ev(text, s1, "party-subject")))));
        new Loader(t.db(), Curation.NONE, Duration.ofSeconds(30)).load(doc, "ui-test");
    }

    static Evidence ev(String text, String sentence, String rule) {
        int start = text.indexOf(sentence);
        if (start < 0) throw new IllegalArgumentException("not in text: " + sentence);
        return new Evidence(sentence, start, start + sentence.length(), rule);
    }

    static Entity e(String id, String label, String name, Map<String, Object> props) {
        return new Entity(id, label, name, List.of(name), props, "ui-fixture");
    }

    static List<DocumentFacts> facts(boolean seeds) {
        String a1 = "Iranian President Masoud Pezeshkian met Tajik President Emomali Rahmon in Dushanbe on January 16, 2025.";
        String a2 = "Tajikistan and Iran signed 23 cooperation documents in Dushanbe on January 16, 2025.";
        String a3 = "Both countries are members of the Shanghai Cooperation Organisation.";
        String a = "Pezeshkian in Dushanbe\n\n" + a1 + " " + a2 + " " + a3 + "\n";
        String b1 = "Russian President Vladimir Putin and Pezeshkian signed the Treaty on Comprehensive Strategic Partnership in Moscow on January 17, 2025.";
        String b2 = "Putin met Pezeshkian in the Kremlin on January 17, 2025.";
        String b = "Iran and Russia sign treaty\n\n" + b1 + " " + b2 + "\n";
        String c1 = "The envoy " + HOSTILE + " met Masoud Pezeshkian in Tehran on March 2, 2025.";
        String c = "A hostile article\n\n" + c1 + "\n";

        Entity pez = e("person:masoud-pezeshkian", "Person", "Masoud Pezeshkian", Map.of("titles", List.of("President")));
        Entity rah = e("person:emomali-rahmon", "Person", "Emomali Rahmon", Map.of("titles", List.of("President")));
        Entity put = e("person:vladimir-putin", "Person", "Vladimir Putin", Map.of("titles", List.of("President")));
        Entity irn = e("state:IRN", "State", "Iran", Map.of("iso3", "IRN", "iso2", "IR"));
        Entity tjk = e("state:TJK", "State", "Tajikistan", Map.of("iso3", "TJK", "iso2", "TJ"));
        Entity rus = e("state:RUS", "State", "Russia", Map.of("iso3", "RUS", "iso2", "RU"));
        Entity sco = e("org:sco", "Organization", "Shanghai Cooperation Organisation", Map.of("acronym", "SCO", "kind", "igo"));
        Entity pkg = e("agreement:ui-irn-tjk-2025-package", "Agreement", "23 cooperation documents (Iran–Tajikistan)",
                Map.of("kind", "package", "count", 23, "stage", "signed", "date", "2025-01-16", "dateFrom", "2025-01-16", "dateTo", "2025-01-16"));
        Entity treaty = e("agreement:ui-irn-rus-treaty", "Agreement", "Treaty on Comprehensive Strategic Partnership (Iran–Russia, UI fixture)",
                Map.of("kind", "treaty", "stage", "signed", "date", "2025-01-17", "dateFrom", "2025-01-17", "dateTo", "2025-01-17"));
        Entity meetA = e("event:ui-2025-01-16-dushanbe", "Event", "Pezeshkian–Rahmon talks in Dushanbe",
                Map.of("kind", "meeting", "date", "2025-01-16", "dateFrom", "2025-01-16", "dateTo", "2025-01-16"));
        Entity meetB = e("event:ui-2025-01-17-moscow", "Event", "Pezeshkian–Putin talks in Moscow",
                Map.of("kind", "meeting", "date", "2025-01-17", "dateFrom", "2025-01-17", "dateTo", "2025-01-17"));
        Map<String, Object> d16 = Map.of("date", "2025-01-16", "dateFrom", "2025-01-16", "dateTo", "2025-01-16");
        Map<String, Object> d17 = Map.of("date", "2025-01-17", "dateFrom", "2025-01-17", "dateTo", "2025-01-17");

        DocumentFacts docA = new DocumentFacts("doc:ui-dushanbe", "ui-dushanbe.txt", "Pezeshkian in Dushanbe", "UI fixture wire", null,
                "2025-01-16", null, a, List.of(), List.of(pez, rah, irn, tjk, sco, pkg, meetA), List.of(
                new Relation("HOLDS_OFFICE", pez.id(), irn.id(), Map.of("role", "President"), List.of(ev(a, a1, "demonym-office"))),
                new Relation("HOLDS_OFFICE", rah.id(), tjk.id(), Map.of("role", "President"), List.of(ev(a, a1, "demonym-office"))),
                new Relation("ATTENDED", pez.id(), meetA.id(), Map.of(), List.of(ev(a, a1, "met"))),
                new Relation("ATTENDED", rah.id(), meetA.id(), Map.of(), List.of(ev(a, a1, "met"))),
                new Relation("MET", pez.id(), rah.id(), with(d16, "event", meetA.id()), List.of(ev(a, a1, "met"))),
                new Relation("PARTY_TO", tjk.id(), pkg.id(), d16, List.of(ev(a, a2, "package-signed"))),
                new Relation("PARTY_TO", irn.id(), pkg.id(), d16, List.of(ev(a, a2, "package-signed"))),
                new Relation("MEMBER_OF", irn.id(), sco.id(), Map.of(), List.of(ev(a, a3, "both-members"))),
                new Relation("MEMBER_OF", tjk.id(), sco.id(), Map.of(), List.of(ev(a, a3, "both-members")))));
        DocumentFacts docB = new DocumentFacts("doc:ui-moscow", "ui-moscow.txt", "Iran and Russia sign treaty", "UI fixture agency", null,
                "2025-01-17", null, b, List.of(), List.of(pez, put, irn, rus, treaty, meetB), List.of(
                new Relation("HOLDS_OFFICE", put.id(), rus.id(), Map.of("role", "President"), List.of(ev(b, b1, "demonym-office"))),
                new Relation("SIGNED", put.id(), treaty.id(), d17, List.of(ev(b, b1, "signed"))),
                new Relation("SIGNED", pez.id(), treaty.id(), d17, List.of(ev(b, b1, "signed"))),
                new Relation("PARTY_TO", irn.id(), treaty.id(), d17, List.of(ev(b, b1, "treaty-parties"))),
                new Relation("PARTY_TO", rus.id(), treaty.id(), d17, List.of(ev(b, b1, "treaty-parties"))),
                new Relation("ATTENDED", pez.id(), meetB.id(), Map.of(), List.of(ev(b, b2, "met"))),
                new Relation("ATTENDED", put.id(), meetB.id(), Map.of(), List.of(ev(b, b2, "met"))),
                new Relation("MET", pez.id(), put.id(), with(d17, "event", meetB.id()), List.of(ev(b, b2, "met")))));
        Entity hostile = e("person:ui-hostile", "Person", HOSTILE, Map.of());
        DocumentFacts docC = new DocumentFacts("doc:ui-hostile", "ui-hostile.txt", "A hostile article " + HOSTILE, "<b>evil</b>", null,
                "2025-03-02", null, c, List.of(), List.of(hostile, pez), List.of(
                new Relation("MET", hostile.id(), pez.id(), Map.of("date", "2025-03-02", "dateFrom", "2025-03-02", "dateTo", "2025-03-02"),
                        List.of(ev(c, c1, "met")))));
        return seeds ? List.of(docC) : List.of(docA, docB, docC);
    }

    private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        var out = new java.util.HashMap<>(m);
        out.put(k, v);
        return out;
    }
}
