package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import fr.cctlint.testing.ReportSchemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: each example under {@code examples/} is scanned in every format, in English, and the reports must
 * equal the committed ones in {@code examples/<name>/expected/}. Run with {@code -Dcct.updateGolden=true} to
 * rewrite them after an intended change (then review the diff).
 */
class ExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final boolean UPDATE = Boolean.getBoolean("cct.updateGolden");
    private static final List<String> FILES = List.of("cct-lint.txt", "cct-lint.sarif", "cct-lint-junit.xml",
            "cct-lint.json", "cct-lint.html", "cct-lint.md", "cct-lint.cdx.json", "gl-code-quality-report.json");
    private static final String FORMATS = "text,sarif,junit,json,html,markdown,cyclonedx,codequality";

    @TempDir
    Path out;

    /** An example folder; {@code sbom} names its SBOM, or is null when the folder itself is the project. */
    record Example(String name, String sbom, int exitCode) {
        String[] scanArgs(Path dir) {
            return sbom == null ? new String[] {"scan", asTyped(dir)}
                    : new String[] {"scan", "--sbom", asTyped(dir.resolve(sbom))};
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("sbom-java-titres", "bom.cdx.json", 1),
                new Example("sbom-node-rdv", "sbom.spdx.json", 1),
                new Example("project-java-maven", null, 1),
                new Example("project-node", null, 1),
                new Example("project-cloud-native", null, 0));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleGivesItsCommittedReports() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            Path dir = ROOT.resolve("examples").resolve(example.name());
            Path reports = out.resolve(example.name());
            List<String> args = new java.util.ArrayList<>(List.of(example.scanArgs(dir)));
            args.addAll(List.of("--format", FORMATS, "--output", reports.toString(), "--lang", "en", "-q"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(example.exitCode(), run.exitCode(), run.err());
            for (String file : FILES) {
                String actual = normalise(Files.readString(reports.resolve(file), StandardCharsets.UTF_8));
                Path expected = dir.resolve("expected").resolve(file);
                if (UPDATE) {
                    Files.createDirectories(expected.getParent());
                    Files.writeString(expected, actual, StandardCharsets.UTF_8);
                }
                assertTrue(Files.exists(expected), "missing " + expected + "; run with -Dcct.updateGolden=true");
                assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                        "report " + file + " of " + example.name() + " changed; if intended, run with -Dcct.updateGolden=true");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleInFrenchHasNoEnglishLeftInAnyFormat() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            Path dir = ROOT.resolve("examples").resolve(example.name());
            Path reports = out.resolve(example.name() + "-fr");
            List<String> args = new java.util.ArrayList<>(List.of(example.scanArgs(dir)));
            args.addAll(List.of("--format", FORMATS, "--output", reports.toString(), "--lang", "fr", "-q"));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(example.exitCode(), run.exitCode(), run.err());
            for (String file : FILES) {
                String french = Files.readString(reports.resolve(file), StandardCharsets.UTF_8);
                assertEquals(List.of(), fr.cctlint.testing.EnglishPhrases.in(french), file + " of " + example.name());
            }
        }));
    }

    /** The secrets written in the Cloud Native example's configuration, which no report may ever print. */
    private static final List<String> EXAMPLE_SECRETS = List.of("S3cret-rdv-2026!", "compose-password",
            "dev-only-password");

    @Test
    void theCloudNativeExampleNeverPrintsItsSecretsInAnyFormatOrLanguage() throws IOException {
        Path dir = ROOT.resolve("examples/project-cloud-native");
        for (String secret : EXAMPLE_SECRETS) {
            assertTrue(Files.walk(dir).filter(Files::isRegularFile).filter(f -> !f.startsWith(dir.resolve("expected")))
                    .anyMatch(f -> read(f).contains(secret)), "the example no longer holds " + secret);
        }
        for (String language : List.of("en", "fr")) {
            Path reports = out.resolve("secrets-" + language);
            CliRun run = CliRun.of("scan", asTyped(dir), "--format", FORMATS + ",grid", "--output", reports.toString(),
                    "--lang", language);
            assertEquals(0, run.exitCode(), run.err());
            List<String> outputs = new java.util.ArrayList<>(List.of(run.out(), run.err()));
            try (Stream<Path> files = Files.list(reports)) {
                files.forEach(f -> outputs.add(read(f)));
            }
            assertEquals(FILES.size() + 1 + 2, outputs.size());
            for (String output : outputs) {
                for (String secret : EXAMPLE_SECRETS) {
                    assertTrue(!output.contains(secret), "a report prints the secret " + secret);
                }
            }
            assertTrue(outputs.stream().anyMatch(o -> o.contains("spring.datasource.password")),
                    "the key is named, only its value is masked");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachExampleSarifValidatesAgainstTheOfficialSchema() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String sarif = Files.readString(ROOT.resolve("examples").resolve(example.name())
                    .resolve("expected/cct-lint.sarif"));
            var errors = ReportSchemas.sarif().validate(ReportSchemas.json(sarif));
            assertTrue(errors.isEmpty(), errors.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleCycloneDxExportValidatesAgainstItsSchema() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            byte[] bom = Files.readAllBytes(ROOT.resolve("examples").resolve(example.name())
                    .resolve("expected/cct-lint.cdx.json"));
            assertEquals(List.of(), new org.cyclonedx.parsers.JsonParser().validate(bom, org.cyclonedx.Version.VERSION_16));
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleCodeQualityReportHasGitLabsFields() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String report = Files.readString(ROOT.resolve("examples").resolve(example.name())
                    .resolve("expected/gl-code-quality-report.json"));
            var errors = ReportSchemas.gitlabCodeQuality().validate(ReportSchemas.json(report));
            assertTrue(errors.isEmpty(), errors.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleJunitValidatesAgainstTheJenkinsSchema() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> ReportSchemas.validate(
                ReportSchemas.junit(), Files.readString(ROOT.resolve("examples").resolve(example.name())
                        .resolve("expected/cct-lint-junit.xml")))));
    }

    /**
     * The input as a user at the repository root types it is {@code examples/x/bom.json}; tests run in a module
     * folder, so they pass the relative path from there, and {@link #normalise} maps it back.
     */
    static String asTyped(Path file) {
        return Path.of("").toAbsolutePath().relativize(file).toString();
    }

    /** Reports name the input as given: make them read as if cct-lint ran at the repository root. */
    static String normalise(String report) throws IOException {
        String prefix = asTyped(ROOT.resolve("examples"));
        return report.replace(prefix + "/", "examples/").replace("\"" + prefix, "\"examples")
                .replace(prefix + " ", "examples ");
    }
}
