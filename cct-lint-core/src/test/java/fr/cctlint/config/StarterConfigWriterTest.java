package fr.cctlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.policy.Rule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The starter file of {@code cct-lint init}: commented, and read back as a valid file with incomplete stubs. */
class StarterConfigWriterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static ConfigResult reread(String text) {
        return new ProjectConfigLoader().load(".cct-lint.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertValid(ConfigResult result, String text) {
        assertTrue(result.valid(), () -> result.problems().stream()
                .map(p -> p.line() + ": " + Messages.english().render(p.message())).toList() + "\n" + text);
    }

    private static final List<StarterEntry> FINDINGS = List.of(
            new StarterEntry("pkg:docker/minio/minio", "minio/minio@RELEASE.2024-06-13T22-53-53Z", Rule.CCT001,
                    new Evidence("docker-compose.yml", 12, "image: minio/minio:RELEASE.2024-06-13T22-53-53Z")),
            new StarterEntry("RabbitMQ", "RabbitMQ (inferred from spring-rabbit)", Rule.CCT008,
                    new Evidence("pom.xml", 48, "<artifactId>spring-rabbit</artifactId>")),
            new StarterEntry("pkg:docker/minio/minio", "minio/minio@latest", Rule.CCT001,
                    new Evidence("k8s/minio.yaml", 20, "image: minio/minio:latest")));

    @Test
    void stubsReadBackAsIncompleteDeclarations() {
        String text = new StarterConfigWriter().write(FINDINGS, TODAY);
        ConfigResult result = reread(text);
        assertValid(result, text);
        List<EmbeddedDeclaration> stubs = result.config().embedded();
        assertEquals(List.of("pkg:docker/minio/minio", "RabbitMQ"),
                stubs.stream().map(EmbeddedDeclaration::component).toList(), "one stub per component");
        for (EmbeddedDeclaration stub : stubs) {
            assertFalse(stub.complete());
            assertEquals(List.of("installationIntegrated", "updatesIntegrated", "noOperatorSkills",
                    "noSpecificMaintenance", "securityAssessed", "owner", "justification"), stub.missing());
            assertEquals(Boolean.FALSE, stub.securityAssessed(), "guarantees are written false, not left out");
        }
        assertTrue(result.config().waivers().isEmpty(), "waivers are only a commented alternative");
        assertEquals(ProjectConfig.NONE.newProject(), result.config().newProject());
    }

    @Test
    void commentsSayWhereEachComponentWasFoundAndExplainEveryKey() {
        String text = new StarterConfigWriter().write(FINDINGS, TODAY);
        assertTrue(text.startsWith("# cct-lint project policy file, written by \"cct-lint init\" on 2026-05-04.\n"));
        assertTrue(text.contains("  # CCT001 Unlisted operated component: minio/minio@RELEASE.2024-06-13T22-53-53Z at "
                + "docker-compose.yml:12; CCT001 Unlisted operated component: minio/minio@latest at k8s/minio.yaml:20\n"),
                text);
        assertTrue(text.contains("  # CCT008 Inferred backing service not listed: RabbitMQ (inferred from "
                + "spring-rabbit) at pom.xml:48\n"), text);
        for (String key : List.of("# newProject: false", "# cloudNative: false", "# referentials:", "# exclude:",
                "# scopes:", "# severity:", "# waivers:", "#   - rule: CCT008", "#     expires: 2027-05-04")) {
            assertTrue(text.contains(key + "\n"), key);
        }
        assertTrue(text.contains("    securityAssessed: false         # impact on the information system's security"
                + " assessed\n"), text);
        assertTrue(text.contains("    owner: \"\"                       # TODO: who answers for this declaration\n"),
                text);
    }

    @Test
    void uncommentingTheExampleKeysGivesAValidFile() {
        String text = new StarterConfigWriter().write(FINDINGS, TODAY);
        String uncommented = text.replaceAll("(?m)^# (?=[a-zA-Z]+:( |$)|  )", "");
        ConfigResult result = reread(uncommented);
        assertValid(result, uncommented);
        assertEquals(Boolean.FALSE, result.config().newProject());
        assertEquals(List.of("legacy/**"), result.config().exclude());
        assertEquals(2, result.config().waivers().size());
        assertEquals(LocalDate.of(2027, 5, 4), result.config().waivers().get(0).expires());
        assertEquals("CCT008", result.config().waivers().get(1).rule());
    }

    @Test
    void withoutFindingsTheFileIsOnlyCommentsAndSetsNothing() {
        String text = new StarterConfigWriter().write(List.of(), TODAY);
        ConfigResult result = reread(text);
        assertValid(result, text);
        assertTrue(result.config().embedded().isEmpty());
        assertTrue(text.lines().allMatch(line -> line.isEmpty() || line.startsWith("#")), text);
        String uncommented = text.replaceAll("(?m)^# (?=[a-zA-Z]+:( |$)|  )", "");
        ConfigResult example = reread(uncommented);
        assertValid(example, uncommented);
        assertTrue(example.config().embedded().get(0).complete(), "the example declaration is a complete one");
    }

    @Test
    void awkwardNamesAreQuotedSafely() {
        List<StarterEntry> entries = List.of(
                new StarterEntry("registry.example:5000/team/app # prod", "a: b # c\nnewProject: true", Rule.CCT001,
                        new Evidence("compose.yaml", 3, "")),
                new StarterEntry("\"quoted\" 'name' \\ back", "x", Rule.CCT001, null),
                new StarterEntry("Équipe: café ☕ {x}", "y", Rule.CCT008, null),
                new StarterEntry("- *alias &anchor !tag %d @x `y`", "z", Rule.CCT001, null));
        String text = new StarterConfigWriter().write(entries, TODAY);
        ConfigResult result = reread(text);
        assertValid(result, text);
        assertEquals(entries.stream().map(StarterEntry::selector).toList(),
                result.config().embedded().stream().map(EmbeddedDeclaration::component).toList());
        assertEquals(null, result.config().newProject(), "a display name cannot inject a key through a comment");
    }

    @Test
    void frenchComments() {
        String text = new StarterConfigWriter(Messages.french()).write(FINDINGS, TODAY);
        assertTrue(text.contains("# Fichier de politique du projet de cct-lint, écrit par « cct-lint init » le "
                + "2026-05-04.\n"), text);
        assertValid(reread(text), text);
    }

    @Test
    void entriesAreOnlyForUnlistedComponents() {
        assertThrows(IllegalArgumentException.class,
                () -> new StarterEntry("mysql", "mysql", Rule.CCT002, null));
        assertThrows(IllegalArgumentException.class,
                () -> new StarterEntry("pkg:maven", "x", Rule.CCT001, null));
    }

    @Test
    void entryOfAComponentUsesItsVersionlessPurl() {
        Component minio = new Component("c1", "minio/minio", null, "RELEASE.2024-06-13T22-53-53Z",
                "pkg:docker/minio/minio@RELEASE.2024-06-13T22-53-53Z", null, ComponentType.CONTAINER, Scope.RUNTIME,
                false, List.of(new Evidence("docker-compose.yml", 12, "image: minio/minio")), Map.of());
        StarterEntry entry = StarterEntry.of(minio, Rule.CCT001);
        assertEquals("pkg:docker/minio/minio", entry.selector());
        assertEquals("minio/minio@RELEASE.2024-06-13T22-53-53Z", entry.displayName());
        assertEquals(12, entry.evidence().line());
    }
}
