package org.diplograph;

import java.io.PrintWriter;

/**
 * The command line's progress bar, redrawn in place on standard error: articles done of all ({@code [###   ] 3/5
 * articles  1.2 s}), or a CSV file's characters read of its size with the rows so far ({@code parties.csv [###   ]
 * 12,000 rows  0.8 s}).
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String unit;
    private final long t0 = System.nanoTime();

    Progress(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    /** {@code done} of {@code total}; with a label (a file name), {@code count} units so far instead of done/total. */
    void update(String label, long done, long total, long... count) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
        double secs = (System.nanoTime() - t0) / 1e9;
        if (label == null) {
            err.printf("\r%s %d/%d %s  %.1f s", bar, done, total, unit, secs);
        } else {
            err.printf("\r%-36s %s %,d %s  %.1f s", label.length() > 36 ? label.substring(0, 36) : label, bar,
                    count.length > 0 ? count[0] : done, unit, secs);
        }
        err.flush();
    }

    /** Ends the bar's line. */
    void done() {
        err.println();
        err.flush();
    }
}
