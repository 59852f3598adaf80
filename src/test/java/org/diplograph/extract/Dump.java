package org.diplograph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Relation;

/** Developer tool: prints the facts of the given files in a compact form. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        Extractor x = new Extractor();
        for (String a : args) {
            Path p = Path.of(a);
            DocumentFacts d = x.extract(p.getFileName().toString(), Files.readString(p));
            System.out.println("=== " + d.id() + " published=" + d.published() + " title=" + d.title());
            for (DocumentFacts.Dropped dr : d.dropped()) {
                System.out.println("  DROP " + dr.reason() + ": " + dr.text().replace("\n", " / ").substring(0, Math.min(100, dr.text().length())));
            }
            for (Entity e : d.entities()) System.out.println("  " + e.label() + " " + e.id() + " " + e.properties() + " <" + e.rule() + "> " + e.aliases());
            for (Relation r : d.relations()) {
                if (r.type().equals("MENTIONS")) continue;
                System.out.println("  " + r.type() + " " + r.source() + " -> " + r.target() + " " + r.properties() + " <" + r.evidence().get(0).rule() + "> " + r.evidence().get(0).quote().substring(0, Math.min(90, r.evidence().get(0).quote().length())));
            }
        }
    }
}
