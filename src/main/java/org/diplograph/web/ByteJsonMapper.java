package org.diplograph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Javalin's Jackson mapper, except that an answer is written to bytes in the request's own thread. JavalinJackson
 * streams every non-String answer through a pipe filled by another thread, which cost this API about 1.5 ms per request
 * (thread hand-offs over a 1 KB pipe buffer); our answers are bounded by the node and row caps, so bytes are fine.
 */
final class ByteJsonMapper implements JsonMapper {
    private final ObjectMapper mapper;
    private final JavalinJackson delegate;

    ByteJsonMapper(ObjectMapper mapper) {
        this.mapper = mapper;
        this.delegate = new JavalinJackson(mapper, false);
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        try {
            return new ByteArrayInputStream(obj instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : mapper.writeValueAsBytes(obj));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return delegate.toJsonString(obj, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream out) {
        delegate.writeToOutputStream(stream, out);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        return delegate.fromJsonString(json, type);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        return delegate.fromJsonStream(json, type);
    }
}
