package fr.cctlint.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on our own small realistic SBOMs, one per format and version family. */
class SbomFixturesTest {

    private final SbomReader reader = new SbomReader();

    static Path fixture(String name) {
        try {
            return Path.of(SbomFixturesTest.class.getResource("/sbom/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1-based line of the first line containing the marker: the test's independent answer. */
    static int lineOf(Path file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker + " not in " + file);
    }

    static Map<String, Component> byName(Inventory inventory) {
        return inventory.components().stream().collect(Collectors.toMap(Component::name, Function.identity()));
    }

    @Test
    void cycloneDx12Json() throws IOException {
        Path file = fixture("cyclonedx-1.2.json");
        Inventory inv = reader.read(file);

        assertEquals(List.of(), inv.problems());
        assertEquals(SourceKind.SBOM, inv.source().kind());
        assertEquals(file.toString(), inv.source().location());
        assertEquals("CycloneDX 1.2 JSON", inv.source().format());
        assertEquals("demarches-api@2.4.0", inv.source().subject());
        assertEquals("urn:uuid:0b4a5d2e-6f1c-4c8a-9a53-2f1c1e7d9a01", inv.source().details().get("serialNumber"));
        assertEquals("3", inv.source().details().get("version"));
        assertEquals("2024-03-14T09:30:00Z", inv.source().details().get("timestamp"));
        assertEquals("CycloneDX Maven plugin 2.7.9", inv.source().details().get("tools"));
        assertEquals("passed", inv.source().details().get("schemaValidation"));

        assertEquals(4, inv.components().size());
        Map<String, Component> c = byName(inv);
        Component app = c.get("demarches-api");
        assertTrue(app.subject());
        assertEquals(ComponentType.APPLICATION, app.type());
        assertEquals(lineOf(file, "\"component\": {"), app.primaryEvidence().line());

        Component pg = c.get("postgresql");
        assertFalse(pg.subject());
        assertEquals("pkg:maven/org.postgresql/postgresql@42.7.3?type=jar", pg.id());
        assertEquals("pkg:maven/org.postgresql/postgresql@42.7.3?type=jar", pg.purl());
        assertEquals("org.postgresql", pg.group());
        assertEquals("42.7.3", pg.version());
        assertEquals(Scope.RUNTIME, pg.scope());
        assertEquals("PostgreSQL Global Development Group", pg.property("publisher"));
        assertEquals("library", pg.property("cdx:type"));
        assertEquals(file.toString(), pg.primaryEvidence().file());
        assertEquals(lineOf(file, "\"bom-ref\": \"pkg:maven/org.postgresql") - 2, pg.primaryEvidence().line());
        assertEquals(pg.purl(), pg.primaryEvidence().text());

        assertEquals(ComponentType.FRAMEWORK, c.get("spring-core").type());

        Component log4j = c.get("log4j-core");
        assertEquals(Scope.OPTIONAL, log4j.scope());
        assertNull(log4j.purl());
        assertEquals("cpe:2.3:a:apache:log4j:2.17.1:*:*:*:*:*:*:*", log4j.cpe());
        assertEquals(file + "#3", log4j.id(), "no bom-ref, no purl: a stable id from the file and the position");
        assertEquals("log4j-core@2.17.1", log4j.primaryEvidence().text());
    }

    @Test
    void cycloneDx14XmlWithNestedExcludedAndServices() throws IOException {
        Path file = fixture("cyclonedx-1.4.xml");
        Inventory inv = reader.read(file);

        assertEquals(List.of(), inv.problems());
        assertEquals("CycloneDX 1.4 XML", inv.source().format());
        assertEquals("portail-usagers@1.8.2", inv.source().subject());
        assertEquals("2023-11-02T16:05:00Z", inv.source().details().get("timestamp"));
        assertEquals("cyclonedx-npm 1.16.1", inv.source().details().get("tools"));
        assertEquals("passed", inv.source().details().get("schemaValidation"));

        Map<String, Component> c = byName(inv);
        assertEquals(List.of("portail-usagers", "react", "core", "tslib", "FranceConnect"),
                inv.components().stream().map(Component::name).toList(), "document order, nested after parent");
        assertEquals(1, inv.excludedCount());
        assertFalse(c.containsKey("chalk"));

        assertEquals(lineOf(file, "<component type=\"library\" bom-ref=\"pkg:npm/react"), c.get("react").primaryEvidence().line());
        Component tslib = c.get("tslib");
        assertEquals(lineOf(file, "bom-ref=\"pkg:npm/%40nestjs/core@10.3.0#node_modules/tslib\""), tslib.primaryEvidence().line());
        assertEquals("node_modules/@nestjs/core/node_modules/tslib", tslib.property("cdx:npm:package:path"));
        assertNull(tslib.property("internal:note"), "only cct: and cdx: properties are kept");
        assertEquals("@nestjs", c.get("core").group());

        Component fc = c.get("FranceConnect");
        assertEquals(ComponentType.SERVICE, fc.type());
        assertEquals("DINUM", fc.property("supplier"));
        assertEquals("france-connect", fc.id());
        assertEquals(lineOf(file, "<service bom-ref=\"france-connect\">"), fc.primaryEvidence().line());
    }

    @Test
    void cycloneDx16JsonNestedServicesExcludedAndSubject() throws IOException {
        Path file = fixture("cyclonedx-1.6.json");
        Inventory inv = reader.read(file);

        assertEquals(List.of(), inv.problems());
        assertEquals("CycloneDX 1.6 JSON", inv.source().format());
        assertEquals("titres-sejour@3.1.0", inv.source().subject());
        assertEquals("cdxgen 11.2.0", inv.source().details().get("tools"));

        Map<String, Component> c = byName(inv);
        assertEquals(List.of("titres-sejour", "titres-sejour-batch", "postgres", "spring-boot", "spring-context",
                        "micrometer-observation", "h2", "api-gateway", "keycloak"),
                inv.components().stream().map(Component::name).toList());
        assertEquals(2, inv.excludedCount(), "junit-jupiter and the component nested in it");

        assertTrue(c.get("titres-sejour").subject());
        assertEquals("Ministère de l'Intérieur", c.get("titres-sejour").property("supplier"));
        assertTrue(c.get("titres-sejour-batch").subject(), "a part of the subject is the subject too");
        assertFalse(c.get("postgres").subject());

        Component pg = c.get("postgres");
        assertEquals(ComponentType.CONTAINER, pg.type());
        assertEquals("pkg:oci/postgres@16.3?repository_url=docker.io/library/postgres&tag=16.3", pg.purl());
        assertEquals("operated", pg.property("cct:deployment"));
        assertEquals("db", pg.property("cdx:compose:service"));
        assertNull(pg.property("SrcFile"));

        Component micrometer = c.get("micrometer-observation");
        assertEquals(lineOf(file, "\"group\": \"io.micrometer\"") - 2, micrometer.primaryEvidence().line());
        assertEquals("micrometer-observation@1.13.1", micrometer.primaryEvidence().text());
        assertEquals("VMware", c.get("spring-boot").property("supplier"));
        assertEquals(Scope.OPTIONAL, c.get("h2").scope());

        Component keycloak = c.get("keycloak");
        assertEquals(ComponentType.SERVICE, keycloak.type());
        assertEquals("urn:service:keycloak", keycloak.id());
        assertEquals(lineOf(file, "\"bom-ref\": \"urn:service:keycloak\"") - 1, keycloak.primaryEvidence().line());
        assertEquals("identity", keycloak.property("cdx:service:kind"));
        assertEquals("service", keycloak.property("cdx:type"));
    }

    @Test
    void spdx22JsonWithDocumentDescribes() throws IOException {
        Path file = fixture("spdx-2.2.json");
        Inventory inv = reader.read(file);

        assertEquals(List.of(), inv.problems());
        assertEquals("SPDX 2.2 JSON", inv.source().format());
        assertEquals("guichet-usagers-1.2.0", inv.source().subject());
        assertEquals("https://sbom.example.interieur.gouv.fr/spdx/guichet-usagers-1.2.0-4f1c2b7a",
                inv.source().details().get("documentNamespace"));
        assertEquals("2024-09-12T08:15:00Z", inv.source().details().get("created"));
        assertEquals("Tool: syft-0.105.0, Organization: Ministère de l'Intérieur", inv.source().details().get("creators"));

        Map<String, Component> c = byName(inv);
        assertEquals(3, inv.components().size());
        assertTrue(c.get("guichet-usagers").subject());
        assertEquals("Ministère de l'Intérieur", c.get("guichet-usagers").property("supplier"));
        Component django = c.get("django");
        assertFalse(django.subject());
        assertEquals("SPDXRef-Package-python-django-4.2.11", django.id());
        assertEquals("pkg:pypi/django@4.2.11", django.purl(), "PACKAGE_MANAGER, the SPDX 2.2 spelling");
        assertEquals("cpe:2.3:a:djangoproject:django:4.2.11:*:*:*:*:*:*:*", django.cpe());
        assertEquals("Django Software Foundation", django.property("supplier"));
        assertEquals(ComponentType.LIBRARY, django.type(), "no primaryPackagePurpose in 2.2");
        assertEquals(lineOf(file, "\"name\": \"django\"") - 1, django.primaryEvidence().line());
        assertEquals("pkg:pypi/django@4.2.11", django.primaryEvidence().text());
        assertNull(c.get("psycopg2-binary").property("supplier"), "NOASSERTION is no supplier");
    }

    @Test
    void spdx23JsonWithPurposesAndDescribesRelationship() throws IOException {
        Path file = fixture("spdx-2.3.json");
        Inventory inv = reader.read(file);

        assertEquals(List.of(), inv.problems());
        assertEquals("SPDX 2.3 JSON", inv.source().format());
        Map<String, Component> c = byName(inv);
        assertEquals(6, inv.components().size());

        Component image = c.get("registry.example.fr/anef/instruction");
        assertTrue(image.subject(), "named by a DESCRIBES relationship of the document");
        assertEquals(ComponentType.CONTAINER, image.type());
        assertTrue(image.purl().startsWith("pkg:oci/instruction@"));
        assertEquals(ComponentType.OPERATING_SYSTEM, c.get("debian").type());
        assertFalse(c.get("debian").subject());

        Component nginx = c.get("nginx");
        assertEquals(ComponentType.APPLICATION, nginx.type());
        assertEquals("pkg:deb/debian/nginx@1.22.1-9?arch=amd64&distro=debian-12.9", nginx.purl());
        assertEquals("cpe:/a:f5:nginx:1.22.1", nginx.cpe());
        assertEquals("Debian Nginx Maintainers", nginx.property("supplier"));
        assertEquals(lineOf(file, "\"name\": \"nginx\"") - 1, nginx.primaryEvidence().line());

        assertEquals(ComponentType.FILE, c.get("sources.tar.gz").type());
        assertEquals("ARCHIVE", c.get("sources.tar.gz").property("spdx:primaryPackagePurpose"));
        assertEquals(Scope.TEST, c.get("junit").scope(), "TEST_DEPENDENCY_OF");
        assertEquals(Scope.RUNTIME, nginx.scope());
    }

    @Test
    void formatComesFromTheContentNotTheExtension(@TempDir Path dir) throws IOException {
        Path disguised = dir.resolve("sbom.txt");
        Files.copy(fixture("cyclonedx-1.4.xml"), disguised);
        Path json = dir.resolve("bom.xml");
        Files.copy(fixture("spdx-2.3.json"), json);

        assertEquals("CycloneDX 1.4 XML", reader.read(disguised).source().format());
        assertEquals("SPDX 2.3 JSON", reader.read(json).source().format());
    }

    @Test
    void byteOrderMarkAndLeadingWhitespaceAreSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.json");
        byte[] original = Files.readAllBytes(fixture("cyclonedx-1.2.json"));
        byte[] prefix = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' ', '\n'};
        byte[] content = new byte[prefix.length + original.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(original, 0, content, prefix.length, original.length);
        Files.write(file, content);

        Inventory inv = reader.read(file);
        assertEquals(List.of(), inv.problems());
        Component pg = byName(inv).get("postgresql");
        assertEquals(lineOf(fixture("cyclonedx-1.2.json"), "\"bom-ref\": \"pkg:maven/org.postgresql") - 2 + 2,
                pg.primaryEvidence().line(), "two extra lines before the document");
    }

    @Test
    void validationCanBeTurnedOff() {
        Inventory inv = new SbomReader(SbomReader.Options.defaults().withValidate(false)).read(fixture("cyclonedx-1.6.json"));
        assertEquals("skipped", inv.source().details().get("schemaValidation"));
        assertEquals(9, inv.components().size());
        assertNotNull(inv.components().get(0).primaryEvidence());
    }
}
