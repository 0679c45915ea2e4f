package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.testing.ReportSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cct-lint referential import|list|show|validate}. */
class ReferentialCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void listShowsEveryProductOfTheBundledReferential() {
        CliRun run = CliRun.of("referential", "list", "--lang", "en");
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals("REF\tSTATUS\tPRODUCT\tVERSION\tSUPPLIER", lines.get(0));
        assertEquals(336 + 2, lines.size(), "header, 336 rows, count");
        assertTrue(lines.contains("AT-1541\tR\tPostgreSQL\t*\tPostgreSQL.org"), run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("336 products"), lines.get(lines.size() - 1));
    }

    @Test
    void listFiltersByStatus() {
        List<String> rows = CliRun.of("referential", "list", "--status", "O").out().lines().skip(1)
                .filter(l -> l.contains("\t")).toList();
        assertEquals(List.of("DV-1540", "SG-1558"), rows.stream().map(r -> r.substring(0, r.indexOf('\t'))).sorted().toList());
    }

    @Test
    void showGivesEveryRowOfAProductWithItsConditionsAndSelectors() {
        CliRun byName = CliRun.of("referential", "show", "tomcat", "--lang", "en");
        assertEquals(0, byName.exitCode());
        assertEquals(3, byName.out().lines().filter(l -> l.startsWith("Reference:")).count(), byName.out());
        assertTrue(byName.out().contains("AT-1486") && byName.out().contains("9 – Version SILL"), byName.out());
        assertTrue(byName.out().contains("purl pkg:maven/org.apache.tomcat.embed/tomcat-embed-*"), byName.out());
        CliRun byRef = CliRun.of("referential", "show", "SG-1574", "--lang", "fr");
        assertTrue(byRef.out().contains("Statut:") || byRef.out().contains("Statut :"), byRef.out());
        assertTrue(byRef.out().contains("A (autorisé)") && byRef.out().contains("LEMONLDAP-NG"), byRef.out());
    }

    @Test
    void showOfAnUnknownProductIsExitCode2() {
        CliRun run = CliRun.of("referential", "show", "no-such-product");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no-such-product"), run.err());
    }

    @Test
    void validateAcceptsTheBundledFileAndReportsEachProblemWithItsLine() throws IOException {
        CliRun ok = CliRun.of("referential", "validate", "--standalone",
                ROOT.resolve("rules/referential/cct-mi.yaml").toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("valid (336 products"), ok.out());

        Path broken = Files.writeString(tmp.resolve("broken.yaml"), """
                products:
                  - ref: XX-1
                    name: Thing
                    status: R
                    constraint: '>>2'
                    colour: blue
                """);
        CliRun bad = CliRun.of("referential", "validate", broken.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.out().contains(broken + ":5"), "bad constraint at its line: " + bad.out());
        assertTrue(bad.out().contains(broken + ":6"), "unknown key at its line: " + bad.out());
    }

    @Test
    void importOfThePublishedTablesGivesTheCommittedReferential() throws IOException {
        Path cct = ReportSchemas.shared("cct");
        Path out = tmp.resolve("cct-mi.yaml");
        CliRun run = CliRun.of("referential", "import", cct.toString(), "-o", out.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Imported 336 rows from 4 file(s)"), run.out());
        assertEquals(Files.readString(ROOT.resolve("rules/referential/cct-mi.yaml")), Files.readString(out));
    }

    @Test
    void importOfAFolderWithoutTablesIsExitCode2() {
        CliRun run = CliRun.of("referential", "import", tmp.toString(), "-o", tmp.resolve("x.yaml").toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("cct-lint: error:"), run.err());
    }
}
