package org.diplograph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error meant for the client: an HTTP status, a title, a detail and optional extra fields (e.g. a syntax
 * error's line, column and offset). Services throw it (it does not depend on Javalin), and so do routes; the one
 * exception mapper of the server answers it as its {@link #body()}, with {@code Retry-After} on a 429 or 503.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, Object> extra;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    /** A problem with extra fields, answered after {@code detail} in the order given. */
    public ApiProblem(int status, String title, String detail, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extra() {
        return extra;
    }

    /** The error body: {@code {title, status, detail, ...extra}}. */
    public ApiError body() {
        return new ApiError(title, status, getMessage(), extra);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }
}
