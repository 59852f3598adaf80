package org.diplograph.extract;

/** A reference to an entity inside one sentence (token range and normalised offsets), before resolution. */
public final class Mention {
    /** The entity label a mention resolves to. */
    public enum Type { STATE, PLACE, ORG, CORRIDOR, PERSON, AGREEMENT }

    final Type type;
    final int from;
    final int to;
    final int start;
    final int end;
    String id;
    final String surface;
    String rule;
    /** State mentions: "name", "demonym", "capital". */
    String via;
    boolean possessive;
    /** Person: canonical role, the state/org the office belongs to, former office. */
    String role;
    String officeOf;
    boolean former;
    /** Display name (person, corridor, agreement title, org). */
    String name;
    /** Kind (corridor, org, agreement, place). */
    String kind;
    Integer count;
    /** A state this place/corridor is said to be in. */
    String locatedIn;
    /** Corridor: ids of the places/states its name links, in order. */
    java.util.List<String> components = java.util.List.of();

    Mention(Type type, int from, int to, int start, int end, String id, String surface, String rule) {
        this.type = type;
        this.from = from;
        this.to = to;
        this.start = start;
        this.end = end;
        this.id = id;
        this.surface = surface;
        this.rule = rule;
    }

    boolean isGeo() {
        return type == Type.STATE || type == Type.PLACE;
    }

    @Override
    public String toString() {
        return type + ":" + id + "[" + surface + "]" + (role != null ? "{" + role + "@" + officeOf + "}" : "");
    }
}
