package fr.cctlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published JSON Schema ({@code rules/config/cct-lint.schema.json}, shipped in the jar) describes the file the
 * loader reads: on a table of good ({@code valid-*}) and bad ({@code invalid-*}) files both say the same, and the
 * keys of the schema, the loader and the README are the same.
 */
class ConfigSchemaTest {
    private static final String SCHEMA = "/cct-rules/config/cct-lint.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static JsonNode schemaTree() throws IOException {
        try (InputStream in = ConfigSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "the schema ships in the jar under " + SCHEMA);
            return JSON.readTree(in);
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaTree());
    }

    /** The schema's verdict on a YAML text: its violations, or the YAML parser's refusal. */
    private static List<String> schemaErrors(JsonSchema schema, byte[] yaml) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (IOException e) {
            return List.of("YAML: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            tree = NullNode.getInstance();
        }
        return schema.validate(tree).stream().map(ValidationMessage::getMessage).toList();
    }

    private static List<String> loaderErrors(String name, byte[] yaml) {
        return new ProjectConfigLoader().load(name, yaml).problems().stream()
                .map(p -> p.line() + ": " + Messages.english().render(p.message())).toList();
    }

    private static List<Path> tableFiles() throws URISyntaxException, IOException {
        URL folder = ConfigSchemaTest.class.getResource("/config/schema");
        assertNotNull(folder);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> loaderAndSchemaAgreeOnEveryTableFile() throws Exception {
        JsonSchema schema = schema();
        List<Path> files = tableFiles();
        assertTrue(files.size() >= 30, "the table has good and bad files");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            boolean expectedValid = name.startsWith("valid-");
            assertTrue(expectedValid || name.startsWith("invalid-"), name);
            List<String> bySchema = schemaErrors(schema, bytes);
            List<String> byLoader = loaderErrors(name, bytes);
            assertEquals(expectedValid, bySchema.isEmpty(), "schema: " + bySchema);
            assertEquals(expectedValid, byLoader.isEmpty(), "loader: " + byLoader);
        }));
    }

    @Test
    void realisticExampleAndStarterFilesAreValid() throws Exception {
        JsonSchema schema = schema();
        assertEquals(List.of(), schemaErrors(schema, ProjectConfigLoaderTest.resource("full.cct-lint.yaml")));
        StarterConfigWriter writer = new StarterConfigWriter();
        List<StarterEntry> entries = List.of(new StarterEntry("pkg:docker/minio/minio", "minio/minio@latest",
                Rule.CCT001, new Evidence("docker-compose.yml", 4, "image: minio/minio")),
                new StarterEntry("Équipe: café # x", "x", Rule.CCT008, null));
        for (List<StarterEntry> list : List.of(entries, List.<StarterEntry>of())) {
            String text = writer.write(list, LocalDate.of(2026, 5, 4));
            assertEquals(List.of(), schemaErrors(schema, text.getBytes(StandardCharsets.UTF_8)), text);
            String uncommented = text.replaceAll("(?m)^# (?=[a-zA-Z]+:( |$)|  )", "");
            assertEquals(List.of(), schemaErrors(schema, uncommented.getBytes(StandardCharsets.UTF_8)), uncommented);
        }
    }

    @Test
    void schemaIsAValidDraft07Schema() throws IOException {
        JsonSchema meta;
        try {
            meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        } catch (RuntimeException e) {
            Assumptions.abort("the draft-07 meta-schema is not available offline: " + e.getMessage());
            return;
        }
        assertEquals(Set.of(), meta.validate(schemaTree()));
    }

    @Test
    void schemaLoaderAndReadmeNameTheSameKeys() throws IOException {
        JsonNode schema = schemaTree();
        assertEquals(ConfigYamlReader.TOP_KEYS, names(schema.get("properties")));
        assertEquals(ConfigYamlReader.SCOPE_KEYS, names(schema.at("/properties/scopes/properties")));
        assertEquals(ConfigYamlReader.EMBEDDED_KEYS, names(schema.at("/definitions/declaration/properties")));
        assertEquals(ConfigYamlReader.WAIVER_KEYS, names(schema.at("/definitions/waiver/properties")));
        assertEquals(Arrays.stream(Rule.values()).map(Rule::id).toList(),
                names(schema.at("/properties/severity/properties")));
        assertEquals(ConfigYamlReader.SEVERITIES, JSON.convertValue(schema.at("/definitions/severity/enum"),
                List.class));
        assertEquals(List.of("component"), JSON.convertValue(schema.at("/definitions/declaration/required"),
                List.class));
        assertEquals(List.of("rule"), JSON.convertValue(schema.at("/definitions/waiver/required"), List.class));
        assertEquals("[{\"required\":[\"component\"]},{\"required\":[\"path\"]}]",
                schema.at("/definitions/waiver/anyOf").toString(), "a waiver names components, files, or both");
        for (JsonNode node : everyObjectSchema(schema)) {
            assertTrue(node.path("description").isTextual() || node.has("$ref"), "every part is described: " + node);
        }

        String readme = readme();
        Set<String> keys = new TreeSet<>();
        keys.addAll(ConfigYamlReader.TOP_KEYS);
        keys.addAll(ConfigYamlReader.SCOPE_KEYS);
        keys.addAll(ConfigYamlReader.EMBEDDED_KEYS);
        keys.addAll(ConfigYamlReader.WAIVER_KEYS);
        for (String key : keys) {
            assertTrue(readme.contains("`" + key + "`"), "README documents " + key);
        }
    }

    private static String readme() throws IOException {
        try (InputStream in = ConfigSchemaTest.class.getResourceAsStream("/cct-rules/config/README.md")) {
            assertNotNull(in, "rules/config/README.md ships in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The schema's property schemas, recursively. */
    private static List<JsonNode> everyObjectSchema(JsonNode schema) {
        List<JsonNode> found = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>(List.of(schema));
        while (!todo.isEmpty()) {
            JsonNode node = todo.remove(todo.size() - 1);
            for (String container : List.of("properties", "definitions")) {
                node.path(container).forEach(child -> {
                    if (!container.equals("properties") || !node.path("additionalProperties").isMissingNode()
                            || child.isObject()) {
                        found.add(child);
                        todo.add(child);
                    }
                });
            }
        }
        assertFalse(found.isEmpty());
        return found;
    }
}
