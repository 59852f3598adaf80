package org.diplograph.common;

/** Error messages as users see them: a library's message without its stack of detail or its false advice. */
public final class Messages {
    private Messages() {}

    /** The first line of a message, stripped; "unknown error" for none. */
    public static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /**
     * The text without Neo4j's "Retry your operation ..." sentences: they advise retrying work that would stop the same
     * way again (a timeout, a terminated transaction).
     */
    public static String withoutRetryAdvice(String s) {
        return s == null ? "" : s.replaceAll("(?i)[^.]*\\bretry\\b[^.]*\\.?", "").replaceAll("\\s+", " ").strip();
    }
}
