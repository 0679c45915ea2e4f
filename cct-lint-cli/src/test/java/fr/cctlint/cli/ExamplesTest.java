package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
            "cct-lint.json");

    @TempDir
    Path out;

    record Example(String name, String input, int exitCode) {
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("sbom-java-titres", "bom.cdx.json", 1),
                new Example("sbom-node-rdv", "sbom.spdx.json", 1));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleGivesItsCommittedReports() {
        return examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            Path dir = ROOT.resolve("examples").resolve(example.name());
            Path reports = out.resolve(example.name());
            CliRun run = CliRun.of("scan", "--sbom", dir.resolve(example.input()).toString(),
                    "--format", "text,sarif,junit,json", "--output", reports.toString(), "--lang", "en", "-q");
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

    /** Reports name the input as given; make that path independent of where the checkout lives. */
    static String normalise(String report) throws IOException {
        String root = ROOT.toString();
        return report.replace(root + "/", "").replace(root.replace("/", "\\/") + "\\/", "")
                .replace("file://" + root, "file://<root>");
    }
}
