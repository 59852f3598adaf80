package org.diplograph.extract.relate;

/** What the article said before, as the relation rules need it: whom a pronoun or a description refers to. */
public interface Discourse {
    /** The person a pronoun at this character offset stands for, or null. */
    String pronoun(int offset);

    /** The person a description of a state's official stands for ("the Turkish leader": state:TUR), or null. */
    String described(String stateId, int offset);

    /** A discourse that knows nobody (for sentences read alone). */
    Discourse NONE = new Discourse() {
        @Override
        public String pronoun(int offset) {
            return null;
        }

        @Override
        public String described(String stateId, int offset) {
            return null;
        }
    };
}
