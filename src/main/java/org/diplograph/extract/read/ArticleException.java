package org.diplograph.extract.read;

/** An article that cannot be extracted: empty, binary, undecodable or oversized. Names the file and the reason. */
public class ArticleException extends RuntimeException {
    private final String file;
    private final String reason;

    public ArticleException(String file, String reason) {
        super((file == null ? "(pasted text)" : file) + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** The file name, or null for pasted text. */
    public String file() {
        return file;
    }

    /** A short human-readable reason, e.g. "empty", "binary content (NUL bytes)". */
    public String reason() {
        return reason;
    }
}
