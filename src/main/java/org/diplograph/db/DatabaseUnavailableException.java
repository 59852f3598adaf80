package org.diplograph.db;

/** The database cannot be reached or started; the message is written for the user (maps to HTTP 503). */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
