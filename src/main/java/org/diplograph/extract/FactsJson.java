package org.diplograph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.diplograph.facts.Facts;

/** The facts file's JSON form: keys sorted, so the same facts always give the same bytes. */
public final class FactsJson {
    private FactsJson() {}

    /** A mapper that sorts object properties and map keys (records' maps are unordered in memory). */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public static String write(Facts facts) {
        try {
            return mapper().writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
