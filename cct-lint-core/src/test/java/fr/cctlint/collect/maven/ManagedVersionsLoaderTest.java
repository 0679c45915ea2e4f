package fr.cctlint.collect.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The managed versions file: the bundled data is complete and consistent, and a broken file says where. */
class ManagedVersionsLoaderTest {
    private static final ManagedVersions BUNDLED = ManagedVersionsLoader.bundled();
    private static final String BOOT = "org.springframework.boot:spring-boot-dependencies";

    @Test
    void everyBundledLineHasItsVersionsForTheGroupsTheReferentialCaresAbout() {
        ManagedVersions.Bom boot = BUNDLED.boms().stream().filter(b -> b.bom().equals(BOOT)).findFirst().orElseThrow();
        assertEquals(List.of("org.springframework.boot:spring-boot-starter-parent"), boot.also());
        assertEquals(List.of("2.7", "3.0", "3.1", "3.2", "3.3", "3.4", "3.5"),
                boot.lines().stream().map(ManagedVersions.Line::line).toList());
        for (ManagedVersions.Line line : boot.lines()) {
            Set<String> groups = line.versions().keySet().stream().map(p -> p.substring(0, p.indexOf(':')))
                    .collect(Collectors.toSet());
            assertTrue(groups.containsAll(Set.of("org.springframework", "org.springframework.security",
                    "org.apache.tomcat.embed", "org.postgresql", "com.fasterxml.jackson.core")), line.line() + " " + groups);
            assertTrue(groups.contains("org.hibernate") || groups.contains("org.hibernate.orm"), line.line());
        }
    }

