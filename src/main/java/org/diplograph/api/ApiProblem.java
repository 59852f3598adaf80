package org.diplograph.api;

import org.diplograph.web.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error meant for the client, thrown by services (which never import Javalin): an HTTP status, a title, a detail
 * and optional extra fields (e.g. a syntax error's line, column and offset). It is a {@link ApiException}, so the one
 * exception mapper of the server renders it as {@code {title, status, detail}}; routes that need the extra fields
 * render them themselves.
 */
public class ApiProblem extends ApiException {
    private final Map<String, Object> extra;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ApiProblem(int status, String title, String detail, Map<String, Object> extra) {
        super(status, title, detail);
        this.extra = Map.copyOf(extra);
    }

    public Map<String, Object> extra() {
        return extra;
    }

    /** The error body: {@code {title, status, detail, ...extra}}. */
    public Map<String, Object> body() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title());
        m.put("status", status());
        m.put("detail", getMessage());
        m.putAll(extra);
        return m;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }
}
