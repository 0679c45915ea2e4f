package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.config.ProjectConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project file on the command line: --config, init, explain, --baseline, --since. */
class PolicyFileCliTest {
    private static final int RULE_COUNT = fr.cctlint.policy.Rule.values().length;

    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path project() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(dir.resolve("docker-compose.yml"), """
                services:
                  db:
                    image: postgres:16
                  broker:
                    image: rabbitmq:3.13
                  store:
                    image: minio/minio:RELEASE.2024-05-10T01-41-38Z
                """);
        return dir;
    }

    @Test
    void initWritesAStarterFileThatReadsBackAndKeepsTheComponentsFlagged() throws IOException {
        Path dir = project();
        CliRun init = CliRun.of("init", dir.toString(), "--lang", "en");
        assertEquals(0, init.exitCode(), init.err());
        Path file = dir.resolve(".cct-lint.yaml");
        assertTrue(init.out().contains("with 2 declaration stub(s)"), init.out());
        var loaded = new ProjectConfigLoader().load(".cct-lint.yaml", Files.readAllBytes(file));
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertEquals(2, loaded.config().embedded().size());

        CliRun scan = CliRun.of("scan", dir.toString());
        assertEquals(1, scan.exitCode());
        assertTrue(scan.out().contains("CCT006") && scan.out().contains("CCT001"), scan.out());

        CliRun again = CliRun.of("init", dir.toString());
        assertEquals(2, again.exitCode(), "an existing file is never replaced silently");
        assertTrue(again.err().contains("--force"), again.err());
    }

    @Test
    void aCompletedDeclarationAndAWaiverMakeTheProjectConform() throws IOException {
        Path dir = project();
        Files.writeString(dir.resolve(".cct-lint.yaml"), """
                embedded:
                  - component: pkg:docker/minio/minio
                    installationIntegrated: true
                    updatesIntegrated: true
                    noOperatorSkills: true
                    noSpecificMaintenance: true
                    securityAssessed: true
                    owner: "Équipe"
                    justification: "object store packed and updated with the application"
                waivers:
                  - rule: CCT001
                    component: rabbitmq
                    reason: "replaced by the ministry's broker in 2027"
                    approvedBy: "Comité d'architecture"
                    expires: 2027-06-01
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("scan", dir.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Waived by the project file (1)"), run.out());
        assertTrue(run.out().contains("Declared embedded in the project file (1)"), run.out());
        String sarif = CliRun.of("scan", dir.toString(), "-f", "sarif").out();
        assertTrue(sarif.contains("\"suppressions\"") && sarif.contains("\"accepted\""), sarif);
        String junit = CliRun.of("scan", dir.toString(), "-f", "junit").out();
        assertTrue(junit.contains("<skipped message=\"waived (CCT001)"), junit);
    }

    @Test
    void anInvalidProjectFileIsExitCode2WithEachProblemAtItsLine() throws IOException {
        Path dir = project();
        Files.writeString(dir.resolve(".cct-lint.yaml"), """
                newProject: maybe
                waivers:
                  - rule: CCT999
                    component: mysql
                colour: blue
                """);
        CliRun run = CliRun.of("scan", dir.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(".cct-lint.yaml:1"), run.err());
        assertTrue(run.err().contains(".cct-lint.yaml:3"), run.err());
        assertTrue(run.err().contains(".cct-lint.yaml:5"), run.err());
        assertTrue(run.err().contains("the project file is invalid"), run.err());
    }

    @Test
    void configNamedOnTheCommandLineAppliesToAnSbom() throws IOException {
        Path config = Files.writeString(tmp.resolve("policy.yaml"), "newProject: true\n");
        Path sbom = Files.writeString(tmp.resolve("bom.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [{"type": "library", "name": "jquery", "version": "1.12.4", "purl": "pkg:npm/jquery@1.12.4"}]}
                """);
        assertEquals(0, CliRun.of("scan", "--sbom", sbom.toString()).exitCode());
        CliRun strict = CliRun.of("scan", "--sbom", sbom.toString(), "--config", config.toString());
        assertEquals(1, strict.exitCode(), "newProject makes status M an error");
        assertTrue(strict.out().contains("ERROR   CCT002"), strict.out());
    }

    @Test
    void includeDevJudgesBuildComponentsToo() throws IOException {
        String project = ROOT.resolve("examples/project-java-maven").toString();
        assertEquals("OUT_OF_SCOPE", verdictOf(CliRun.of("scan", project, "-f", "json"), "junit-jupiter"));
        assertEquals("LISTED", verdictOf(CliRun.of("scan", project, "-f", "json", "--include-dev"), "junit-jupiter"),
                "the test dependency is judged: JUnit is listed (DV-1466)");
    }

    private static String verdictOf(CliRun run, String name) throws IOException {
        for (var a : new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).at("/inputs/0/assessments")) {
            if (name.equals(a.at("/component/name").asText())) {
                return a.path("verdict").asText();
            }
        }
        return "absent";
    }

    @Test
    void explainPrintsWhatWhyAndHowInBothLanguages() {
        CliRun en = CliRun.of("explain", "CCT001", "--lang", "en");
        assertEquals(0, en.exitCode());
        assertTrue(en.out().startsWith("CCT001 "), en.out());
        assertTrue(en.out().contains("How to fix or justify:"), en.out());
        CliRun fr = CliRun.of("explain", "cct006", "--lang", "fr");
        assertTrue(fr.out().contains("Pour corriger ou justifier"), fr.out());
        assertEquals(RULE_COUNT, CliRun.of("explain").out().lines().count(), "one line per rule");
        CliRun unknown = CliRun.of("explain", "CCT999");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("CCT999"), unknown.err());
    }

    @Test
    void aBaselineHidesWhatWasAlreadyThere() throws IOException {
        Path dir = project();
        Path baseline = tmp.resolve("baseline.sarif");
        Files.writeString(baseline, CliRun.of("scan", dir.toString(), "-f", "sarif").out());
        assertEquals(0, CliRun.of("scan", dir.toString(), "--baseline", baseline.toString()).exitCode());
        Files.writeString(dir.resolve("docker-compose.yml"), "\n\n" + Files.readString(dir.resolve("docker-compose.yml"))
                + "  queue:\n    image: apache/kafka:3.7.0\n");
        CliRun run = CliRun.of("scan", dir.toString(), "--baseline", baseline.toString());
        assertEquals(1, run.exitCode(), "the new broker is reported, the moved ones are not");
        assertTrue(run.out().contains("kafka") && !run.out().contains("rabbitmq@"), run.out());

        Path broken = Files.writeString(tmp.resolve("broken.sarif"), "{ not json");
        CliRun bad = CliRun.of("scan", dir.toString(), "--baseline", broken.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("broken.sarif"), bad.err());
    }

    @Test
    void sinceReportsOnlyWhatChangedBetweenTwoRevisions() throws Exception {
        Path dir = project();
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("one").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
            git.tag().setName("base").call();
            Files.writeString(dir.resolve("Dockerfile"), "FROM rockylinux:9\nUSER 1001\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("two").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
        }
        CliRun run = CliRun.of("scan", "--git", dir.toString(), "--since", "base");
        assertTrue(run.out().contains("Dockerfile:1"), run.out());
        assertFalse(run.out().contains("docker-compose.yml"), "unchanged files are not reported: " + run.out());
        assertEquals(2, CliRun.of("scan", dir.toString(), "--since", "base").exitCode(), "--since needs --git");
    }
}