    @ParameterizedTest(name = "Boot {0}: {1}:{2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2.7.18      | org.springframework          | spring-core                | 5.3
            3.0.13      | org.springframework          | spring-core                | 6.0
            3.1.12      | org.springframework          | spring-core                | 6.0
            3.2.5       | org.springframework          | spring-webmvc              | 6.1
            3.3.5       | org.springframework          | spring-webmvc              | 6.1
            3.4.1       | org.springframework          | spring-jdbc                | 6.2
            3.5.13      | org.springframework          | spring-jdbc                | 6.2
            2.7.18      | org.springframework.security | spring-security-web        | 5.7
            3.0.0       | org.springframework.security | spring-security-web        | 6.0
            3.1.0       | org.springframework.security | spring-security-core       | 6.1
            3.2.0       | org.springframework.security | spring-security-core       | 6.2
            3.3.0       | org.springframework.security | spring-security-config     | 6.3
            3.4.0       | org.springframework.security | spring-security-config     | 6.4
            3.5.0       | org.springframework.security | spring-security-config     | 6.5
            3.3.0       | org.springframework.security | spring-security-oauth2-authorization-server | 1.3
            3.0.0       | org.springframework.security | spring-security-oauth2-authorization-server | -
            2.7.18      | org.apache.tomcat.embed      | tomcat-embed-core          | 9.0
            3.0.0       | org.apache.tomcat.embed      | tomcat-embed-core          | 10.1
            3.5.13      | org.apache.tomcat.embed      | tomcat-embed-websocket     | 10.1
            2.7.18      | org.hibernate                | hibernate-core             | 5.6
            2.7.18      | org.hibernate.orm            | hibernate-core             | -
            3.0.0       | org.hibernate.orm            | hibernate-core             | 6.1
            3.1.0       | org.hibernate.orm            | hibernate-core             | 6.2
            3.2.0       | org.hibernate.orm            | hibernate-core             | 6.4
            3.3.0       | org.hibernate.orm            | hibernate-core             | 6.5
            3.4.0       | org.hibernate.orm            | hibernate-envers           | 6.6
            3.5.0       | org.hibernate                | hibernate-core             | -
            3.3.5       | org.springframework.boot     | spring-boot-starter-web    | 3.3.5
            3.4.0-RC1   | org.springframework.boot     | spring-boot-actuator       | 3.4.0-RC1
            3.3.5       | org.postgresql               | postgresql                 | 42.7
            3.3.5       | com.github.ben-manes.caffeine | caffeine                  | -
            3.6.0       | org.springframework          | spring-core                | -
            4.0.0       | org.springframework.boot     | spring-boot-starter-web    | -
            """)
    void bundledAnswers(String boot, String group, String artifact, String expected) {
        ManagedVersions.Answer answer = BUNDLED.lookup("org.springframework.boot", "spring-boot-starter-parent", boot,
                group, artifact).orElseThrow();
        assertEquals(expected, answer.version());
        assertEquals(answer, BUNDLED.lookup("org.springframework.boot", "spring-boot-dependencies", boot, group,
                artifact).orElseThrow(), "the starter parent manages what the BOM manages");
    }

    @Test
    void aBomTheDataDoesNotKnowGivesNoAnswer() {
        assertTrue(BUNDLED.lookup("org.springframework.cloud", "spring-cloud-dependencies", "2024.0.1",
                "org.springframework", "spring-core").isEmpty());
    }

    @Test
    void theBundledFileIsTheOneInRules() throws IOException {
        String root = System.getProperty("cct.root");
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "cct.root is not set");
        Path file = Path.of(root, "rules", "knowledge", "managed-versions.yaml");
        ManagedVersions read = ManagedVersionsLoader.read(file.toString(), Files.readString(file));
        assertEquals(BUNDLED.boms(), read.boms());
    }

    private static final String VALID = """
            boms:
              - bom: org.acme:acme-bom
                ownVersion: ["org.acme:*"]
                lines:
                  - line: "1.2"
                    note: checked by hand
                    versions:
                      "org.example:lib-*": "4.1"
                      "org.example:lib-legacy": none
            """;

    @Test
    void aValidFileAndItsGlobs() {
        ManagedVersions data = ManagedVersionsLoader.read("test.yaml", VALID);
        assertEquals("4.1", data.lookup("org.acme", "acme-bom", "1.2.9", "org.example", "lib-core").orElseThrow()
                .version());
        assertNull(data.lookup("org.acme", "acme-bom", "1.2.9", "org.example", "lib-legacy").orElseThrow().version(),
                "none: this line does not manage it, the exact pattern beats the glob");
        ManagedVersions.Answer own = data.lookup("org.acme", "acme-bom", "1.2.9", "org.acme", "acme-client")
                .orElseThrow();
        assertEquals("1.2.9", own.version());
        assertTrue(own.exact());
        assertFalse(data.lookup("org.acme", "acme-bom", "1.2.9", "org.example", "lib-core").orElseThrow().exact());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown top key        | 'boms: []\\nextra: 1'                                   | :2: unknown key 'extra'
            unknown BOM key        | VALID+'    color: red'                                   | :10: unknown key 'color' in a BOM
            unknown line key       | VALID+'        checked: 2026'                             | :10: unknown key 'checked' in a line
            line without versions  | 'boms:\\n  - bom: a:b\\n    lines:\\n      - line: "1.0"' | :4: 'versions' is missing
            entry without line     | 'boms:\\n  - bom: a:b\\n    lines:\\n      - versions: {"c:d": "1"}' | :4: 'line' is missing
            BOM without lines      | 'boms:\\n  - bom: a:b'                                  | :2: 'lines' is missing
            empty versions         | 'boms:\\n  - bom: a:b\\n    lines:\\n      - line: "1.0"\\n        versions: {}' | :5: line 1.0: 'versions' must be a non-empty mapping
            line not major.minor   | 'boms:\\n  - bom: a:b\\n    lines:\\n      - line: "3"\\n        versions: {"c:d": "1"}' | :4: 'line' must be major.minor
            line given twice       | 'boms:\\n  - bom: a:b\\n    lines:\\n      - {line: "1.0", versions: {"c:d": "1"}}\\n      - {line: "1.0", versions: {"c:d": "1"}}' | :5: a:b: the line 1.0 is given twice
            bad version            | 'boms:\\n  - bom: a:b\\n    lines:\\n      - line: "1.0"\\n        versions: {"c:d": "latest"}' | :5: the version of c:d must be a version line
            bad pattern            | 'boms:\\n  - bom: a:b\\n    lines:\\n      - line: "1.0"\\n        versions: {"c": "1"}' | :5: a pattern of 'versions' must be groupId:artifactId
            glob in group          | 'boms:\\n  - bom: a:b\\n    lines:\\n      - line: "1.0"\\n        versions: {"c.*:d": "1"}' | :5: a pattern of 'versions' must be groupId:artifactId: c.*:d
            BOM named twice        | 'boms:\\n  - {bom: a:b, lines: [{line: "1.0", versions: {"c:d": "1"}}]}\\n  - {bom: x:y, also: [a:b], lines: [{line: "1.0", versions: {"c:d": "1"}}]}' | :3: the BOM a:b is named twice
            duplicate key          | 'boms: []\\nboms: []'                                   | :2: the key 'boms' is given twice
            duplicate BOM key      | 'boms:\\n  - bom: a:b\\n    bom: c:d'                   | :3: the key 'bom' is given twice
            not YAML               | 'boms: [unclosed'                                       | invalid YAML
            """)
    void brokenFilesAreRefusedWithTheirLine(String what, String text, String expected) {
        String yaml = text.startsWith("VALID+") ? VALID + unquote(text.substring(6)) : unquote(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ManagedVersionsLoader.read("broken.yaml", yaml), what);
        assertTrue(e.getMessage().startsWith("broken.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 12; i++) {
            yaml.append("b").append(i).append(": &b").append(i).append(" [")
                    .append(("*" + (i == 0 ? "a" : "b" + (i - 1)) + ", ").repeat(10)).append("x]\n");
        }
        yaml.append("boms: []\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ManagedVersionsLoader.read("bomb.yaml", yaml.toString()));
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    private static String unquote(String text) {
        return text.substring(1, text.length() - 1).replace("\\n", "\n") + "\n";
    }
}
