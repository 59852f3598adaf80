package org.diplograph.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * The body of every error answer: {@code {title, status, detail}} (RFC 7807 style), followed by the extra fields of
 * the error, if any (a syntax error's {@code line}, {@code column}, {@code offset}; a refused {@code clause}; an
 * import's {@code report} or a mapping's {@code problems}).
 */
public record ApiError(String title, int status, String detail, @JsonIgnore Map<String, Object> extra) {
    public ApiError {
        extra = extra == null ? Map.of() : extra;
    }

    public ApiError(String title, int status, String detail) {
        this(title, status, detail, Map.of());
    }

    /** The extra fields, written after {@code detail}. */
    @JsonAnyGetter
    public Map<String, Object> extraFields() {
        return extra;
    }
}
