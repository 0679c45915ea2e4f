package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cctlint.classify.Classification;
import fr.cctlint.classify.Deployment;
import fr.cctlint.config.Waiver;
import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Match;
import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published JSON Schema of the {@code json} report ({@code rules/report/cct-lint-report.schema.json}, shipped in
 * the jar) accepts every report cct-lint writes — the golden files, the examples' committed reports and a report
 * using every optional part — rejects broken ones for the right reason, and names the same enum values as the code.
 */
class JsonReportSchemaTest {
    private static final String SCHEMA = "/cct-rules/report/cct-lint-report.schema.json";
    private static final String README = "/cct-rules/report/README.md";
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schemaTree() throws IOException {
        try (InputStream in = JsonReportSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "the schema ships in the jar under " + SCHEMA);
            return JSON.readTree(in);
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree());
    }

    private static List<String> errors(JsonSchema schema, JsonNode report) {
        return schema.validate(report).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode render(ScanReport report, Messages messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReporter().write(report, messages, out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(schemaTree()));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenJsonReportIsValid() throws IOException, URISyntaxException {
        URL folder = JsonReportSchemaTest.class.getResource("/report/golden");
        assertNotNull(folder, "golden files on the test classpath");
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            files = list.filter(p -> p.getFileName().toString().matches("[a-z]+\\.(en|fr)\\.json")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "a golden JSON per fixture and language: " + files);
        JsonSchema schema = schema();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertEquals(List.of(), errors(schema, JSON.readTree(file.toFile())))));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleJsonReportIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT.resolve("examples"))) {
            files = list.map(dir -> dir.resolve("expected/cct-lint.json")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 4, "each example under " + ROOT.resolve("examples") + " has its JSON report");
        JsonSchema schema = schema();
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(),
                () -> assertEquals(List.of(), errors(schema, JSON.readTree(file.toFile())))));
    }

    @Test
    void aReportUsingEveryOptionalPartIsValidInBothLanguages() throws IOException {
        JsonSchema schema = schema();
        for (Messages messages : List.of(Messages.english(), Messages.french())) {
            JsonNode report = render(everyPart(), messages);
            assertEquals(List.of(), errors(schema, report));
            // the parts this report exists for are really there
            assertEquals("GIT", report.at("/inputs/0/source/kind").asText());
            assertEquals("2027-06-01", report.at("/inputs/0/suppressed/0/waiver/expires").asText());
            assertEquals("NONE", report.at("/inputs/0/findings/0/severity").asText());
            assertEquals("DECLARED_EMBEDDED", report.at("/inputs/0/assessments/1/verdict").asText());
        }
    }

    /** A broken report and where the schema must say it is broken. */
    record Breakage(String what, String at, Consumer<ObjectNode> change) {
    }

    static List<Breakage> breakages() {
        return List.of(
                new Breakage("an unknown top-level field", "$", r -> r.put("score", 12)),
                new Breakage("another format version", "$.formatVersion", r -> r.put("formatVersion", 2)),
                new Breakage("no verdict", "$", r -> r.remove("conform")),
                new Breakage("a language cct-lint does not speak", "$.language", r -> r.put("language", "de")),
                new Breakage("an unknown fail-on threshold", "$.failOn", r -> r.put("failOn", "CRITICAL")),
                new Breakage("a negative count", "$.counts.failing", r -> obj(r, "/counts").put("failing", -1)),
                new Breakage("a verdict missing from the counts", "$.counts.byVerdict",
                        r -> obj(r, "/counts/byVerdict").remove("DECLARED_EMBEDDED")),
                new Breakage("an unknown source kind", "$.inputs[0].source.kind",
                        r -> obj(r, "/inputs/0/source").put("kind", "ZIP")),
                new Breakage("an unknown verdict", "$.inputs[0].assessments[0].verdict",
                        r -> obj(r, "/inputs/0/assessments/0").put("verdict", "ACCEPTED")),
                new Breakage("an unknown deployment", "$.inputs[0].assessments[0].classification.deployment",
                        r -> obj(r, "/inputs/0/assessments/0/classification").put("deployment", "SIDECAR")),
                new Breakage("a component type spelled the CycloneDX way", "$.inputs[0].assessments[0].component.type",
                        r -> obj(r, "/inputs/0/assessments/0/component").put("type", "container")),
                new Breakage("an unknown field in a component", "$.inputs[0].assessments[0].component",
                        r -> obj(r, "/inputs/0/assessments/0/component").put("licence", "MIT")),
                new Breakage("a listed version without its row", "$.inputs[0].assessments[3].match",
                        r -> obj(r, "/inputs/0/assessments/3/match").remove("entry")),
                new Breakage("a row with an unlisted version", "$.inputs[0].assessments[4].match.entry",
                        r -> obj(r, "/inputs/0/assessments/4/match").set("entry",
                                r.at("/inputs/0/assessments/7/match/entry").deepCopy())),
                new Breakage("a match without referential rows", "$.inputs[0].assessments[3].match.family",
                        r -> ((ArrayNode) r.at("/inputs/0/assessments/3/match/family")).removeAll()),
                new Breakage("an unknown rule", "$.inputs[0].findings[0].rule",
                        r -> obj(r, "/inputs/0/findings/0").put("rule", "CCT010")),
                new Breakage("an unknown severity", "$.inputs[0].findings[0].severity",
                        r -> obj(r, "/inputs/0/findings/0").put("severity", "BLOCKER")),
                new Breakage("a component id without the component's name", "$.inputs[0].findings[0]",
                        r -> obj(r, "/inputs/0/findings/0").remove("component")),
                new Breakage("a referential id without its status", "$.inputs[0].findings[5]",
                        r -> obj(r, "/inputs/0/findings/5").remove("referentialStatus")),
                new Breakage("a finding without fingerprint", "$.inputs[0].findings[0]",
                        r -> obj(r, "/inputs/0/findings/0").remove("fingerprint")),
                new Breakage("an empty message", "$.inputs[0].findings[0].message",
                        r -> obj(r, "/inputs/0/findings/0").put("message", "")),
                new Breakage("a line given as text", "$.inputs[0].findings[0].location.line",
                        r -> obj(r, "/inputs/0/findings/0/location").put("line", "57")),
                new Breakage("an unknown field in a finding", "$.inputs[0].findings[0]",
                        r -> obj(r, "/inputs/0/findings/0").put("cwe", "CWE-1104")),
                new Breakage("a reported finding carrying a waiver", "$.inputs[0].findings[0].waiver",
                        r -> obj(r, "/inputs/0/findings/0").putObject("waiver").put("rule", "CCT001")
                                .put("component", "rabbitmq")),
                new Breakage("a problem that does not say whether it is fatal", "$.inputs[0].problems[0]",
                        r -> obj(r, "/inputs/0/problems/0").remove("fatal")),
                new Breakage("an unknown status rule", "$.referential.statuses[0].rule",
                        r -> obj(r, "/referential/statuses/0").put("rule", "CCT000")));
    }

    /** Breakages of a suppressed finding, applied to {@link #everyPart()}. */
    static List<Breakage> suppressedBreakages() {
        return List.of(
                new Breakage("a suppressed finding without its waiver", "$.inputs[0].suppressed[0]",
                        r -> obj(r, "/inputs/0/suppressed/0").remove("waiver")),
                new Breakage("an unknown field in a suppressed finding", "$.inputs[0].suppressed[0]",
                        r -> obj(r, "/inputs/0/suppressed/0").put("ticket", "ARCH-12")),
                new Breakage("an unknown field in a waiver", "$.inputs[0].suppressed[0].waiver",
                        r -> obj(r, "/inputs/0/suppressed/0/waiver").put("owner", "Équipe titres")),
                new Breakage("an expiry that is not a date", "$.inputs[0].suppressed[0].waiver.expires",
                        r -> obj(r, "/inputs/0/suppressed/0/waiver").put("expires", "next year")),
                new Breakage("a waiver without its component", "$.inputs[0].suppressed[0].waiver",
                        r -> obj(r, "/inputs/0/suppressed/0/waiver").remove("component")),
                new Breakage("a source detail that is not text", "$.inputs[0].source.details.commit",
                        r -> obj(r, "/inputs/0/source/details").put("commit", 42)));
    }

    private static ObjectNode obj(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        assertTrue(node.isObject(), "the base report has an object at " + pointer);
        return (ObjectNode) node;
    }

    @TestFactory
    Stream<DynamicTest> brokenReportsAreRejectedWhereTheyAreBroken() throws IOException, URISyntaxException {
        JsonSchema schema = schema();
        URL golden = JsonReportSchemaTest.class.getResource("/report/golden/many.en.json");
        assertNotNull(golden);
        JsonNode many = JSON.readTree(Path.of(golden.toURI()).toFile());
        JsonNode everyPart = render(everyPart(), Messages.english());
        assertEquals(List.of(), errors(schema, many));
        assertEquals(List.of(), errors(schema, everyPart));
        return Stream.concat(
                breakages().stream().map(b -> rejection(schema, many, b)),
                suppressedBreakages().stream().map(b -> rejection(schema, everyPart, b)));
    }

    private static DynamicTest rejection(JsonSchema schema, JsonNode base, Breakage breakage) {
        return DynamicTest.dynamicTest(breakage.what(), () -> {
            ObjectNode broken = base.deepCopy();
            breakage.change().accept(broken);
            List<String> errors = errors(schema, broken);
            assertFalse(errors.isEmpty(), "accepted " + breakage.what());
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(breakage.at() + ": ")),
                    "rejected at " + breakage.at() + ": " + errors);
        });
    }

    @Test
    void enumsAreTheCodesConstants() throws IOException {
        JsonNode schema = schemaTree();
        assertEquals(names(Severity.values()), texts(schema.at("/$defs/severity/enum")));
        assertEquals(names(Verdict.values()), texts(schema.at("/$defs/verdict/enum")));
        assertEquals(names(Rule.values()), texts(schema.at("/$defs/rule/enum")));
        assertEquals(names(Deployment.values()), texts(schema.at("/$defs/deployment/enum")));
        assertEquals(names(ComponentType.values()), texts(schema.at("/$defs/component/properties/type/enum")));
        assertEquals(names(Scope.values()), texts(schema.at("/$defs/component/properties/scope/enum")));
        assertEquals(names(SourceKind.values()), texts(schema.at("/$defs/input/properties/source/properties/kind/enum")));
        assertEquals(names(Verdict.values()), texts(schema.at("/$defs/counts/properties/byVerdict/required")));
        assertEquals(ReportCounts.FINDING_SEVERITIES.stream().map(Severity::name).toList(),
                texts(schema.at("/$defs/counts/properties/bySeverity/required")));
        assertEquals(JsonReporter.FORMAT_VERSION, schema.at("/properties/formatVersion/const").asInt(),
                "the schema describes the format version the reporter writes");
    }

    @Test
    void everyPartIsDescribedAndTheReadmeNamesEveryField() throws IOException {
        JsonNode schema = schemaTree();
        Set<String> fields = new TreeSet<>();
        List<JsonNode> todo = new ArrayList<>(List.of(schema));
        int described = 0;
        while (!todo.isEmpty()) {
            JsonNode node = todo.remove(todo.size() - 1);
            if (node.has("properties") || node.has("enum") || node.has("type")) {
                assertTrue(node.path("description").isTextual() && !node.path("description").asText().isBlank(),
                        "every part is described: " + node);
                described++;
            }
            node.path("properties").fields().forEachRemaining(e -> {
                fields.add(e.getKey());
                todo.add(e.getValue());
            });
            node.path("$defs").forEach(todo::add);
            for (String child : List.of("items", "additionalProperties")) {
                if (node.path(child).isObject()) {
                    todo.add(node.path(child));
                }
            }
        }
        assertTrue(described > 50, "walked the whole schema: " + described);
        String readme;
        try (InputStream in = JsonReportSchemaTest.class.getResourceAsStream(README)) {
            assertNotNull(in, "rules/report/README.md ships in the jar");
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String field : fields) {
            assertTrue(readme.contains(field), "rules/report/README.md names " + field);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array.isArray(), "an array in the schema");
        List<String> texts = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            texts.add(it.next().asText());
        }
        return texts;
    }

    /**
     * A scan that uses what the fixtures leave out: a git revision, the subject application, a CPE, a product
     * declared embedded, a match whose version is unknown, a severity lowered to NONE by the project file, a
     * suppressed finding with a complete waiver, a status without a rule, fail-on NONE and a new project.
     */
    static ScanReport everyPart() {
        SourceInfo source = new SourceInfo(SourceKind.GIT, "https://git.example.org/titres/titres-api.git", null,
                "titres-api 3.2.0", Map.of(SourceInfo.COMMIT, "9f1c2e7d5b3a4c6e8f0a1b2c3d4e5f6a7b8c9d0e",
                        SourceInfo.REF, "v3.2.0", SourceInfo.REPOSITORY, "https://git.example.org/titres/titres-api.git"));
        Component app = new Component("titres-api", "titres-api", "fr.interieur.titres", "3.2.0",
                "pkg:maven/fr.interieur.titres/titres-api@3.2.0", null, ComponentType.APPLICATION, Scope.RUNTIME, true,
                List.of(new Evidence("pom.xml", 6, "<artifactId>titres-api</artifactId>")), Map.of());
        Component minio = new Component("pkg:docker/minio/minio@RELEASE.2024-05-01", "minio", "minio",
                "RELEASE.2024-05-01", "pkg:docker/minio/minio@RELEASE.2024-05-01",
                "cpe:2.3:a:minio:minio:2024-05-01:*:*:*:*:*:*:*", ComponentType.CONTAINER, Scope.RUNTIME, false,
                List.of(new Evidence("deploy/helm/values.yaml", 14, "repository: minio/minio"),
                        new Evidence("docker-compose.yml", 9, "image: minio/minio:RELEASE.2024-05-01")),
                Map.of("supplier", "MinIO, Inc."));
        Component tomcat = new Component("pkg:maven/org.apache.tomcat.embed/tomcat-embed-core",
                "tomcat-embed-core", "org.apache.tomcat.embed", null, "pkg:maven/org.apache.tomcat.embed/tomcat-embed-core",
                null, ComponentType.LIBRARY, Scope.RUNTIME, false,
                List.of(new Evidence("pom.xml", 31, "<artifactId>tomcat-embed-core</artifactId>")), Map.of());
        Component redis = new Component("pkg:docker/library/redis@7.2", "redis", null, "7.2",
                "pkg:docker/library/redis@7.2", null, ComponentType.CONTAINER, Scope.RUNTIME, false,
                List.of(new Evidence("docker-compose.yml", 4, "image: redis:7.2")), Map.of());
        List<Assessment> assessments = List.of(
                new Assessment(app, new Classification(Deployment.UNKNOWN, Message.of("reportfixture.reason.library")),
                        null, Verdict.OUT_OF_SCOPE),
                new Assessment(minio, new Classification(Deployment.EMBEDDED, Message.of("reportfixture.reason.image")),
                        null, Verdict.DECLARED_EMBEDDED),
                new Assessment(tomcat, new Classification(Deployment.EMBEDDED,
                        Message.of("reportfixture.reason.library")),
                        new Match(List.of(ReportFixtures.TOMCAT), null, "purl pkg:maven/org.apache.tomcat*/*"),
                        Verdict.VERSION_NOT_LISTED),
                new Assessment(redis, new Classification(Deployment.OPERATED, Message.of("reportfixture.reason.image")),
                        new Match(List.of(ReportFixtures.REDIS), ReportFixtures.REDIS, "image redis"),
                        Verdict.LISTED_WITH_STATUS));
        Finding lowered = new Finding(Rule.CCT004, Severity.NONE, redis, ReportFixtures.REDIS,
                Message.of("reportfixture.statusA", redis.displayName(), "AT-1577 Redis 7", ReportFixtures.REDIS.comment()),
                redis.primaryEvidence(), "fp-redis-none");
        Finding waived = new Finding(Rule.CCT005, Severity.WARNING, tomcat, ReportFixtures.TOMCAT,
                Message.of("reportfixture.versionNotListed", tomcat.displayName(), "9"), tomcat.primaryEvidence(),
                "fp-tomcat-version");
        Waiver waiver = new Waiver("CCT005", "pkg:maven/org.apache.tomcat.embed/*",
                "Version pinned by the parent POM of the platform team", "Comité d'architecture",
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1), new Evidence(".cct-lint.yaml", 12, "- rule: CCT005"));
        InputReport input = new InputReport(source, assessments, List.of(lowered),
                List.of(new Suppression(waived, waiver)), List.of(), 2);
        return new ScanReport(ReportFixtures.TOOL, ReportFixtures.referential(), List.of(input), Severity.NONE, true,
                ReportFixtures.FINISHED);
    }
}
