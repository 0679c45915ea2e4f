package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the Cloud Native requirements are checked: asked with --cloud-native, by the project file, by default for a
 * new project unless the project file says no; and what an SBOM gives (no files: every requirement to assess).
 */
class CloudNativeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private void writeProject(String config) throws IOException {
        Files.writeString(project.resolve("Dockerfile"), "FROM node:22-alpine\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n");
        if (config != null) {
            Files.writeString(project.resolve(".cct-lint.yaml"), config);
        }
    }

    private JsonNode scan(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", project.toString(), "--format", "json", "--lang", "en"));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("inputs").forEach(i -> i.get("findings").forEach(f -> rules.add(f.get("rule").asText())));
        return rules;
    }

    @Test
    void offByDefaultForAnExistingProject() throws IOException {
        writeProject(null);
        JsonNode report = scan();
        assertTrue(report.get("inputs").get(0).path("cloudNative").isMissingNode());
        assertFalse(rules(report).stream().anyMatch(r -> r.startsWith("CN")), rules(report).toString());
    }

    @Test
    void askedOnTheCommandLineTheChecksRunAndTheGridHasEveryRequirement() throws IOException {
        writeProject(null);
        JsonNode report = scan("--cloud-native");
        JsonNode grid = report.get("inputs").get(0).get("cloudNative");
        assertEquals(58, grid.get("requirements").size());
        assertEquals("EX1", grid.get("requirements").get(0).get("id").asText());
        assertTrue(rules(report).containsAll(List.of("CN029", "CN032")), rules(report).toString());
        JsonNode ex29 = grid.get("requirements").get(28);
        assertEquals("EX29", ex29.get("id").asText());
        assertEquals("NOT_MET", ex29.get("verdict").asText());
        assertEquals("Dockerfile", ex29.get("violations").get(0).get("file").asText());
        assertEquals(1, ex29.get("violations").get(0).get("line").asInt());
    }

    @Test
    void onForANewProjectUnlessTheProjectFileSaysNo() throws IOException {
        writeProject("newProject: true\n");
        assertFalse(scan().get("inputs").get(0).path("cloudNative").isMissingNode());
        Files.writeString(project.resolve(".cct-lint.yaml"), "newProject: true\ncloudNative: false\n");
        assertTrue(scan().get("inputs").get(0).path("cloudNative").isMissingNode());
        assertTrue(scan("--new-project").get("inputs").get(0).path("cloudNative").isMissingNode(),
                "the project file's explicit no wins over the default of --new-project");
        assertFalse(scan("--cloud-native").get("inputs").get(0).path("cloudNative").isMissingNode(),
                "--cloud-native is an explicit ask");
        Files.writeString(project.resolve(".cct-lint.yaml"), "cloudNative: true\n");
        assertFalse(scan().get("inputs").get(0).path("cloudNative").isMissingNode());
    }

    @Test
    void anSbomHasNoFilesToCheckSoEveryRequirementIsLeftToTheReviewer() throws IOException {
        Path bom = project.resolve("bom.json");
        Files.writeString(bom, """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [{"type": "library", "name": "left-pad", "version": "1.3.0",
                                 "purl": "pkg:npm/left-pad@1.3.0"}]}
                """);
        CliRun run = CliRun.of("scan", "--sbom", bom.toString(), "--cloud-native", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode grid = JSON.readTree(run.out()).get("inputs").get(0).get("cloudNative");
        assertEquals(58, grid.get("counts").get("TO_ASSESS").asInt());
    }

    @Test
    void requirementsListPrintsTheGridAndSucceedsWhateverItFinds() throws IOException {
        writeProject(null);
        CliRun run = CliRun.of("requirements", "list", project.toString(), "--lang", "fr");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("EX29") && l.contains("non satisfaite")), run.out());
        assertTrue(run.out().contains("Dockerfile:1"), run.out());
        assertTrue(run.out().contains("Exigences Cloud Native (58)"), run.out());
        CliRun gate = CliRun.of("requirements", "list", project.toString(), "--fail-on", "warning");
        assertEquals(1, gate.exitCode(), "--fail-on given: the findings fail it as a scan would");
    }

    @Test
    void aCloudNativeFindingIsWaivedByPathAndExplainedByRequirement() throws IOException {
        writeProject("cloudNative: true\nwaivers:\n  - rule: CN029\n    path: Dockerfile\n    reason: base image"
                + " replaced in the next release\n    expires: 2027-01-31\n");
        JsonNode report = scan();
        assertFalse(rules(report).contains("CN029"), rules(report).toString());
        assertEquals("CN029", report.get("inputs").get(0).get("suppressed").get(0).get("rule").asText());
        CliRun explain = CliRun.of("explain", "EX29", "--lang", "en");
        assertEquals(0, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains("CN029"), explain.out());
    }
}
