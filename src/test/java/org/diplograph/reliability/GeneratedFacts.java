package org.diplograph.reliability;

import org.diplograph.common.Json;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Facts;
import org.diplograph.facts.Relation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Many small articles' facts from a template, sharing entities across articles (so imports overlap), as a facts file. */
final class GeneratedFacts {
    private static final String[] WORDS = {"Amber", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Grove", "Heron", "Iris", "Juniper"};

    private GeneratedFacts() {}

    static Facts make(int articles, long seed) {
        Random rnd = new Random(seed);
        List<DocumentFacts> docs = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            int a = rnd.nextInt(40), b = (a + 1 + rnd.nextInt(39)) % 40, s = rnd.nextInt(15), o = rnd.nextInt(5);
            String pa = person(a), pb = person(b), st = "Statia " + WORDS[s % 10] + (s / 10), org = "Union of " + WORDS[o];
            String s1 = pa + " met " + pb + " at the " + (2000 + i % 25) + " summit.";
            String s2 = st + " is a member of the " + org + ".";
            String s3 = pa + " and " + pb + " spoke again on day " + i + ".";
            String text = "Generated article " + i + "\n\n" + s1 + " " + s2 + " " + s3 + "\n";
            Map<String, Entity> entities = new LinkedHashMap<>();
            String ida = "person:" + slug(pa), idb = "person:" + slug(pb), ids = "state:X" + s, ido = "org:" + slug(org);
            entities.put(ida, new Entity(ida, "Person", pa, List.of(pa), Map.of(), "generated"));
            entities.put(idb, new Entity(idb, "Person", pb, List.of(pb), Map.of(), "generated"));
            entities.put(ids, new Entity(ids, "State", st, List.of(st), Map.of(), "generated"));
            entities.put(ido, new Entity(ido, "Organization", org, List.of(org), Map.of(), "generated"));
            String docId = "doc:gen-" + i;
            List<Relation> rels = new ArrayList<>();
            String event = "summit " + (2000 + i % 25);
            rels.add(new Relation("MET", ida, idb, Map.of("event", event), List.of(ev(text, s1, "met"), ev(text, s3, "spoke"))));
            rels.add(new Relation("MEMBER_OF", ids, ido, Map.of(), List.of(ev(text, s2, "member"))));
            for (String id : entities.keySet()) {
                String quote = id.equals(ida) || id.equals(idb) ? s1 : s2;
                rels.add(new Relation("MENTIONS", docId, id, Map.of(), List.of(ev(text, quote, "mention"))));
            }
            docs.add(new DocumentFacts(docId, "gen-" + i + ".txt", "Generated article " + i, "generator", null,
                    (2000 + i % 25) + "-01-01", null, text, List.of(), List.copyOf(entities.values()), rels));
        }
        return new Facts("generated-1", docs);
    }

    static Path write(Path file, int articles, long seed) throws IOException {
        Json.mapper().writeValue(file.toFile(), make(articles, seed));
        return file;
    }

    private static Evidence ev(String text, String sentence, String rule) {
        int start = text.indexOf(sentence);
        return new Evidence(sentence, start, start + sentence.length(), rule);
    }

    private static String person(int n) {
        return WORDS[n % 10] + " " + WORDS[(n / 10 + 3) % 10] + "son";
    }

    private static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
