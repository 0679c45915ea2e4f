package fr.cctlint.cloudnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void theBundledRequirementsLoadAndEveryCloudNativeRuleJudgesWhatItDeclares() {
        Requirements requirements = RequirementsLoader.bundled();
        assertEquals(58, requirements.requirements().size());
        assertEquals(3, requirements.types().size());
        for (Rule rule : Arrays.stream(Rule.values()).filter(Rule::cloudNative).toList()) {
            assertEquals(rule.requirements(), requirements.judgedBy(rule).stream().map(Requirement::id).toList(),
                    rule.id());
        }
        assertEquals("Licence Ouverte / Open Licence 2.0 (Etalab)", requirements.provenance().licence());
    }

    @Test
    void theCommittedFileLoadsFromItsPathToo() {
        Requirements requirements = RequirementsLoader.load(SharedFiles.root()
                .resolve("rules/cloud-native/requirements.yaml"));
        assertEquals(RequirementsLoader.bundled(), requirements);
    }

    /** Every cloud-native rule used once, so that only the problems written on purpose show. */
    private static String everyRule() {
        StringBuilder out = new StringBuilder();
        for (Rule rule : Arrays.stream(Rule.values()).filter(Rule::cloudNative).toList()) {
            for (String id : rule.requirements()) {
                out.append("  - id: ").append(id).append("\n    type: P\n    text: texte\n    automation:\n")
                        .append("      coverage: PARTIAL\n      rules: [").append(rule.id()).append("]\n");
            }
        }
        return out.toString();
    }

    @Test
    void eachProblemNamesTheFileAndTheLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("requirements.yaml"), """
                provenance:
                  id: test
                types:
                  - code: P
                    meaning: {fr: primordial}
                    severity: WARNING
                requirements:
                  - id: EX1
                    type: P
                    text: premier
                  - id: EX1
                    type: P
                    text: doublon
                  - id: EX2
                    type: Q
                    text: type inconnu
                  - id: EX3
                    type: P
                    text: manuel avec règle
                    automation:
                      coverage: MANUAL
                      rules: [CN032]
                  - id: EX4
                    type: P
                    text: complet sans règle
                    automation:
                      coverage: FULL
                  - id: EX5
                    type: P
                    text: règle du référentiel
                    automation:
                      coverage: FULL
                      rules: [CCT001]
                  - id: EX6
                    type: P
                    text: couverture inconnue
                    colour: blue
                    automation:
                      coverage: SOME
                """ + everyRule());
        List<Problem> problems = new RequirementsLoader().validate(file);
        Map<Integer, String> byLine = problems.stream().collect(Collectors.toMap(Problem::line,
                p -> p.message().key(), (a, b) -> a + "," + b, TreeMap::new));
        assertEquals("requirements.load.duplicateId", byLine.get(11));
        assertEquals("requirements.load.unknownType", byLine.get(14));
        assertEquals("requirements.load.ruleNotForRequirement", byLine.get(22), byLine.toString());
        assertEquals("requirements.load.automatedWithoutRules", byLine.get(27));
        assertEquals("requirements.load.unknownRule", byLine.get(33));
        assertEquals("requirements.load.unknownKey", byLine.get(37));
        assertEquals("requirements.load.badCoverage", byLine.get(39));
        assertEquals(7, problems.size(), byLine.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals(file.toString())));

        RequirementsException e = assertThrows(RequirementsException.class, () -> RequirementsLoader.load(file));
        assertTrue(e.getMessage().contains(file + ":11: requirement EX1 is written twice (first at line 8)"),
                e.getMessage());
    }

    @Test
    void aManualRequirementWithRulesIsRefusedAtItsAutomation() throws Exception {
        Path file = Files.writeString(tmp.resolve("manual.yaml"), """
                provenance: {id: test}
                types: [{code: P, meaning: {en: essential}, severity: WARNING}]
                requirements:
                  - id: EX32
                    type: P
                    text: texte
                    automation:
                      coverage: MANUAL
                      rules: [CN032]
                """ + everyRule().replace("  - id: EX32\n", "  - id: EX99\n").replace("[CN032]", "[CN032]"));
        List<Problem> problems = new RequirementsLoader().validate(file);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 8
                && p.message().key().equals("requirements.load.manualWithRules")), problems.toString());
    }

    @Test
    void aRuleThatJudgesNothingAndAMissingProvenanceAreReported() throws Exception {
        Path file = Files.writeString(tmp.resolve("partial.yaml"), """
                types: [{code: I, meaning: {fr: important}, severity: NOTE}]
                requirements:
                  - {id: EX1, type: I, text: texte}
                """);
        List<String> messages = new RequirementsLoader().validate(file).stream()
                .map(p -> Messages.english().render(p.message())).toList();
        assertTrue(messages.contains("the file has no \"provenance\""), messages.toString());
        assertTrue(messages.contains("rule CN032 judges no requirement: list it under the automation of EX32"),
                messages.toString());
    }

    @Test
    void brokenYamlNonUtf8AndEmptyFilesAreOneProblemEach() throws Exception {
        Path syntax = Files.writeString(tmp.resolve("syntax.yaml"), "provenance:\n  id: [unclosed\n");
        Path latin1 = Files.write(tmp.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});
        Path empty = Files.writeString(tmp.resolve("empty.yaml"), "");
        for (Path file : List.of(syntax, latin1, empty)) {
            List<Problem> problems = new RequirementsLoader().validate(file);
            assertEquals(1, problems.size(), file + ": " + problems);
            assertTrue(problems.get(0).fatal());
        }
        assertEquals(1, new RequirementsLoader().validate(latin1).get(0).line());
        assertEquals("requirements.load.unreadable",
                new RequirementsLoader().validate(tmp.resolve("absent.yaml")).get(0).message().key());
    }

    @Test
    void theReadmeDocumentsEveryKeyTheReaderAccepts() throws Exception {
        String readme;
        try (java.io.InputStream in = RequirementsLoaderTest.class.getResourceAsStream(
                "/cct-rules/cloud-native/README.md")) {
            assertTrue(in != null, "rules/cloud-native/README.md ships in the jar");
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (List<String> keys : List.of(RequirementsYamlReader.TOP_KEYS, RequirementsYamlReader.PROVENANCE_KEYS,
                RequirementsYamlReader.TYPE_KEYS, RequirementsYamlReader.REQUIREMENT_KEYS,
                RequirementsYamlReader.AUTOMATION_KEYS)) {
            for (String key : keys) {
                assertTrue(readme.contains("`" + key + "`"), "README documents " + key);
            }
        }
    }

    @Test
    void aliasesCannotMultiplyTheWork() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 12; i++) {
            bomb.append("b").append(i).append(": &b").append(i).append(" [*")
                    .append(i == 0 ? "a" : "b" + (i - 1)).append(", *").append(i == 0 ? "a" : "b" + (i - 1))
                    .append("]\n");
        }
        Path file = Files.writeString(tmp.resolve("bomb.yaml"), bomb.toString());
        List<Problem> problems = new RequirementsLoader().validate(file);
        assertTrue(!problems.isEmpty(), "refused");
    }
}
