package org.diplograph.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Application logging through the JDK's {@link System.Logger}, one line per message on the console.
 * (SLF4J here belongs to embedded Neo4j, whose bridge writes to the store's own log files.)
 */
public final class Log {
    private static final Logger ROOT = Logger.getLogger("diplograph");

    static {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.ALL);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String msg = formatMessage(r);
                String thrown = r.getThrown() == null ? "" : "\n" + stackTrace(r.getThrown());
                return String.format("%1$tF %1$tT %2$-7s %3$s - %4$s%5$s%n", r.getMillis(), r.getLevel().getName(),
                        r.getLoggerName().replace("diplograph.", ""), msg, thrown);
            }
        });
        ROOT.setUseParentHandlers(false);
        ROOT.addHandler(handler);
        ROOT.setLevel(Level.INFO);
    }

    private Log() {}

    public static System.Logger get(Class<?> type) {
        return System.getLogger("diplograph." + type.getSimpleName());
    }

    private static String stackTrace(Throwable t) {
        var w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
