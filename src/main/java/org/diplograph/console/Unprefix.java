package org.diplograph.console;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the console's internal {@code EXPLAIN } prefix back out of a Neo4j error: the position (line 1's column and
 * every offset), the quoted query line and the caret under it, so the user sees the query they typed and the
 * right column.
 */
final class Unprefix {
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    private Unprefix() {}

    /** Shifts {@code line}/{@code column}/{@code offset} in place. */
    static void position(Map<String, Object> pos, int shift) {
        if (shift == 0 || !(pos.get("offset") instanceof Integer offset)) return;
        pos.put("offset", Math.max(0, offset - shift));
        if (Integer.valueOf(1).equals(pos.get("line")) && pos.get("column") instanceof Integer column) {
            pos.put("column", Math.max(1, column - shift));
        }
    }

    /** The message with the prefix gone from its position, its quoted query line and its caret line. */
    static String message(String msg, int shift) {
        if (shift == 0 || msg == null) return msg;
        Matcher m = POSITION.matcher(msg);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2));
            int offset = Integer.parseInt(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement("(line " + line + ", column "
                    + (line == 1 ? Math.max(1, column - shift) : column) + " (offset: " + Math.max(0, offset - shift) + "))"));
        }
        m.appendTail(out);
        String[] lines = out.toString().split("\n", -1);
        boolean quotedLineOne = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("\"" + ConsoleService.EXPLAIN)) {
                lines[i] = "\"" + lines[i].substring(1 + ConsoleService.EXPLAIN.length());
                quotedLineOne = true;
            } else if (quotedLineOne && lines[i].matches(" *\\^ *")) {
                int spaces = lines[i].indexOf('^');
                lines[i] = " ".repeat(Math.max(0, spaces - shift)) + "^";
                quotedLineOne = false;
            }
        }
        return String.join("\n", lines);
    }
}
