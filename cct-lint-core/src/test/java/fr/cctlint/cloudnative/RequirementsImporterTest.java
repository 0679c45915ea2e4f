package fr.cctlint.cloudnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsImporterTest {

    @TempDir
    Path tmp;

    private static RequirementsImport realImport() {
        return RequirementsImporter.cctMi().importFile(SharedFiles.requirementsTable());
    }

    @Test
    void importsThe58PublishedRequirementsInTheirOrder() {
        RequirementsImport result = realImport();
        assertTrue(result.clean(), () -> result.problems().toString());
        List<Requirement> all = result.requirements().requirements();
        assertEquals(58, all.size());
        assertEquals(58, result.rowsRead());
        assertEquals("EX1", all.get(0).id());
        assertEquals("EX58", all.get(57).id());
        for (int i = 0; i < all.size(); i++) {
            assertEquals("EX" + (i + 1), all.get(i).id(), "the CCT's order");
        }
        Map<String, Long> types = all.stream().collect(Collectors.groupingBy(Requirement::type, TreeMap::new,
                Collectors.counting()));
        assertEquals(Map.of("", 1L, "I", 27L, "P", 30L), types);
        assertEquals("cct-cloud-native", result.requirements().provenance().id());
        assertEquals("5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19", result.requirements().provenance().revision());
        assertEquals("2025-01-18", result.requirements().provenance().date());
    }

    @Test
    void keepsTheFrenchTextAsPublishedWithoutEmphasis() {
        Requirements requirements = realImport().requirements();
        Requirement ex32 = requirements.byId("EX32").orElseThrow();
        assertEquals("Les conteneurs s'exécutent sans requérir à l’utilisateur root et les ports réseaux internes "
                + "sont > 1024. ( l’exécution de conteneur non rootless est bloquée en production )", ex32.text());
        assertEquals("P", ex32.type());
        assertEquals("Ministériel", ex32.nature());
        assertEquals("Code Applicatif & Image", ex32.category());
        assertEquals(Severity.WARNING, requirements.type(ex32).severity());
        assertEquals("essential", requirements.type(ex32).meaning("en"));

        Requirement ex58 = requirements.byId("EX58").orElseThrow();
        assertTrue(ex58.text().startsWith("L’équipe de développement respecte les règles suivantes"), ex58.text());
        assertFalse(ex58.text().contains("*"), "emphasis markers removed: " + ex58.text());
        assertFalse(ex58.text().contains("  "), "whitespace runs normalised");
        Requirement ex43 = requirements.byId("EX43").orElseThrow();
        assertEquals("", ex43.type(), "EX43 has no published type");
        assertEquals("type not given", requirements.type(ex43).meaning("en"));
        assertEquals("", requirements.byId("EX51").orElseThrow().category(), "EX51 has no published category");
        assertEquals("CloudNative", requirements.byId("EX27").orElseThrow().nature());
    }

    @Test
    void mergesTheAutomationOfTheProfile() {
        Requirements requirements = realImport().requirements();
        Map<String, Coverage> automated = requirements.requirements().stream()
                .filter(r -> r.automation().coverage() != Coverage.MANUAL)
                .collect(Collectors.toMap(Requirement::id, r -> r.automation().coverage(), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("EX14", Coverage.PARTIAL, "EX25", Coverage.PARTIAL, "EX29", Coverage.FULL,
                "EX32", Coverage.FULL, "EX46", Coverage.PARTIAL, "EX47", Coverage.PARTIAL, "EX54", Coverage.PARTIAL,
                "EX56", Coverage.PARTIAL), automated);
        assertEquals(List.of("EX46", "EX54"), requirements.judgedBy(Rule.CN046).stream().map(Requirement::id).toList());
        assertTrue(requirements.byId("EX32").orElseThrow().automation().facts()
                .contains("Dockerfile USER, EXPOSE (final stage)"));
        assertEquals(Severity.WARNING, requirements.severity(Rule.CN032));
    }

    @Test
    void hostileTableRejectsEachBadRowWithItsLineAndKeepsTheOthers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("""
                ---
                title: Exigences
                | pipe in the front matter |
                ---

                | ID | Type | Exigence | Nature | Catégorisation |
                | --- | --- | --- | --- | --- |
                | EX1 | **P** | Un **texte**   avec\u00a0 espaces. | Ministériel | Infra |
                | EX2 | I | trop peu de cellules |
                | EX3 | I | trop | de | cellules | ici |
                | XX4 | I | mauvais identifiant | Ministériel | Infra |
                | EX1 | I | doublon | Ministériel | Infra |
                | EX5 | Z | type inconnu | Ministériel | Infra |
                | EX6 | I |  | Ministériel | Infra |
                """.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("| EX7 | I | octets ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // latin-1 é: not UTF-8
        bytes.writeBytes(" | Ministériel | Infra |\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("| EX8 |  | sans type, avec un \\| échappé | Ministériel |  |\n|  |  |  |  |  |\n"
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(tmp.resolve("hostile.md"), bytes.toByteArray());

        RequirementsImport result = RequirementsImporter.cctMi().importFile(file);

        assertEquals(List.of("EX1", "EX8"), result.requirements().requirements().stream().map(Requirement::id).toList());
        assertEquals("Un texte avec espaces.", result.requirements().byId("EX1").orElseThrow().text());
        assertEquals("sans type, avec un | échappé", result.requirements().byId("EX8").orElseThrow().text());
        assertEquals(9, result.rowsRead());
        Map<Integer, String> rejected = result.problems().stream()
                .filter(p -> !p.file().endsWith(".yaml"))
                .collect(Collectors.toMap(Problem::line, p -> Messages.english().render(p.message()), (a, b) -> a + b,
                        TreeMap::new));
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15), List.copyOf(rejected.keySet()), rejected.toString());
        assertTrue(rejected.get(9).contains("3 cells, 5 expected"), rejected.get(9));
        assertTrue(rejected.get(10).contains("6 cells, 5 expected"), rejected.get(10));
        assertTrue(rejected.get(11).contains("XX4"), rejected.get(11));
        assertTrue(rejected.get(12).contains("already read at line 8"), rejected.get(12));
        assertTrue(rejected.get(13).contains("type \"Z\""), rejected.get(13));
        assertTrue(rejected.get(14).contains("text (Exigence) is empty"), rejected.get(14));
        assertTrue(rejected.get(15).contains("not UTF-8"), rejected.get(15));
        assertTrue(result.problems().stream().allMatch(p -> p.file().equals("hostile.md")
                || p.message().key().equals("requirements.import.profileUnknownId")));
        assertFalse(result.clean());
    }

    @Test
    void aFileWithNoTableIsOneProblemAndNoRequirements() throws Exception {
        Path file = Files.writeString(tmp.resolve("prose.md"), "# Exigences\n\nPas de tableau ici.\n");
        RequirementsImport result = RequirementsImporter.cctMi().importFile(file);
        assertEquals(0, result.rowsImported());
        assertEquals(1, result.problems().size());
        assertEquals("requirements.import.noTable", result.problems().get(0).message().key());
        assertTrue(result.problems().get(0).fatal());
    }

    @Test
    void aTableWithoutColumnNamesIsReadInThePublishedOrder() throws Exception {
        Path file = Files.writeString(tmp.resolve("bare.md"), "| EX1 | P | Texte | Ministériel | Infra |\n");
        RequirementsImport result = RequirementsImporter.cctMi().importFile(file);
        assertEquals(List.of("EX1"), result.requirements().requirements().stream().map(Requirement::id).toList());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().key().equals("requirements.import.noHeader")
                && p.line() == 1), result.problems().toString());
    }

    @Test
    void binaryJunkAndMissingFilesNeverCrash() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        RequirementsImport result = RequirementsImporter.cctMi().importFile(Files.write(tmp.resolve("junk.md"), junk));
        assertFalse(result.clean());
        RequirementsImport missing = RequirementsImporter.cctMi().importFile(tmp.resolve("absent.md"));
        assertEquals(0, missing.rowsImported());
        assertEquals("requirements.import.unreadableFile", missing.problems().get(0).message().key());
    }

    @Test
    void aBrokenProfileIsRefusedWithEveryProblemAtItsLine() throws Exception {
        Path profile = Files.writeString(tmp.resolve("profile.yaml"), """
                provenance:
                  id: test
                types:
                  - code: P
                    meaning: {fr: primordial, en: essential}
                    severity: LOUD
                automation:
                  EX32:
                    coverage: FULL
                    rules: [CN999]
                  EX33:
                    coverage: MANUAL
                    rules: [CN032]
                """);
        RequirementsException e = assertThrows(RequirementsException.class,
                () -> RequirementsImporter.withProfile(profile));
        Map<String, Integer> lines = e.problems().stream().collect(Collectors.toMap(p -> p.message().key(),
                Problem::line, (a, b) -> a));
        assertEquals(6, lines.get("requirements.load.badSeverity"));
        assertEquals(10, lines.get("requirements.load.unknownRule"));
        assertEquals(13, lines.get("requirements.load.ruleNotForRequirement"));
        assertTrue(lines.containsKey("requirements.load.ruleJudgesNothing"), lines.toString());
    }
}
