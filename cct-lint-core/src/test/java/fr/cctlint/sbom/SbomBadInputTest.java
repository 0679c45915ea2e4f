package fr.cctlint.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile input: each gives one clear message naming the file (never an exception), fatal
 * when nothing could be read, and the rest of the SBOM when only a part is broken.
 */
class SbomBadInputTest {

    private final SbomReader reader = new SbomReader();
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** The inventory holds exactly one fatal problem, with this key, whose English and French texts name the file. */
    private static Problem assertFatal(Inventory inv, String key, Path file) {
        assertTrue(inv.unreadable(), "unreadable");
        assertEquals(List.of(), inv.components());
        assertEquals(1, inv.problems().size(), inv.problems().toString());
        Problem p = inv.problems().get(0);
        assertTrue(p.fatal());
        assertEquals(key, p.message().key());
        assertEquals(file.toString(), p.file());
        for (Messages m : List.of(Messages.english(), Messages.french())) {
            String text = m.render(p.message());
            assertFalse(text.startsWith(file.toString()), "reports print the file before the message: " + text);
            assertFalse(text.equals(p.message().key()), "rendered, not a bare key: " + text);
            assertFalse(text.contains("Exception"), "no stack-trace talk: " + text);
        }
        return p;
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.cdx.json");
        assertFatal(reader.read(file), "sbom.missing", file);
    }

