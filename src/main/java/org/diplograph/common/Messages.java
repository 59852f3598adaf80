package org.diplograph.common;

/** Error messages as users see them: the one {@link #firstLine} helper (a library's message without its stack of detail). */
public final class Messages {
    private Messages() {}

    /** The first line of a message, stripped; "unknown error" for none. */
    public static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
