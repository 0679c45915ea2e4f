package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Rule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReporterTest extends AbstractReporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    Reporter reporter() {
        return new SarifReporter();
    }

    @Override
    String extension() {
        return "sarif";
    }

    JsonNode sarif(ScanReport report, Messages messages) throws IOException {
        return MAPPER.readTree(render(report, messages));
    }

    static JsonSchema officialSchema() throws IOException {
        return fr.cctlint.testing.ReportSchemas.sarif();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void validatesAgainstTheOfficialSchema(String fixture, String language) throws IOException {
        JsonSchema schema = officialSchema();
        Set<ValidationMessage> errors = schema.validate(sarif(ReportFixtures.all().get(fixture), messages(language)));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aScanWithoutInputsIsAValidLogWithNoRuns() throws IOException {
        JsonNode log = sarif(ReportFixtures.scan(List.of(), fr.cctlint.policy.Severity.ERROR, false), Messages.english());
        assertTrue(officialSchema().validate(log).isEmpty());
        assertEquals(0, log.path("runs").size());
    }

    @Test
    void theSchemaCheckRejectsABrokenLog() throws IOException {
        JsonSchema schema = officialSchema();
        ObjectNode log = (ObjectNode) sarif(ReportFixtures.one(), Messages.english());
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(schema.validate(log).isEmpty(), "a result level outside the enum must be rejected");
    }

    @Test
    void oneRunPerInputEachWithTheWholeCatalogue() throws IOException {
        JsonNode log = sarif(ReportFixtures.many(), Messages.english());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(3, log.path("runs").size());
        for (JsonNode run : log.path("runs")) {
            JsonNode rules = run.at("/tool/driver/rules");
            assertEquals(Rule.values().length, rules.size());
            for (Rule rule : Rule.values()) {
                JsonNode descriptor = rules.get(rule.ordinal());
                assertEquals(rule.id(), descriptor.path("id").asText());
                assertEquals(rule.slug(), descriptor.path("name").asText());
                assertFalse(descriptor.at("/help/markdown").asText().isBlank());
            }
            assertEquals("warning", rules.get(Rule.CCT002.ordinal()).at("/defaultConfiguration/level").asText());
            assertEquals("note", rules.get(Rule.CCT004.ordinal()).at("/defaultConfiguration/level").asText());
            // several runs need distinct categories for GitHub to keep their alerts apart
            assertTrue(run.at("/automationDetails/id").asText().startsWith("cct-lint/"));
        }
    }

    @Test
    void aNewProjectRaisesTheDefaultLevelOfStatusM() throws IOException {
        ScanReport newProject = ReportFixtures.scan(ReportFixtures.one().inputs(), fr.cctlint.policy.Severity.ERROR, true);
        JsonNode rules = sarif(newProject, Messages.english()).at("/runs/0/tool/driver/rules");
        assertEquals("error", rules.get(Rule.CCT002.ordinal()).at("/defaultConfiguration/level").asText());
    }

    @Test
    void everyResultPointsAtItsEvidence() throws IOException {
        JsonNode run = sarif(ReportFixtures.many(), Messages.english()).at("/runs/0");
        List<String> artifacts = new ArrayList<>();
        run.path("artifacts").forEach(a -> artifacts.add(a.at("/location/uri").asText()));
        for (JsonNode result : run.path("results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            String uri = physical.at("/artifactLocation/uri").asText();
            assertFalse(uri.isEmpty() || uri.contains("\\") || uri.startsWith("/"), uri);
            assertEquals("%SRCROOT%", physical.at("/artifactLocation/uriBaseId").asText());
            assertEquals(uri, artifacts.get(physical.at("/artifactLocation/index").asInt()));
            assertTrue(physical.at("/region/startLine").asInt() >= 1, result.toString());
            assertEquals(Rule.valueOf(result.path("ruleId").asText()).ordinal(), result.path("ruleIndex").asInt());
            assertFalse(result.at("/partialFingerprints/cctFingerprint~1v1").asText().isEmpty());
        }
        JsonNode rabbit = null;
        for (JsonNode r : run.path("results")) {
            if (r.at("/locations/0/physicalLocation/region/startLine").asInt() == 20) {
                rabbit = r;
            }
        }
        assertEquals("CCT001", rabbit.path("ruleId").asText());
        assertEquals("error", rabbit.path("level").asText());
        assertEquals("docker-compose.yml", rabbit.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(20, rabbit.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("image: rabbitmq:3.13-management",
                rabbit.at("/locations/0/physicalLocation/region/snippet/text").asText());
        assertEquals("pkg:docker/library/rabbitmq@3.13-management",
                rabbit.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    }

    @Test
    void aLocationWithoutLineHasNoInventedRegion() throws IOException {
        JsonNode result = sarif(ReportFixtures.many(), Messages.english()).at("/runs/1/results/0");
        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertEquals("sboms/legacy%20bom.xml", physical.at("/artifactLocation/uri").asText());
        assertTrue(physical.path("region").isMissingNode(), physical.toString());
    }

    @Test
    void readProblemsAreToolExecutionNotifications() throws IOException {
        JsonNode runs = sarif(ReportFixtures.many(), Messages.english()).path("runs");
        JsonNode invocation = runs.at("/0/invocations/0");
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertEquals(2, notifications.size());
        JsonNode json = notifications.get(0);
        assertEquals("error", json.path("level").asText());
        assertEquals("Invalid JSON at line 3: unexpected character.", json.at("/message/text").asText());
        assertEquals("web/package.json", json.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(3, json.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(5, json.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("CCT009", json.at("/associatedRule/id").asText());
        // a fatal problem: the input could not be read at all
        assertFalse(runs.at("/2/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void runPropertiesNameTheReferentialEditionAndThreshold() throws IOException {
        JsonNode properties = sarif(ReportFixtures.one(), Messages.english()).at("/runs/0/properties");
        assertEquals("cct-mi", properties.at("/referentialEditions/0/id").asText());
        assertEquals("5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19", properties.at("/referentialEditions/0/revision").asText());
        assertEquals("2025-01-18", properties.at("/referentialEditions/0/date").asText());
        assertEquals("error", properties.path("failOn").asText());
        assertFalse(properties.path("conform").asBoolean());
    }

    @Test
    void statusFindingsCarryTheReferentialRow() throws IOException {
        JsonNode results = sarif(ReportFixtures.many(), Messages.french()).at("/runs/0/results");
        JsonNode tomcat = null;
        for (JsonNode r : results) {
            if ("CCT002".equals(r.path("ruleId").asText())) {
                tomcat = r;
            }
        }
        assertEquals("AT-1210", tomcat.at("/properties/referentialRef").asText());
        assertEquals("M", tomcat.at("/properties/referentialStatus").asText());
        assertEquals("maintenu", tomcat.at("/properties/referentialStatusLabel").asText());
        assertEquals("fr", sarif(ReportFixtures.many(), Messages.french()).at("/runs/0/language").asText());
    }
}
