package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.facts.DocumentFacts;
import org.diplograph.facts.Entity;
import org.diplograph.facts.Relation;

/** Checks shared by the rule-family tests: one extractor, relations and entities with the rule that gave them. */
public final class RuleFacts {
    private static final Extractor X = new Extractor();

    private RuleFacts() {}

    /** The facts of a constructed text (one article). */
    public static DocumentFacts extract(String text) {
        return X.extract("family.txt", text);
    }

    /** Extracts a whole article, its header block included. */
    public static DocumentFacts extractArticle(String fileName, String article) {
        return X.extract(fileName, article);
    }

    private static boolean joins(Relation r, String type, String source, String target) {
        return r.type().equals(type) && (r.source().equals(source) && r.target().equals(target)
                || type.equals("MET") && r.source().equals(target) && r.target().equals(source));
    }

    /** The relation (either direction for MET), or null. */
    public static Relation relation(DocumentFacts d, String type, String source, String target) {
        return d.relations().stream().filter(r -> joins(r, type, source, target)).findFirst().orElse(null);
    }

    /** The relation exists and one of its evidence spans names the rule. */
    public static void assertRelation(DocumentFacts d, String type, String source, String target, String rule) {
        assertThat(d.relations()).as("%s %s -> %s by %s in: %s", type, source, target, rule, d.text())
                .anyMatch(r -> joins(r, type, source, target)
                        && r.evidence().stream().anyMatch(e -> e.rule().equals(rule)));
    }

    /** No relation of the type joins the two, whatever the rule. */
    public static void assertNoRelation(DocumentFacts d, String type, String source, String target) {
        assertThat(d.relations()).as("no %s %s -> %s in: %s", type, source, target, d.text())
                .noneMatch(r -> joins(r, type, source, target));
    }

    /** No relation of the type at all. */
    public static void assertNoRelation(DocumentFacts d, String type) {
        assertThat(d.relations()).as("no %s in: %s", type, d.text()).noneMatch(r -> r.type().equals(type));
    }

    /** The entity exists with its label and the rule that produced it. */
    public static Entity assertEntity(DocumentFacts d, String id, String label, String rule) {
        assertThat(d.entities()).as("%s %s by %s in: %s", label, id, rule, d.text())
                .anyMatch(e -> e.id().equals(id) && e.label().equals(label) && rule.equals(e.rule()));
        return d.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** No entity of this id. */
    public static void assertNoEntity(DocumentFacts d, String id) {
        assertThat(d.entities()).as("no %s in: %s", id, d.text()).noneMatch(e -> e.id().equals(id));
    }

    /** No entity of this label. */
    public static void assertNoEntityLabelled(DocumentFacts d, String label) {
        assertThat(d.entities()).as("no %s in: %s", label, d.text()).noneMatch(e -> e.label().equals(label));
    }
}
