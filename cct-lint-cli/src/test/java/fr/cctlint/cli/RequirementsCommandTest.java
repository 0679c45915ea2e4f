package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.testing.ReportSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cct-lint requirements import|show} and {@code cct-lint explain EX32|CN046}. */
class RequirementsCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void importOfThePublishedTableGivesTheCommittedRequirements() throws IOException {
        Path table = ReportSchemas.shared("cct/exigences-cloud-native.md");
        Path out = tmp.resolve("out/requirements.yaml");
        CliRun run = CliRun.of("requirements", "import", "--source", table.toString(), "--output", out.toString(),
                "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("exigences-cloud-native.md: 58 table rows read, 58 requirements imported, 0 rejected"),
                run.out());
        assertTrue(run.out().contains("Wrote 58 requirements to " + out), run.out());
        assertEquals(Files.readString(ROOT.resolve("rules/cloud-native/requirements.yaml")), Files.readString(out));
    }

    @Test
    void importListsRejectedRowsWithTheirLineAndExitsWith1() throws IOException {
        Path table = Files.writeString(tmp.resolve("table.md"), """
                | ID | Type | Exigence | Nature | Catégorisation |
                | --- | --- | --- | --- | --- |
                | EX32 | P | Les conteneurs s'exécutent sans root. | Ministériel | Image |
                | EX33 | I | cellule manquante |
                """);
        Path out = tmp.resolve("requirements.yaml");
        CliRun run = CliRun.of("requirements", "import", "--source", table.toString(), "-o", out.toString(),
                "--lang", "fr");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("rejetée : table.md:4: ligne EX33 rejetée : elle a 3 cellules, 5 attendues"),
                run.out());
        assertTrue(Files.readString(out).contains("id: EX32"));
    }

    @Test
    void importOfAFileWithoutTableOrWithABrokenProfileIsExitCode2() throws IOException {
        Path prose = Files.writeString(tmp.resolve("prose.md"), "Pas de tableau.\n");
        CliRun none = CliRun.of("requirements", "import", "--source", prose.toString(), "-o",
                tmp.resolve("x.yaml").toString(), "--lang", "en");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("prose.md: no Markdown table found"), none.err());
        assertTrue(none.err().contains("cct-lint: error:"), none.err());

        Path profile = Files.writeString(tmp.resolve("profile.yaml"), "provenance: {id: x}\ntypes: []\nautomation:\n"
                + "  EX32: {coverage: FULL, rules: [CCT001]}\n");
        CliRun broken = CliRun.of("requirements", "import", "--source", prose.toString(), "--profile",
                profile.toString(), "--lang", "en");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains(profile + ":4: \"CCT001\" is not a Cloud Native rule"), broken.err());
    }

    @Test
    void showGivesTheFrenchTextTheTypeInTheUsersLanguageAndWhatIsChecked() {
        CliRun en = CliRun.of("requirements", "show", "EX32", "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(en.out().contains("Les conteneurs s'exécutent sans requérir à l’utilisateur root"), en.out());
        assertTrue(en.out().contains("P — essential (findings: warning)"), en.out());
        assertTrue(en.out().contains("Code Applicatif & Image"), en.out());
        assertTrue(en.out().contains("yes: files show all of it"), en.out());
        assertTrue(en.out().contains("CN032 container-root-or-low-port"), en.out());
        assertTrue(en.out().contains("Dockerfile USER, EXPOSE (final stage)"), en.out());

        CliRun fr = CliRun.of("requirements", "show", "ex43", "--lang", "fr");
        assertEquals(0, fr.exitCode(), fr.err());
        assertTrue(fr.out().contains("— — non précisé (constats : note)"), fr.out());
        assertTrue(fr.out().contains("non : l'évaluateur en juge"), fr.out());
    }

    @Test
    void anUnknownRequirementIsAUsageError() {
        CliRun show = CliRun.of("requirements", "show", "EX99", "--lang", "en");
        assertEquals(2, show.exitCode());
        assertTrue(show.err().contains("no Cloud Native requirement 'EX99' (ids EX1 to EX58)"), show.err());
        CliRun explain = CliRun.of("explain", "EX0", "--lang", "en");
        assertEquals(2, explain.exitCode());
    }

    @Test
    void explainOfARequirementShowsItThenTheRuleThatChecksIt() {
        CliRun en = CliRun.of("explain", "EX32", "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        String out = en.out();
        int requirement = out.indexOf("Les conteneurs s'exécutent");
        int rule = out.indexOf("CN032 Container runs as root");
        assertTrue(requirement >= 0 && rule > requirement, out);
        assertTrue(out.contains("How to fix or justify:"), out);

        CliRun fr = CliRun.of("explain", "EX32", "--lang", "fr");
        assertTrue(fr.out().contains("P — primordial (constats : warning)"), fr.out());
        assertTrue(fr.out().contains("Pour corriger ou justifier :"), fr.out());

        CliRun manual = CliRun.of("explain", "EX1", "--lang", "en");
        assertTrue(manual.out().contains("No rule checks this requirement"), manual.out());
    }

    @Test
    void explainOfACloudNativeRuleListsTheRequirementsItChecks() {
        CliRun run = CliRun.of("explain", "CN046", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Checks the Cloud Native requirements EX46, EX54"), run.out());
        CliRun referentialRule = CliRun.of("explain", "CCT001", "--lang", "en");
        assertTrue(!referentialRule.out().contains("Cloud Native requirements"), referentialRule.out());
    }
}
