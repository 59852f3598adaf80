package org.diplograph.extract.read;

/** The time one article's extraction may take; {@link #check} fails the article, naming how far it got. */
public record Budget(String file, long deadline, long seconds, int sentences) {
    public void check(int sentence, String step) {
        if (System.nanoTime() > deadline) {
            throw new ArticleException(file, String.format("extraction took longer than its budget of %d s (%s, "
                    + "sentence %,d of %,d): the text is too long or not prose; split it into articles",
                    seconds, step, sentence + 1, sentences));
        }
    }
}
