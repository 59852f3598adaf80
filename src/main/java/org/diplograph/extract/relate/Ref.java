package org.diplograph.extract.relate;

/**
 * An entity recognised in a sentence, as the relation rules see it: its resolved id, its label and its character
 * span in the article. Immutable.
 */
public record Ref(String id, String label, int start, int end) {
    boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
