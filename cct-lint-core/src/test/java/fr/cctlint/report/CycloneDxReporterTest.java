package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Inventory;
import fr.cctlint.policy.Severity;
import fr.cctlint.sbom.SbomReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CycloneDxReporterTest extends AbstractReporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    Reporter reporter() {
        return new CycloneDxReporter();
    }

    @Override
    String extension() {
        return "cdx.json";
    }

    private JsonNode bom(ScanReport report, Messages messages) throws IOException {
        return MAPPER.readTree(bytes(report, messages));
    }

    private static Optional<JsonNode> byName(JsonNode list, String name) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> name.equals(n.path("name").asText()))
                .findFirst();
    }

    private static List<String> property(JsonNode node, String name) {
        List<String> values = new ArrayList<>();
        node.path("properties").forEach(p -> {
            if (name.equals(p.path("name").asText())) {
                values.add(p.path("value").asText());
            }
        });
        return values;
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void validatesAgainstTheCycloneDx16SchemaOfCoreJava(String fixture, String language) throws IOException {
        List<ParseException> errors = new JsonParser().validate(bytes(ReportFixtures.all().get(fixture),
                messages(language)), Version.VERSION_16);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSchemaCheckRejectsABrokenBom() throws IOException {
        String bom = new String(bytes(ReportFixtures.one(), Messages.english()), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"scope\": \"required\"", "\"scope\": \"sometimes\"");
        assertFalse(new JsonParser().validate(bom.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Version.VERSION_16).isEmpty(), "a scope outside the enum must be rejected");
    }

    @Test
    void componentCarriesIdentityEvidenceAndVerdict() throws IOException {
        JsonNode bom = bom(ReportFixtures.one(), Messages.english());
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        assertEquals("1.6", bom.path("specVersion").asText());
        JsonNode rabbit = bom.path("components").get(0);
        assertEquals("container", rabbit.path("type").asText());
        assertEquals("pkg:docker/library/rabbitmq@3.13", rabbit.path("bom-ref").asText());
        assertEquals("pkg:docker/library/rabbitmq@3.13", rabbit.path("purl").asText());
        assertEquals("rabbitmq", rabbit.path("name").asText());
        assertEquals("3.13", rabbit.path("version").asText());
        assertEquals("required", rabbit.path("scope").asText());
        JsonNode occurrence = rabbit.path("evidence").path("occurrences").get(0);
        assertEquals("bom.json", occurrence.path("location").asText());
        assertEquals(42, occurrence.path("line").asInt());
        assertEquals("\"purl\": \"pkg:docker/library/rabbitmq@3.13\"", occurrence.path("additionalContext").asText());
        assertEquals(List.of("UNLISTED_OPERATED"), property(rabbit, "cct:verdict"));
        assertEquals(List.of("OPERATED"), property(rabbit, "cct:deployment"));
        assertEquals(List.of("container image run as a compose service"), property(rabbit, "cct:reason"));
        assertEquals(List.of("CCT001"), property(rabbit, "cct:finding"));
        assertEquals(List.of(), property(rabbit, "cct:ref"), "an unlisted component names no referential row");
        assertEquals(List.of("bom.json"), property(rabbit, "cct:input"));
        // the reason is rendered in the report language
        assertEquals(List.of("image de conteneur lancée comme service compose"),
                property(bom(ReportFixtures.one(), Messages.french()).path("components").get(0), "cct:reason"));
    }

    @Test
    void listedComponentsNameTheirReferentialRowAndStatus() throws IOException {
        JsonNode components = bom(ReportFixtures.many(), Messages.english()).path("components");
        JsonNode tomcat = byName(components, "tomcat-embed-core").orElseThrow();
        assertEquals("org.apache.tomcat.embed", tomcat.path("group").asText());
        assertEquals(List.of("AT-1210"), property(tomcat, "cct:ref"));
        assertEquals(List.of("M"), property(tomcat, "cct:status"));
        assertEquals(List.of("LISTED_WITH_STATUS"), property(tomcat, "cct:verdict"));
        assertEquals(List.of("EMBEDDED"), property(tomcat, "cct:deployment"));
        assertEquals(List.of("CCT002"), property(tomcat, "cct:finding"));
        // listed in other versions only: the product's row, no status
        JsonNode old = StreamSupport.stream(components.spliterator(), false)
                .filter(c -> "9.6".equals(c.path("version").asText())).findFirst().orElseThrow();
        assertEquals(List.of("AT-1541"), property(old, "cct:ref"));
        assertEquals(List.of(), property(old, "cct:status"));
        assertEquals(List.of("VERSION_NOT_LISTED"), property(old, "cct:verdict"));
        // a test dependency is excluded, and says why
        JsonNode junit = byName(components, "junit-jupiter").orElseThrow();
        assertEquals("excluded", junit.path("scope").asText());
        assertEquals(List.of("test"), property(junit, "cct:scope"));
        assertEquals(List.of(), property(junit, "cct:finding"));
        // a component without a line has an occurrence without a line
        JsonNode jdk = byName(components, "Oracle JDK").orElseThrow();
        JsonNode occurrence = jdk.path("evidence").path("occurrences").get(0);
        assertEquals("sboms/legacy bom.xml", occurrence.path("location").asText());
        assertTrue(occurrence.path("line").isMissingNode(), occurrence.toString());
        assertEquals(List.of("sboms/legacy bom.xml"), property(jdk, "cct:input"));
    }

    @Test
    void servicesAreCycloneDxServicesWithTheirEvidenceAsProperties() throws IOException {
        JsonNode bom = bom(ReportFixtures.many(), Messages.english());
        assertTrue(byName(bom.path("components"), "MariaDB server").isEmpty());
        JsonNode mariadb = byName(bom.path("services"), "MariaDB server").orElseThrow();
        assertEquals(List.of("app/pom.xml:57"), property(mariadb, "cct:evidence"));
        assertEquals(List.of("CCT008"), property(mariadb, "cct:finding"));
        assertEquals(List.of("UNLISTED_OPERATED"), property(mariadb, "cct:verdict"));
    }

    @Test
    void metadataNamesToolTimeSubjectAndThreshold() throws IOException {
        JsonNode metadata = bom(ReportFixtures.one(), Messages.english()).path("metadata");
        assertEquals("2026-03-02T09:15:30Z", metadata.path("timestamp").asText());
        JsonNode tool = metadata.path("tools").path("components").get(0);
        assertEquals("cct-lint", tool.path("name").asText());
        assertEquals("0.1.0", tool.path("version").asText());
        assertEquals("shop 1.4.0", metadata.path("component").path("name").asText());
        assertEquals("application", metadata.path("component").path("type").asText());
        assertEquals(List.of("ERROR"), property(metadata, "cct:failOn"));
        assertEquals(List.of("false"), property(metadata, "cct:conform"));
        assertEquals(List.of("CCT product referential (cct-mi), revision 5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19, "
                + "2025-01-18"), property(metadata, "cct:referential"));
        // inputs describing different applications (or none): no single subject
        assertTrue(bom(ReportFixtures.many(), Messages.english()).path("metadata").path("component").isMissingNode());
        assertEquals(List.of("true"), property(bom(ReportFixtures.empty(), Messages.english()).path("metadata"),
                "cct:conform"));
    }

    @Test
    void findingsAreAnnotationsWithTheirMessage() throws IOException {
        JsonNode bom = bom(ReportFixtures.many(), Messages.english());
        List<String> texts = new ArrayList<>();
        bom.path("annotations").forEach(a -> texts.add(a.path("subjects").get(0).asText() + " " + a.path("text").asText()));
        assertTrue(texts.contains("pkg:docker/library/rabbitmq@3.13-management CCT001 (error) docker-compose.yml:20: "
                + "rabbitmq@3.13-management is operated on its own and is not in the referential."), texts.toString());
        // on no component: the waiver finding, the unreadable files and the problem no finding reports
        assertTrue(texts.contains("cct-lint CCT007 (warning) .cct-lint.yaml:8: The waiver for pkg:docker/library/mongo "
                + "expired on 2025-12-31."), texts.toString());
        assertTrue(texts.contains("cct-lint CCT009 (error) sboms/bid.spdx.json: sboms/bid.spdx.json could not be parsed: "
                + "SPDX"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("cct-lint CCT009 (error) requirements.txt: Unsupported file")),
                texts.toString());
        assertEquals(ReportFixtures.many().allFindings().size() + 1, texts.size(), texts.toString());
        bom.path("annotations").forEach(a -> assertEquals("2026-03-02T09:15:30Z", a.path("timestamp").asText()));
    }

    @Test
    void serialNumberIsDerivedFromTheContent() throws IOException {
        String one = bom(ReportFixtures.one(), Messages.english()).path("serialNumber").asText();
        assertTrue(one.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), one);
        assertEquals(one, bom(ReportFixtures.one(), Messages.english()).path("serialNumber").asText());
        assertNotEquals(one, bom(ReportFixtures.many(), Messages.english()).path("serialNumber").asText());
        ScanReport lenient = ReportFixtures.scan(ReportFixtures.one().inputs(), Severity.NONE, false);
        assertNotEquals(one, bom(lenient, Messages.english()).path("serialNumber").asText());
    }

    @Test
    void bomRefsStayUniqueWhenTwoInputsShareAComponent() throws IOException {
        ScanReport twice = ReportFixtures.scan(List.of(ReportFixtures.one().inputs().get(0),
                ReportFixtures.one().inputs().get(0)), Severity.ERROR, false);
        JsonNode bom = bom(twice, Messages.english());
        assertEquals("pkg:docker/library/rabbitmq@3.13", bom.path("components").get(0).path("bom-ref").asText());
        assertEquals("pkg:docker/library/rabbitmq@3.13#2", bom.path("components").get(1).path("bom-ref").asText());
        assertTrue(new JsonParser().validate(bytes(twice, Messages.english()), Version.VERSION_16).isEmpty());
    }

    @Test
    void cctLintReadsItsOwnBomBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cct-lint.cdx.json");
        Files.write(file, bytes(ReportFixtures.many(), Messages.english()));
        Inventory inventory = new SbomReader().read(file);
        assertTrue(inventory.problems().isEmpty(), inventory.problems().toString());
        Component mariadb = inventory.components().stream().filter(c -> c.name().equals("MariaDB server")).findFirst()
                .orElseThrow();
        assertEquals(ComponentType.SERVICE, mariadb.type());
        Component rabbit = inventory.components().stream()
                .filter(c -> "pkg:docker/library/rabbitmq@3.13-management".equals(c.purl())).findFirst().orElseThrow();
        assertEquals(ComponentType.CONTAINER, rabbit.type());
        assertEquals("3.13-management", rabbit.version());
        assertEquals("UNLISTED_OPERATED", rabbit.property("cct:verdict"));
    }
}
