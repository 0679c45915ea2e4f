package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import fr.cctlint.config.Waiver;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeQualityReporterTest extends AbstractReporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    Reporter reporter() {
        return new CodeQualityReporter();
    }

    @Override
    String extension() {
        return "codequality.json";
    }

    static JsonSchema schema() throws IOException {
        return fr.cctlint.testing.ReportSchemas.gitlabCodeQuality();
    }

    private JsonNode issues(ScanReport report, Messages messages) throws IOException {
        return MAPPER.readTree(bytes(report, messages));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void matchesGitLabsDocumentedFormat(String fixture, String language) throws IOException {
        JsonNode issues = issues(ReportFixtures.all().get(fixture), messages(language));
        Set<ValidationMessage> errors = schema().validate(issues);
        assertTrue(errors.isEmpty(), errors.toString());
        Set<String> fingerprints = new HashSet<>();
        issues.forEach(i -> assertTrue(fingerprints.add(i.path("fingerprint").asText()), "duplicate fingerprint " + i));
    }

    @Test
    void theSchemaCheckRejectsABrokenReport() throws IOException {
        JsonNode issues = issues(ReportFixtures.one(), Messages.english());
        ((ObjectNode) issues.get(0)).put("severity", "error");
        assertFalse(schema().validate(issues).isEmpty(), "a severity outside GitLab's list must be rejected");
        JsonNode noLine = issues(ReportFixtures.one(), Messages.english());
        ((ObjectNode) noLine.get(0).path("location")).remove("lines");
        assertFalse(schema().validate(noLine).isEmpty(), "an issue without lines must be rejected");
    }

    @Test
    void oneIssuePerFinding() throws IOException {
        JsonNode issues = issues(ReportFixtures.one(), Messages.english());
        assertEquals(1, issues.size());
        JsonNode issue = issues.get(0);
        assertEquals("rabbitmq@3.13 is operated on its own and is not in the referential.", issue.path("description").asText());
        assertEquals("CCT001", issue.path("check_name").asText());
        assertEquals("critical", issue.path("severity").asText());
        assertEquals("bom.json", issue.path("location").path("path").asText());
        assertEquals(42, issue.path("location").path("lines").path("begin").asInt());
        assertTrue(issue.path("fingerprint").asText().matches("[0-9a-f]{32}"), issue.toString());
        assertEquals("rabbitmq@3.13 est exploité de façon autonome et ne figure pas au référentiel.",
                issues(ReportFixtures.one(), Messages.french()).get(0).path("description").asText());
        assertEquals(0, issues(ReportFixtures.empty(), Messages.english()).size());
    }

    @Test
    void severitiesMapToGitLabsLevels() throws IOException {
        List<JsonNode> issues = list(issues(ReportFixtures.many(), Messages.english()));
        assertEquals("critical", issues.stream().filter(i -> i.path("check_name").asText().equals("CCT008"))
                .findFirst().orElseThrow().path("severity").asText());
        assertEquals("minor", issues.stream().filter(i -> i.path("check_name").asText().equals("CCT002"))
                .findFirst().orElseThrow().path("severity").asText());
        assertEquals("info", issues.stream().filter(i -> i.path("check_name").asText().equals("CCT004"))
                .findFirst().orElseThrow().path("severity").asText());
    }

    @Test
    void everyFindingAndUnreportedProblemWithALineEvenWhenUnknown() throws IOException {
        List<JsonNode> issues = list(issues(ReportFixtures.many(), Messages.english()));
        // 11 findings, and the requirements.txt problem that no finding reports
        assertEquals(ReportFixtures.many().allFindings().size() + 1, issues.size());
        JsonNode jdk = issues.stream().filter(i -> i.path("location").path("path").asText().equals("sboms/legacy bom.xml"))
                .findFirst().orElseThrow();
        assertEquals(1, jdk.path("location").path("lines").path("begin").asInt());
        JsonNode problem = issues.stream().filter(i -> i.path("location").path("path").asText().equals("requirements.txt"))
                .findFirst().orElseThrow();
        assertEquals("CCT009", problem.path("check_name").asText());
        assertEquals("critical", problem.path("severity").asText());
        assertTrue(problem.path("description").asText().startsWith("Unsupported file"), problem.toString());
    }

    @Test
    void fingerprintsSurviveLineMovesAndLanguageButNotAnotherFinding() throws IOException {
        ScanReport one = ReportFixtures.one();
        InputReport input = one.inputs().get(0);
        Finding f = input.findings().get(0);
        Finding moved = new Finding(f.rule(), f.severity(), f.component(), f.product(), f.message(),
                new Evidence("bom.json", 97, "moved"), f.fingerprint());
        ScanReport later = ReportFixtures.scan(List.of(input.withFindings(List.of(moved))), one.failOn(), false);
        String fingerprint = issues(one, Messages.english()).get(0).path("fingerprint").asText();
        assertEquals(fingerprint, issues(later, Messages.english()).get(0).path("fingerprint").asText());
        assertEquals(fingerprint, issues(one, Messages.french()).get(0).path("fingerprint").asText());
        Finding other = new Finding(f.rule(), f.severity(), f.component(), f.product(), f.message(), f.location(),
                "another");
        ScanReport different = ReportFixtures.scan(List.of(input.withFindings(List.of(other))), one.failOn(), false);
        assertNotEquals(fingerprint, issues(different, Messages.english()).get(0).path("fingerprint").asText());
        // the same finding twice (two inputs sharing it) still gives two distinct fingerprints
        ScanReport twice = ReportFixtures.scan(List.of(input, input), one.failOn(), false);
        List<String> both = list(issues(twice, Messages.english())).stream().map(i -> i.path("fingerprint").asText()).toList();
        assertEquals(fingerprint, both.get(0));
        assertEquals(2, new HashSet<>(both).size(), both.toString());
    }

    @Test
    void waivedFindingsAreLeftOut() throws IOException {
        InputReport input = ReportFixtures.one().inputs().get(0);
        Finding f = input.findings().get(0);
        Waiver waiver = new Waiver("CCT001", "pkg:docker/library/rabbitmq", "bid accepted with RabbitMQ", "DNUM",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31), new Evidence(".cct-lint.yaml", 4, ""));
        InputReport waived = new InputReport(input.source(), input.assessments(), List.of(),
                List.of(new Suppression(f, waiver)), List.of(), 0);
        ScanReport report = ReportFixtures.scan(List.of(waived), fr.cctlint.policy.Severity.ERROR, false);
        assertEquals(0, issues(report, Messages.english()).size());
    }

    @Test
    void pathsAreRelativeWithForwardSlashes() {
        assertEquals("app/pom.xml", CodeQualityReporter.path("./app/pom.xml"));
        assertEquals("app/pom.xml", CodeQualityReporter.path(".\\app\\pom.xml"));
        assertEquals("docker-compose.yml", CodeQualityReporter.path("docker-compose.yml"));
    }

    @Test
    void hostileTextStaysOneLineOfJsonText() throws IOException {
        List<String> descriptions = new ArrayList<>();
        issues(ReportFixtures.many(), Messages.english()).forEach(i -> descriptions.add(i.path("description").asText()));
        assertTrue(descriptions.contains("com.example/evil<&>\"lib\uFFFD@1.0 is operated on its own and is not in the referential."),
                descriptions.toString());
    }
}
