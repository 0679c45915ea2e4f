package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cct-lint sbom}: the scan as a CycloneDX export, on standard output, succeeding whatever it found. */
class SbomCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final Path PROJECT = ROOT.resolve("examples/project-node");

    @TempDir
    Path tmp;

    @Test
    void writesTheJudgedInventoryAsAValidCycloneDxBomOnStandardOutput() throws Exception {
        CliRun run = CliRun.of("sbom", PROJECT.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), "an export is not a gate: " + run.err());
        byte[] bom = run.out().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), new JsonParser().validate(bom, Version.VERSION_16));
        JsonNode json = new ObjectMapper().readTree(bom);
        List<String> verdicts = new ArrayList<>();
        json.get("components").forEach(c -> c.get("properties").forEach(p -> {
            if (p.get("name").asText().equals("cct:verdict")) {
                verdicts.add(p.get("value").asText());
            }
        }));
        assertEquals(json.get("components").size(), verdicts.size(), "every component carries its verdict");
        assertTrue(verdicts.contains("UNLISTED_OPERATED") || verdicts.contains("unlisted-operated")
                || verdicts.stream().anyMatch(v -> v.toLowerCase().contains("unlisted")), verdicts.toString());
    }

    @Test
    void isTheScanWithOtherDefaults() throws Exception {
        CliRun gate = CliRun.of("sbom", PROJECT.toString(), "--fail-on", "error", "--format", "cyclonedx,json",
                "--output", tmp.toString(), "-q");
        assertEquals(1, gate.exitCode(), "--fail-on given: the findings fail it as scan would");
        assertTrue(Files.exists(tmp.resolve("cct-lint.cdx.json")) && Files.exists(tmp.resolve("cct-lint.json")));
        assertEquals(Files.readString(tmp.resolve("cct-lint.cdx.json")),
                CliRun.of("scan", PROJECT.toString(), "--format", "cyclonedx", "--lang", "en").out());
    }

    @Test
    void hasItsOwnHelpInBothLanguages() {
        assertTrue(CliRun.of("sbom", "--help", "--lang", "en").out().contains("CycloneDX 1.6"));
        assertTrue(CliRun.of("sbom", "--help", "--lang", "fr").out().contains("inventaire jugé"));
        assertTrue(CliRun.of("--help", "--lang", "en").out().contains("sbom"));
    }
}
