package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule catalogue, its documentation (rules/README.md, shipped as cct-rules/README.md) and both languages agree. */
class RuleCatalogueTest {
    private static final List<String> PARTS = List.of("name", "short", "full", "help");
    private static final Pattern RULE_ID = Pattern.compile("\\b(?:CCT|CN)\\d{3}\\b");

    private static Set<String> catalogueIds() {
        return Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String readme() throws IOException {
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/cct-rules/README.md")) {
            assertNotNull(in, "rules/README.md is not packed under cct-rules/");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRuleHasItsFourTextsInBothLanguages() {
        for (Messages messages : List.of(Messages.english(), Messages.french())) {
            ReportTexts texts = new ReportTexts(messages, ReportFixtures.referential());
            for (Rule rule : Rule.values()) {
                for (String part : PARTS) {
                    String key = "rules." + rule.id() + "." + part;
                    assertNotEquals(key, messages.get(key), key + " missing in " + messages.locale());
                }
                assertTrue(texts.ruleShort(rule).endsWith("."), rule + " short text is one sentence");
            }
        }
        assertNotEquals(Messages.english().get("rules.CCT001.full"), Messages.french().get("rules.CCT001.full"));
    }

    private static Properties load(String resource) throws IOException {
        try (java.io.InputStream in = RuleCatalogueTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            org.junit.jupiter.api.Assertions.assertNotNull(in, "missing bundle " + resource);
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void theBundlesNameNoOtherRule() throws IOException {
        for (String resource : List.of("rules.properties", "rules_fr.properties")) {
            Properties p = load(resource);
            Set<String> ids = new TreeSet<>();
            p.stringPropertyNames().forEach(k -> ids.add(k.split("\\.")[1]));
            assertEquals(catalogueIds(), ids, resource);
            assertEquals(Rule.values().length * PARTS.size(), p.size(), resource);
        }
    }

    @Test
    void theReadmeDocumentsEveryRuleAndNoOther() throws IOException {
        String readme = readme();
        Set<String> mentioned = new TreeSet<>();
        Matcher m = RULE_ID.matcher(readme);
        while (m.find()) {
            mentioned.add(m.group());
        }
        assertEquals(catalogueIds(), mentioned);
        for (Rule rule : Rule.values()) {
            assertTrue(readme.contains("## " + rule.id() + " "), "no section for " + rule.id());
            assertTrue(readme.contains("`" + rule.slug() + "`"), "README lacks the name of " + rule.id());
            assertTrue(readme.contains(Messages.english().get("rules." + rule.id() + ".name")),
                    "README title of " + rule.id() + " differs from the bundle");
        }
    }

    @Test
    void theReadmeStatesEachDefaultSeverity() throws IOException {
        String readme = readme();
        for (Rule rule : Rule.values()) {
            int start = readme.indexOf("## " + rule.id() + " ");
            int end = readme.indexOf("\n## ", start + 1);
            String section = readme.substring(start, end < 0 ? readme.length() : end);
            assertTrue(section.contains("Default severity: " + rule.defaultSeverity().sarifLevel()),
                    rule.id() + ": " + section);
        }
    }
}
