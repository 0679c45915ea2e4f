package fr.cctlint.sbom;

import static fr.cctlint.sbom.SbomFixturesTest.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The reader on third-party files: the CycloneDX conformance suite and real SBOMs from ../shared/corpus. */
class SbomCorpusTest {

    /**
     * valid-* files that CycloneDX core-java 12.1.0's bundled XSDs reject although the specification accepts
     * them (the {@code modelCard} elements of the ML model card): still read, but with schema problems.
     */
    private static final Map<String, String> KNOWN_SCHEMA_DEVIATIONS = Map.of(
            "valid-machine-learning-1.5.xml", "core-java's bundled 1.5 XSD lags the specification's",
            "valid-machine-learning-1.6.xml", "core-java's bundled 1.6 XSD lags the specification's");

    private final SbomReader reader = new SbomReader();

    private static Path corpus(String folder) {
        String shared = System.getProperty("cct.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", folder)),
                "../shared/corpus/" + folder + " is absent: third-party corpus tests skipped");
        return Path.of(shared, "corpus", folder);
    }

    private static boolean isSchemaProblem(Problem p) {
        return p.message().key().startsWith("sbom.schemaProblem");
    }

    @TestFactory
    Stream<DynamicTest> cycloneDxConformanceSuite() throws IOException {
        Path root = corpus("cyclonedx-spec-tests");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 300, "conformance files found: " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            String name = file.getFileName().toString();
            Inventory inv = reader.read(file);
            for (Problem p : inv.problems()) {
                assertEquals(file.toString(), p.file(), p.toString());
            }
            if (name.startsWith("valid-")) {
                assertFalse(inv.unreadable(), () -> "valid file unreadable: " + inv.problems());
                if (!KNOWN_SCHEMA_DEVIATIONS.containsKey(name)) {
                    assertEquals(List.of(), inv.problems().stream().filter(SbomCorpusTest::isSchemaProblem).toList());
                }
                assertNotNull(inv.source().format());
            } else if (name.startsWith("informal-")) {
                // constraints the schemas cannot express (said so by the suite): read without exception, no more
                assertNotNull(inv.source());
            } else {
                assertTrue(name.startsWith("invalid-"), name);
                if (inv.problems().isEmpty()) {
                    // only 1.7 may get here: core-java 12.1.0 ships no 1.7 schema to validate against
                    assumeTrue(!inv.source().details().getOrDefault("schemaValidation", "").startsWith("unavailable"),
                            "no CycloneDX " + inv.source().format() + " schema in CycloneDX core-java 12.1.0");
                }
                assertFalse(inv.problems().isEmpty(), "an invalid file must give at least one problem");
            }
        }));
    }

    private Inventory readReal(String folder, String name) {
        Path file = corpus(folder).resolve(name);
        Inventory inv = reader.read(file);
        assertFalse(inv.unreadable(), () -> inv.problems().toString());
        for (Component c : inv.components()) {
            assertEquals(file.toString(), c.primaryEvidence().file());
        }
        return inv;
    }

    private static Component named(Inventory inv, String name) {
        return inv.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not read"));
    }

    @Test
    void everyRealSbomReads() throws IOException {
        for (String folder : List.of("sboms", "sboms-cdxgen")) {
            try (Stream<Path> files = Files.list(corpus(folder))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).toList()) {
                    Inventory inv = reader.read(file);
                    assertFalse(inv.unreadable(), () -> file + ": " + inv.problems());
                    assertFalse(inv.components().isEmpty(), file.toString());
                    assertTrue(inv.components().stream().allMatch(c -> c.primaryEvidence().line() > 0),
                            file + ": every component has a line");
                }
            }
        }
    }

    @Test
    void dropwizardJsonAndXmlAgree() throws IOException {
        // counts checked independently with python (metadata.component + components, recursively)
        Inventory json = readReal("sboms", "dropwizard-1.3.15__bom.json");
        Inventory xml = readReal("sboms", "dropwizard-1.3.15__bom.xml");
        assertEquals(168, json.components().size());
        assertEquals(168, xml.components().size());
        assertEquals("CycloneDX 1.2 JSON", json.source().format());
        assertEquals("CycloneDX 1.2 XML", xml.source().format());
        assertEquals("dropwizard-parent@1.3.15", json.source().subject());
        assertEquals(json.components().stream().map(Component::id).toList(),
                xml.components().stream().map(Component::id).toList());

        String ref = "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar";
        Component inJson = json.components().stream().filter(c -> c.id().equals(ref)).findFirst().orElseThrow();
        Component inXml = xml.components().stream().filter(c -> c.id().equals(ref)).findFirst().orElseThrow();
        Path jsonFile = corpus("sboms").resolve("dropwizard-1.3.15__bom.json");
        Path xmlFile = corpus("sboms").resolve("dropwizard-1.3.15__bom.xml");
        assertEquals(645, inJson.primaryEvidence().line(), "checked by hand: the '{' opening the component");
        assertEquals(lineOf(jsonFile, "\"bom-ref\": \"" + ref) - 2, inJson.primaryEvidence().line());
        assertEquals(lineOf(xmlFile, "<component bom-ref=\"" + ref + "\""), inXml.primaryEvidence().line());
        assertEquals("FasterXML", inJson.property("publisher"));
    }

    @Test
    void bigRealSboms() {
        assertEquals(904, readReal("sboms", "keycloak-10.0.2__bom.json").components().size());
        assertEquals(841, readReal("sboms", "juice-shop__v11.1.2__bom.json").components().size());
        assertEquals(202, readReal("sboms", "proton-bridge__proton-bridge-v1.8.0.bom.json").components().size());

        Inventory laravel11 = readReal("sboms", "laravel-7.12.0__bom.1.1.xml");
        assertEquals("CycloneDX 1.1 XML", laravel11.source().format());
        assertEquals(62, laravel11.components().size());
        Inventory laravel12 = readReal("sboms", "laravel-7.12.0__bom.1.2.json");
        assertEquals(63, laravel12.components().size());
        assertFalse(laravel12.source().details().containsKey("timestamp"), "no timestamp in the file: none invented");
    }

    @Test
    void operationsBomWithAnOperatingSystem() {
        Inventory inv = readReal("sboms", "Example-1-Standalone__bom.json");
        assertEquals(905, inv.components().size());
        Component rhel = named(inv, "Red Hat Enterprise Linux");
        assertEquals(ComponentType.OPERATING_SYSTEM, rhel.type());
        assertEquals("Red Hat", rhel.property("supplier"));
        assertEquals("cpe:2.3:o:redhat:enterprise_linux:8.0:*:*:*:*:*:*:*", rhel.cpe());
        assertEquals("rhel-8.0", rhel.id());
        assertEquals(57746, rhel.primaryEvidence().line(), "checked by hand");
        assertTrue(inv.problems().stream().allMatch(p -> !p.fatal() && isSchemaProblem(p)),
                "its external reference URLs fail the 1.4 iri-reference format: warnings only");
    }

    @Test
    void saasBomWithNestedServices() {
        Inventory inv = readReal("sboms", "SaaSBOM__apigateway-microservices-datastores__bom.json");
        assertEquals(List.of(), inv.problems());
        assertEquals(7, inv.components().size());
        assertEquals(6, inv.components().stream().filter(c -> c.type() == ComponentType.SERVICE).count());
        Component gateway = named(inv, "API Gateway");
        assertEquals(16, gateway.primaryEvidence().line(), "checked by hand");
        assertEquals("Acme Inc", gateway.property("supplier"));
        assertEquals("com.example", gateway.group());
        Component ms1 = named(inv, "Microservice 1");
        assertEquals("ms-1.example.com", ms1.id());
        assertEquals(53, ms1.primaryEvidence().line(), "a service nested in the gateway, checked by hand");
        assertTrue(named(inv, "Acme Cloud Example").subject());
    }

    @Test
    void cdxgenContainersWithOciPurls() {
        Inventory inv = readReal("sboms-cdxgen", "Queen-Back-Office.cdxgen-containers.cdx.json");
        assertEquals("CycloneDX 1.7 JSON", inv.source().format());
        assertEquals("cdxgen 12.8.4", inv.source().details().get("tools"));
        assertEquals(7, inv.components().size());
        Component postgres = named(inv, "postgres");
        assertEquals(ComponentType.CONTAINER, postgres.type());
        assertEquals("pkg:oci/postgres@14.21?tag=14.21", postgres.purl());
        assertEquals("14.21", postgres.version());
        assertEquals(null, postgres.group(), "cdxgen writes an empty group");
        assertEquals(1, postgres.primaryEvidence().line(), "cdxgen writes one line");
        assertEquals("pkg:oci/postgres@14.21?tag=14.21", postgres.primaryEvidence().text());
        assertEquals(List.of("keycloak", "queen-db", "queen-db-ciphered"), inv.components().stream()
                .filter(c -> c.type() == ComponentType.SERVICE).map(Component::name).toList());

        assertEquals(9, readReal("sboms-cdxgen", "georchestra.cdxgen-containers.cdx.json").components().size());
        assertEquals(6, readReal("sboms-cdxgen", "Bauhaus-Back-Office.cdxgen-containers.cdx.json").components().size());
    }
}
