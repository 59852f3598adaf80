package org.diplograph.db;

import org.neo4j.driver.exceptions.Neo4jException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query that needed more memory than one transaction may use ({@code db.memory.transaction.max}; 512 MiB in embedded
 * mode). Neo4j reports it as a transient error ({@code Neo.TransientError.General.MemoryPoolOutOfMemoryError}), but
 * running the same query again hits the same limit: it is the client's query that is too big, not a busy server
 * (HTTP 422, never 503). The pool of all transactions ({@code dbms.memory.transaction.total.max}) running out is
 * different: other transactions hold that memory, so it is the server that is busy.
 */
public final class TransactionMemoryLimit {
    /** The setting that limits the memory of one transaction. */
    public static final String SETTING = "db.memory.transaction.max";
    private static final Pattern LIMIT = Pattern.compile("the limit ([0-9.,]+ ?[KMGT]?i?B)");

    private TransactionMemoryLimit() {}

    /** Whether the error is one transaction over {@link #SETTING}. */
    public static boolean exceeded(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return code.contains("MemoryPoolOutOfMemoryError") && msg.contains(SETTING);
    }

    /** The configured limit as Neo4j states it ("512.0 MiB"), when the message gives it. */
    public static Optional<String> limit(Neo4jException e) {
        Matcher m = LIMIT.matcher(e.getMessage() == null ? "" : e.getMessage());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A sentence for the client: which limit, its value, what to do. */
    public static String detail(Neo4jException e) {
        return "The query needs more memory than one transaction may use (" + SETTING
                + limit(e).map(l -> " = " + l).orElse(", configured on the server")
                + ") and was stopped; running it again will not help: return less (aggregate, LIMIT, fewer or smaller values)";
    }
}
