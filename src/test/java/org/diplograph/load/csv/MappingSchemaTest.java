package org.diplograph.load.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schema of mappings ({@code docs/mapping.schema.json}, for editors) accepts every mapping the
 * importer accepts that ships here, and rejects, at the same places, what the importer names as problems.
 */
class MappingSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws Exception {
        JsonNode s = new ObjectMapper().readTree(Files.readString(Path.of("docs/mapping.schema.json")));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
    }

    @Test
    void everyShippedMappingPassesTheSchemaAndTheImporter() throws Exception {
        JsonSchema schema = schema();
        List<Path> mappings;
        try (Stream<Path> a = Files.list(Path.of("mappings")); Stream<Path> b = Files.walk(Path.of("src/test/resources/csv"))) {
            mappings = Stream.concat(a, b).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(mappings).hasSizeGreaterThanOrEqualTo(5);
        for (Path p : mappings) {
            String text = Files.readString(p);
            MappingSpec.parse(text); // the importer takes it
            assertThat(schema.validate(YAML.readTree(text))).as(p.toString()).isEmpty();
        }
        assertThat(schema.validate(YAML.readTree(MappingSpecTest.MINIMAL))).isEmpty();
    }

    @Test
    void theSchemaNamesThePlacesTheImporterNames() throws Exception {
        String spec = MappingSpecTest.PROBLEMS;
        List<String> at = schema().validate(YAML.readTree(spec)).stream().map(ValidationMessage::getMessage).toList();
        assertThat(at).anyMatch(m -> m.contains("batchsize"))
                .anyMatch(m -> m.contains("$.codes.c.otherwise"))
                .anyMatch(m -> m.contains("$.files[0].nodes[0].label"))
                .anyMatch(m -> m.contains("$.files[0].nodes[1]") && m.contains("id"))
                .anyMatch(m -> m.contains("$.files[0].relationships[0].type"))
                .anyMatch(m -> m.contains("$.files[0].relationships[1].properties") && m.contains("id"))
                .anyMatch(m -> m.contains("$.files[0].relationships[1].properties.when"));
    }
}
