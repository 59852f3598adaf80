package org.diplograph.web;

/**
 * The HTTP server could not bind its address (the port taken, no permission, an unknown host): not a database
 * problem, so it has its own error and exit code (4).
 */
public class HttpBindException extends RuntimeException {
    public HttpBindException(String host, int port, Throwable cause) {
        super("Cannot serve HTTP on " + host + ":" + port + " (is the port taken? set DIPLOGRAPH_PORT / --port): "
                + cause.getMessage(), cause);
    }
}
