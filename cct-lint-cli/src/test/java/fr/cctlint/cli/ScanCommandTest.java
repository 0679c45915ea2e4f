package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cct-lint scan}: exit codes, outputs, languages and every kind of bad input, as a user meets them. */
class ScanCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final String JAVA_EXAMPLE = ROOT.resolve("examples/sbom-java-titres/bom.cdx.json").toString();
    private static final String NODE_EXAMPLE = ROOT.resolve("examples/sbom-node-rdv/sbom.spdx.json").toString();

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "--fail-on {0} -> {1}")
    @CsvSource({"error, 1", "warning, 1", "note, 1", "none, 0"})
    void failOnDecidesTheExitCode(String failOn, int exitCode) {
        assertEquals(exitCode, CliRun.of("scan", "--sbom", JAVA_EXAMPLE, "--fail-on", failOn).exitCode());
    }

    @Test
    void theFormatHelpNamesEveryRegisteredFormatInBothLanguages() {
        for (String language : java.util.List.of("en", "fr")) {
            String help = CliRun.of("scan", "--help", "--lang", language).out().replaceAll("\\s+", " ");
            for (String name : fr.cctlint.report.ReporterRegistry.standard(fr.cctlint.report.ReportOptions.plain()).names()) {
                assertTrue(help.contains(name), language + " help lacks the format " + name);
            }
        }
    }

    @Test
    void warningsFailOnlyWhenAsked() throws IOException {
        Path sbom = write("warnings.cdx.json", cyclonedx("""
                {"type": "library", "name": "jquery", "version": "1.12.4", "purl": "pkg:npm/jquery@1.12.4"}"""));
        assertEquals(0, CliRun.of("scan", "--sbom", sbom.toString()).exitCode());
        CliRun strict = CliRun.of("scan", "--sbom", sbom.toString(), "--fail-on", "warning");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.out().contains("WARNING CCT002"), strict.out());
    }

    @Test
    void newProjectTurnsMaintainedProductsIntoErrors() throws IOException {
        Path sbom = write("m.cdx.json", cyclonedx("""
                {"type": "library", "name": "jquery", "version": "1.12.4", "purl": "pkg:npm/jquery@1.12.4"}"""));
        CliRun run = CliRun.of("scan", "--sbom", sbom.toString(), "--new-project");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("ERROR   CCT002"), run.out());
    }

    @Test
    void aCleanSbomPasses() throws IOException {
        Path sbom = write("clean.cdx.json", cyclonedx("""
                {"type": "library", "group": "org.springframework", "name": "spring-core", "version": "6.1.5",
                 "purl": "pkg:maven/org.springframework/spring-core@6.1.5"},
                {"type": "container", "name": "postgres", "version": "16", "purl": "pkg:oci/postgres@16?tag=16"}"""));
        CliRun run = CliRun.of("scan", "--sbom", sbom.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Result: conform"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void severalFormatsGoToTheirFilesAndTheTextStaysOnStdout() {
        Path out = tmp.resolve("reports");
        CliRun run = CliRun.of("scan", "--sbom", NODE_EXAMPLE, "--format", "sarif,junit,json", "--output", out.toString());
        assertEquals(1, run.exitCode());
        for (String file : new String[] {"cct-lint.sarif", "cct-lint-junit.xml", "cct-lint.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertFalse(Files.exists(out.resolve("cct-lint.txt")), "text was not asked for as a file");
        assertTrue(run.out().contains("CCT001") && run.out().contains("Reports written to"), run.out());
        assertTrue(CliRun.of("scan", "--sbom", NODE_EXAMPLE, "-f", "json", "-o", out.toString(), "-q").out().isEmpty());
    }

    @Test
    void oneFormatWithoutOutputGoesToStdout() {
        CliRun run = CliRun.of("scan", "--sbom", NODE_EXAMPLE, "--format", "sarif");
        assertTrue(run.out().startsWith("{"), run.out());
        assertTrue(run.out().contains("\"version\" : \"2.1.0\"") || run.out().contains("\"version\": \"2.1.0\""));
    }

    @Test
    void frenchEverywhereWithLangFr() {
        CliRun run = CliRun.of("scan", "--sbom", NODE_EXAMPLE, "--lang", "fr");
        assertTrue(run.out().contains("est exploité à part"), run.out());
        assertTrue(run.out().contains("Résultat : NON conforme"), run.out());
        assertFalse(run.out().contains("is operated"), run.out());
        CliRun help = CliRun.of("scan", "--help", "--lang", "fr");
        assertTrue(help.out().contains("Formats de rapport"), help.out());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        String escape = "\u001b[";
        assertFalse(CliRun.of("scan", "--sbom", NODE_EXAMPLE).out().contains(escape), "not a terminal");
        assertTrue(CliRun.withEnv(Map.of(), true, "scan", "--sbom", NODE_EXAMPLE).out().contains(escape));
        assertFalse(CliRun.withEnv(Map.of("NO_COLOR", "1"), true, "scan", "--sbom", NODE_EXAMPLE).out()
                .contains(escape));
        assertTrue(CliRun.of("scan", "--sbom", NODE_EXAMPLE, "--color", "always").out().contains(escape));
    }

    @Test
    void aUserReferentialLayeredOnTopChangesTheVerdict() throws IOException {
        Path supplement = write("ministry-extra.yaml", """
                provenance:
                  id: ministry-extra
                  title: Supplément ministériel (test)
                  date: '2026-06-01'
                products:
                  - ref: XX-0001
                    name: MinIO
                    supplier: MinIO, Inc.
                    version: ''
                    constraint: '*'
                    status: R
                    images: [minio/minio]
                """);
        CliRun run = CliRun.of("scan", "--sbom", NODE_EXAMPLE, "--referential", supplement.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Supplément ministériel (test)"), "the edition is named in the report");
    }

    @Test
    void anInvalidUserReferentialIsExitCode2WithItsLine() throws IOException {
        Path broken = write("broken.yaml", "products:\n  - ref: XX-1\n    name: X\n    status: Z\n");
        CliRun run = CliRun.of("scan", "--sbom", NODE_EXAMPLE, "--referential", broken.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(broken + ":2: status Z of XX-1 has no definition"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file          |                                                    | the file is empty
            not an SBOM         | # README\\nThis is not a bill of materials.        | not an SBOM
            invalid JSON        | {"bomFormat": "CycloneDX",\\n "specVersion": 1.6 x | invalid JSON
            package.json        | {"name": "app", "version": "1.0.0"}                | not an SBOM
            binary junk         | \\0\\1\\2PK\\3\\4\\377\\376                        | binary content
            """)
    void unreadableSbomIsExitCode2WithOneClearLine(String what, String content, String expected) throws IOException {
        String text = content == null ? "" : content.replace("\\n", "\n").translateEscapes();
        Path file = write("input-" + what.replace(' ', '-'), text);
        CliRun run = CliRun.of("scan", "--sbom", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String firstLine = run.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("cct-lint: error: cannot read " + file), run.err());
        assertTrue(firstLine.contains(expected), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void missingFileAndDirectoryAreExitCode2() {
        CliRun missing = CliRun.of("scan", "--sbom", tmp.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.json") && missing.err().contains("file not found"), missing.err());
        CliRun dir = CliRun.of("scan", "--sbom", tmp.toString());
        assertEquals(2, dir.exitCode());
        assertTrue(dir.err().contains("is a directory"), dir.err());
    }

    @Test
    void xmlExternalEntitiesAreNeverResolved() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-MARKER");
        Path xxe = write("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY secret SYSTEM "file://%s">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
                  <components><component type="library"><name>&secret;</name><version>1</version></component></components>
                </bom>
                """.formatted(secret));
        Path out = tmp.resolve("xxe-reports");
        CliRun run = CliRun.of("scan", "--sbom", xxe.toString(), "-f", "text,sarif,junit,json", "-o", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("DTD"), run.err());
        for (String file : new String[] {"cct-lint.txt", "cct-lint.sarif", "cct-lint-junit.xml", "cct-lint.json"}) {
            assertFalse(Files.readString(out.resolve(file)).contains("TOP-SECRET-MARKER"), file);
        }
        assertFalse((run.out() + run.err()).contains("TOP-SECRET-MARKER"));
    }

    @Test
    void aHugeFileIsRefusedWithItsSize() throws IOException {
        Path huge = tmp.resolve("huge.cdx.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: takes no disk space
        }
        CliRun run = CliRun.of("scan", "--sbom", huge.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("200 MB"), run.err());
    }

    @Test
    void aSchemaInvalidSbomIsStillJudgedAndItsProblemsReported() {
        CliRun run = CliRun.of("scan", "--sbom", JAVA_EXAMPLE);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("CCT009") && run.out().contains("does not conform to the CycloneDX 1.6 schema"),
                run.out());
        assertTrue(run.out().contains("CCT001"), "the other components are still checked");
        assertEquals("", run.err(), "a readable SBOM is not an error line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            folder and sbom      | scan . --sbom x.json
            unknown format       | scan --sbom x.json --format pdf
            two formats, no dir  | scan --sbom x.json --format sarif,junit
            bad --fail-on        | scan --sbom x.json --fail-on fatal
            unknown option       | scan --sbom x.json --frobnicate
            unknown command      | frobnicate
            """)
    void usageErrorsAreExitCode2WithAHint(String what, String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("cct-lint: error: "), run.err());
        assertTrue(run.err().contains("--help"), run.err());
    }

    @Test
    void progressOnlyOnATerminalOutsideCiOrWhenAsked() {
        String project = ROOT.resolve("examples/project-node").toString();
        assertFalse(CliRun.of("scan", project).err().contains("manifests read"), "not a terminal");
        assertTrue(CliRun.withEnv(Map.of(), true, "scan", project).err().contains("manifests read"));
        assertFalse(CliRun.withEnv(Map.of("CI", "true"), true, "scan", project).err().contains("manifests read"));
        assertTrue(CliRun.of("scan", project, "--progress").err().contains("components found"));
    }

    @Test
    void versionAndHelp() {
        assertTrue(CliRun.of("--version").out().startsWith("cct-lint "));
        CliRun help = CliRun.of("--help", "--lang", "en");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("scan") && help.out().contains("referential"), help.out());
        assertTrue(help.out().contains("Exit codes"), help.out());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String cyclonedx(String components) {
        return """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [%s]}
                """.formatted(components);
    }
}
