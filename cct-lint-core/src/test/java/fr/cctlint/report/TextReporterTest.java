package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest extends AbstractReporterTest {

    @Override
    Reporter reporter() {
        return new TextReporter(ReportOptions.plain());
    }

    @Override
    String extension() {
        return "txt";
    }

    private static String coloured(ScanReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReporter(new ReportOptions(true)).write(report, Messages.english(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        for (ScanReport report : ReportFixtures.all().values()) {
            assertFalse(render(report, Messages.english()).contains("\u001B"), "plain text holds an escape sequence");
        }
        String coloured = coloured(ReportFixtures.many());
        assertTrue(coloured.contains("\u001B[1;31mERROR  \u001B[0m"), coloured);
        // same words once the colours are stripped
        assertEquals(render(ReportFixtures.many(), Messages.english()), coloured.replaceAll("\u001B\\[[0-9;]*m", ""));
    }

    @Test
    void oneLinePerFindingWithTheQuotedEvidence() throws IOException {
        List<String> lines = render(ReportFixtures.one(), Messages.english()).lines().toList();
        int at = lines.indexOf("ERROR   CCT001 bom.json:42  rabbitmq@3.13 is operated on its own and is not in the referential.");
        assertTrue(at > 0, String.join("\n", lines));
        assertEquals("   42 | \"purl\": \"pkg:docker/library/rabbitmq@3.13\"", lines.get(at + 1));
    }

    @Test
    void headerNamesInputAndReferentialEdition() throws IOException {
        String text = render(ReportFixtures.one(), Messages.english());
        assertTrue(text.contains("Input: bom.json (SBOM)"), text);
        assertTrue(text.contains("Format: CycloneDX 1.6 JSON"), text);
        assertTrue(text.contains("Referential: CCT product referential (cct-mi), revision "
                + "5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19, 2025-01-18"), text);
    }

    @Test
    void highestSeverityFirst() throws IOException {
        String all = render(ReportFixtures.many(), Messages.english());
        String text = all.substring(0, all.indexOf("Input: sboms/legacy bom.xml"));
        int lastError = text.lastIndexOf("\nERROR ");
        int firstWarning = text.indexOf("\nWARNING ");
        int firstNote = text.indexOf("\nNOTE ");
        assertTrue(lastError < firstWarning && firstWarning < firstNote, text);
    }

    @Test
    void summaryAndVerdictAtTheThreshold() throws IOException {
        String many = render(ReportFixtures.many(), Messages.english());
        assertTrue(many.contains("Findings: 4 errors, 4 warnings, 1 note."), many);
        assertTrue(many.contains("Problems: 2 problems while reading the inputs."), many);
        assertTrue(many.contains("Components: 10 assessed (listed: 1, listed with a status to note: 3, "
                + "version not listed: 1, unlisted embedded: 1, unlisted operated: 3, out of scope: 1); "
                + "0 excluded by the source."), many);
        assertTrue(many.strip().endsWith("Result: NOT conform, 6 findings at or above error."), many);

        String empty = render(ReportFixtures.empty(), Messages.french());
        assertTrue(empty.contains("Aucun constat."), empty);
        assertTrue(empty.strip().endsWith("Résultat : conforme, aucun constat de niveau erreur ou plus."), empty);

        ScanReport lenient = ReportFixtures.scan(ReportFixtures.many().inputs(), Severity.NONE, false);
        assertTrue(render(lenient, Messages.english()).strip().endsWith("Result: not enforced (--fail-on none)."));
    }

    @Test
    void controlCharactersFromTheScannedProjectNeverReachTheTerminal() throws IOException {
        String text = render(ReportFixtures.many(), Messages.english());
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n'), "a control character reached the terminal");
        assertTrue(text.contains("com.example/evil<&>\"lib\uFFFD@1.0"), text);
    }

    @Test
    void aProblemWithoutItsOwnFindingIsStillShown() throws IOException {
        String text = render(ReportFixtures.many(), Messages.english());
        assertTrue(text.contains("ERROR   CCT009 requirements.txt  Unsupported file"), text);
        // the package.json problem is shown once, through its CCT009 finding
        assertEquals(1, text.lines().filter(l -> l.contains("web/package.json:3")).count(), text);
    }
}