    @Test
    void directoryInsteadOfFile() {
        assertFatal(reader.read(dir), "sbom.directory", dir);
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write("secret.cdx.json", "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
        Problem p = assertFatal(reader.read(file), "sbom.unreadable", file);
        assertTrue(Messages.english().render(p.message()).contains("permission denied"));
    }

    @Test
    void emptyFileAndBlankFile() throws IOException {
        Path empty = write("empty.json", "");
        assertFatal(reader.read(empty), "sbom.empty", empty);
        Path blank = write("blank.json", "\n  \n\t");
        assertFatal(reader.read(blank), "sbom.empty", blank);
    }

    @Test
    void pomXmlIsNotAnSbom() throws IOException {
        Path pom = write("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>fr.example</groupId>
                  <artifactId>demo</artifactId>
                  <version>1.0.0</version>
                </project>
                """);
        Problem p = assertFatal(reader.read(pom), "sbom.notSbomXml", pom);
        assertTrue(Messages.english().render(p.message()).contains("{http://maven.apache.org/POM/4.0.0}project"));
    }

    @Test
    void readmeAndPackageJsonAreNotSboms() throws IOException {
        Path readme = write("README.md", "# Demo\n\nNot an SBOM.\n");
        assertFatal(reader.read(readme), "sbom.notSbom", readme);
        Path packageJson = write("package.json", "{\"name\": \"demo\", \"version\": \"1.0.0\", \"dependencies\": {}}");
        assertFatal(reader.read(packageJson), "sbom.notSbomJson", packageJson);
        Path array = write("list.json", "[{\"bomFormat\": \"CycloneDX\"}]");
        assertFatal(reader.read(array), "sbom.notSbom", array);
    }

    @Test
    void spdxTagValueIsNamed() throws IOException {
        Path file = write("sbom.spdx", "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n");
        assertFatal(reader.read(file), "sbom.spdxTagValue", file);
    }

    @Test
    void invalidJsonGivesLineAndColumn() throws IOException {
        Path file = write("broken.cdx.json", """
                {
                  "bomFormat": "CycloneDX",
                  "specVersion": "1.6",
                  "components": [
                    { "type": "library", "name": "a" "version": "1" }
                  ]
                }
                """);
        Problem p = assertFatal(reader.read(file), "sbom.invalidJson", file);
        assertEquals(5, p.line());
        assertTrue(p.column() > 30, "column " + p.column());
        assertTrue(Messages.english().render(p.message()).startsWith("invalid JSON: "));
    }

    @Test
    void truncatedJson() throws IOException {
        Path file = write("truncated.cdx.json", "{\n \"bomFormat\": \"CycloneDX\",\n \"specVersion\": \"1.5\",\n \"components\": [\n");
        assertFatal(reader.read(file), "sbom.invalidJson", file);
    }

    @Test
    void invalidXmlGivesLine() throws IOException {
        Path file = write("broken.cdx.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components>
                    <component type="library"><name>a</name></componet>
                  </components>
                </bom>
                """);
        Problem p = assertFatal(reader.read(file), "sbom.invalidXml", file);
        assertEquals(4, p.line());
    }

    @Test
    void xxeIsNeverResolved() throws IOException {
        String marker = "TOP-SECRET-" + new Random().nextInt(1_000_000);
        Path secret = write("secret.txt", marker);
        Path file = write("xxe.cdx.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE bom [ <!ENTITY xxe SYSTEM "%s"> ]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
                  <components>
                    <component type="library"><name>&xxe;</name><version>1.0</version></component>
                  </components>
                </bom>
                """.formatted(secret.toUri()));
        Inventory inv = reader.read(file);
        Problem p = assertFatal(inv, "sbom.dtdRefused", file);
        assertEquals(2, p.line());
        for (Messages m : List.of(Messages.english(), Messages.french())) {
            assertFalse(m.render(p.message()).contains(marker));
        }
        assertFalse(inv.toString().contains(marker));
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        Path file = write("lol.cdx.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [" + entities + "]>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"><components><component type=\"library\">"
                + "<name>&lol9;</name></component></components></bom>\n");
        assertFatal(reader.read(file), "sbom.dtdRefused", file);
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 0x7F;
        junk[10] = 0;
        Path file = dir.resolve("image.png");
        Files.write(file, junk);
        assertFatal(reader.read(file), "sbom.binary", file);
    }

    @Test
    void nonUtf8BytesInJson() throws IOException {
        Path file = dir.resolve("latin1.cdx.json");
        String text = "{\n\"bomFormat\": \"CycloneDX\",\n\"specVersion\": \"1.4\",\n"
                + "\"components\": [{\"type\": \"library\", \"name\": \"Société\"}]\n}\n";
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        Problem p = assertFatal(reader.read(file), "sbom.notUtf8", file);
        assertEquals(4, p.line());
    }

    @Test
    void utf16IsRefusedClearly() throws IOException {
        Path file = dir.resolve("utf16.cdx.json");
        Files.write(file, "{\"bomFormat\": \"CycloneDX\"}".getBytes(StandardCharsets.UTF_16));
        assertFatal(reader.read(file), "sbom.notUtf8", file);
    }

    @Test
    void fileOverTheSizeLimitIsNotLoaded() throws IOException {
        Path file = dir.resolve("huge.cdx.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("{\"bomFormat\": \"CycloneDX\"".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(200L * 1024 * 1024); // sparse: takes no disk space
        }
        Problem p = assertFatal(reader.read(file), "sbom.tooLarge", file);
        assertTrue(Messages.english().render(p.message()).contains("200 MB"), Messages.english().render(p.message()));

        Path small = SbomFixturesTest.fixture("cyclonedx-1.2.json");
        Inventory limited = new SbomReader(SbomReader.Options.defaults().withMaxBytes(1024)).read(small);
        assertEquals("sbom.tooLarge", limited.problems().get(0).message().key());
    }

    @Test
    void unknownSpecVersionsAreNamed() throws IOException {
        Path noVersion = write("nover.json", "{\"bomFormat\": \"CycloneDX\", \"components\": []}");
        assertFatal(reader.read(noVersion), "sbom.noSpecVersion", noVersion);
        Path future = write("future.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"2.0\"}");
        assertFatal(reader.read(future), "sbom.unsupportedCycloneDx", future);
        Path spdx3 = write("spdx.json", "{\"spdxVersion\": \"SPDX-3.0\", \"name\": \"x\"}");
        assertFatal(reader.read(spdx3), "sbom.unsupportedSpdx", spdx3);
        Path xml = write("future.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/9.9\"/>");
        assertFatal(reader.read(xml), "sbom.unsupportedCycloneDx", xml);
    }

    @Test
    void schemaInvalidSbomIsReadWithWarnings() throws IOException {
        Path file = write("invalid-hash.cdx.json", """
                {
                  "bomFormat": "CycloneDX",
                  "specVersion": "1.5",
                  "version": 1,
                  "components": [
                    {
                      "type": "library",
                      "name": "commons-text",
                      "version": "1.10.0",
                      "hashes": [ { "alg": "SHA-256", "content": "not-a-hash" } ],
                      "purl": "pkg:maven/org.apache.commons/commons-text@1.10.0"
                    }
                  ]
                }
                """);
        Inventory inv = reader.read(file);
        assertFalse(inv.unreadable());
        assertEquals(1, inv.components().size());
        assertEquals("failed", inv.source().details().get("schemaValidation"));
        assertFalse(inv.problems().isEmpty());
        for (Problem p : inv.problems()) {
            assertFalse(p.fatal());
            assertEquals("sbom.schemaProblem", p.message().key());
            assertEquals(6, p.line(), "the line of the component holding the bad hash");
            String text = Messages.english().render(p.message());
            assertEquals(file.toString(), p.file());
            assertTrue(text.startsWith("does not conform to the CycloneDX 1.5 schema: $.components[0].hashes"), text);
        }
    }

    @Test
    void unknownEnumValueDoesNotHideTheOtherComponents() throws IOException {
        Path file = write("bad-scope.cdx.json", """
                {
                  "bomFormat": "CycloneDX",
                  "specVersion": "1.6",
                  "version": 1,
                  "components": [
                    { "type": "library", "name": "kept-one", "version": "1.0", "scope": "sometimes" },
                    { "type": "library", "name": "kept-two", "version": "2.0" }
                  ]
                }
                """);
        Inventory inv = reader.read(file);
        assertFalse(inv.unreadable());
        assertEquals(List.of("kept-one", "kept-two"), inv.components().stream().map(Component::name).toList());
        assertEquals(6, inv.components().get(0).primaryEvidence().line());
        assertTrue(inv.problems().stream().anyMatch(p -> p.message().key().equals("sbom.boundLeniently")));
        assertTrue(inv.problems().stream().anyMatch(p -> p.message().key().equals("sbom.schemaProblem") && p.line() == 6));
    }

    @Test
    void componentWithoutNameIsSkippedWithItsLine() throws IOException {
        Path file = write("noname.cdx.json", """
                {
                  "bomFormat": "CycloneDX",
                  "specVersion": "1.4",
                  "version": 1,
                  "components": [
                    { "type": "library", "name": "first", "version": "1.0" },
                    {
                      "type": "library",
                      "version": "9.9",
                      "purl": "pkg:npm/mystery@9.9"
                    },
                    { "type": "library", "name": "third", "version": "3.0" }
                  ]
                }
                """);
        Inventory inv = reader.read(file);
        assertFalse(inv.unreadable());
        assertEquals(List.of("first", "third"), inv.components().stream().map(Component::name).toList());
        Problem noName = inv.problems().stream()
                .filter(p -> p.message().key().equals("sbom.componentWithoutName")).findFirst().orElseThrow();
        assertFalse(noName.fatal());
        assertEquals(7, noName.line());
        assertEquals("component without a name, skipped", Messages.english().render(noName.message()));
        assertEquals("composant sans nom, ignoré", Messages.french().render(noName.message()));
    }

    @Test
    void spdxPackageWithoutName() throws IOException {
        Path file = write("noname.spdx.json", """
                {
                  "spdxVersion": "SPDX-2.3",
                  "SPDXID": "SPDXRef-DOCUMENT",
                  "name": "doc",
                  "packages": [
                    { "SPDXID": "SPDXRef-a", "versionInfo": "1" },
                    { "SPDXID": "SPDXRef-b", "name": "b", "versionInfo": "2" }
                  ]
                }
                """);
        Inventory inv = reader.read(file);
        assertEquals(List.of("b"), inv.components().stream().map(Component::name).toList());
        assertEquals(1, inv.problems().size());
        assertEquals(6, inv.problems().get(0).line());
        assertEquals("sbom.packageWithoutName", inv.problems().get(0).message().key());
    }
}
