package org.diplograph.extract.recognize;

import java.util.List;

/**
 * A reference to an entity inside one sentence (token range and normalised offsets). Immutable: a recogniser fills in
 * a {@link Draft}, and resolution gives a changed copy ({@link #with}).
 */
public final class Mention {
    /** The entity label a mention resolves to. */
    public enum Type { STATE, PLACE, ORG, CORRIDOR, PERSON, AGREEMENT }

    public final Type type;
    /** Token range {@code [from, to)} in the sentence. */
    public final int from;
    public final int to;
    /** Offsets in the normalised text. */
    public final int start;
    public final int end;
    public final String id;
    public final String surface;
    /** The rule that found it, or that last resolved it. */
    public final String rule;
    /** State mentions: "name", "demonym", "capital". */
    public final String via;
    public final boolean possessive;
    /** Person: canonical role, the state/org the office belongs to, former office. */
    public final String role;
    public final String officeOf;
    public final boolean former;
    /** Display name (person, corridor, agreement title, org). */
    public final String name;
    /** Kind (corridor, org, agreement, place). */
    public final String kind;
    public final Integer count;
    /** A state this place/corridor is said to be in. */
    public final String locatedIn;
    /** Corridor: ids of the places/states its name links, in order. */
    public final List<String> components;

    private Mention(Draft d) {
        type = d.type;
        from = d.from;
        to = d.to;
        start = d.start;
        end = d.end;
        id = d.id;
        surface = d.surface;
        rule = d.rule;
        via = d.via;
        possessive = d.possessive;
        role = d.role;
        officeOf = d.officeOf;
        former = d.former;
        name = d.name;
        kind = d.kind;
        count = d.count;
        locatedIn = d.locatedIn;
        components = List.copyOf(d.components);
    }

    /** A mention with nothing but its id, span and rule. */
    public static Mention of(Type type, int from, int to, int start, int end, String id, String surface, String rule) {
        return new Draft(type, from, to, start, end, id, surface, rule).build();
    }

    /** A copy to change. */
    public Draft draft() {
        Draft d = new Draft(type, from, to, start, end, id, surface, rule);
        d.via = via;
        d.possessive = possessive;
        d.role = role;
        d.officeOf = officeOf;
        d.former = former;
        d.name = name;
        d.kind = kind;
        d.count = count;
        d.locatedIn = locatedIn;
        d.components = components;
        return d;
    }

    /** This mention resolved to another entity: id and display name replaced. */
    public Mention with(String newId, String newName) {
        Draft d = draft();
        d.id = newId;
        d.name = newName;
        return d.build();
    }

    public boolean isGeo() {
        return type == Type.STATE || type == Type.PLACE;
    }

    /** The graph label of the entity the mention names. */
    public String label() {
        return switch (type) {
            case STATE -> "State";
            case PLACE -> "Place";
            case ORG -> "Organization";
            case CORRIDOR -> "Corridor";
            case PERSON -> "Person";
            case AGREEMENT -> "Agreement";
        };
    }

    @Override
    public String toString() {
        return type + ":" + id + "[" + surface + "]" + (role != null ? "{" + role + "@" + officeOf + "}" : "");
    }

    /** The mutable form of a mention while a recogniser is still filling it in. */
    public static final class Draft {
        public final Type type;
        public final int from;
        public final int to;
        public final int start;
        public final int end;
        public String id;
        public final String surface;
        public String rule;
        public String via;
        public boolean possessive;
        public String role;
        public String officeOf;
        public boolean former;
        public String name;
        public String kind;
        public Integer count;
        public String locatedIn;
        public List<String> components = List.of();

        public Draft(Type type, int from, int to, int start, int end, String id, String surface, String rule) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.start = start;
            this.end = end;
            this.id = id;
            this.surface = surface;
            this.rule = rule;
        }

        public boolean isGeo() {
            return type == Type.STATE || type == Type.PLACE;
        }

        public Mention build() {
            return new Mention(this);
        }

        @Override
        public String toString() {
            return build().toString();
        }
    }
}
