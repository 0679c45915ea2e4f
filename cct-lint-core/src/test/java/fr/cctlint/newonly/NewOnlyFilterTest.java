package fr.cctlint.newonly;

import fr.cctlint.testing.GitFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.PolicyEngine;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.report.InputReport;
import fr.cctlint.source.ChangedFiles;
import fr.cctlint.source.GitSourceTree;
import fr.cctlint.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --since}: findings kept when a piece of their evidence is in a file the change touched. */
class NewOnlyFilterTest {
    @TempDir
    static Path temp;
    static ChangedFiles changed;

    @BeforeAll
    static void changeSinceA() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        try (Git git = GitFixtures.init(work)) {
            ChangedFilesTest.history(git);
        }
        try (GitSourceTree tree = GitSourceTree.open(work.toString(), "main", SourceOptions.defaults())) {
            changed = tree.changedSince("v1");
        }
        assertEquals(ChangedFilesTest.CHANGED, changed.paths());
    }

    private static List<String> names(List<Finding> findings) {
        return findings.stream().map(f -> f.component() == null ? f.rule() + " " + f.location().file()
                : f.component().name()).toList();
    }

    @Test
    void aFindingIsNewWhenAnyOfItsEvidenceChanged() {
        InputReport input = Scans.judge(".", List.of(
                Scans.image("tomcat", "9.0", "app/pom.xml", 12),                  // modified file
                Scans.image("postgres", "16", "docker-compose.yml", 3),           // untouched file
                Scans.image("nginx", "1.25", List.of(                              // declared twice
                        new Evidence("docker-compose.yml", 9, "image: nginx:1.25"),
                        new Evidence("web/package.json", 1, "\"name\": \"web\""))),
                Scans.image("httpd", "2.4", "docs/README.md", 4),                 // old path of a rename
                Scans.image("mongo", "7", "docs/install/README.md", 4)),          // new path of a rename
                List.of(Scans.unreadable("web/package.json", 1), Scans.unreadable("docker-compose.yml", 2)));

        NewOnlyResult result = NewOnlyFilter.since(changed).apply(input.findings());

        assertEquals(List.of("CCT009 web/package.json", "httpd", "mongo", "nginx", "tomcat"),
                names(result.kept()).stream().sorted().toList());
        assertEquals(List.of("CCT009 docker-compose.yml", "postgres"), names(result.removed()).stream().sorted().toList());
        assertEquals(2, result.removedCount());
    }

    @Test
    void theReportOrderIsKept() {
        InputReport input = Scans.judge(".", List.of(
                Scans.image("b-image", "1", "app/pom.xml", 30),
                Scans.image("a-image", "1", "app/pom.xml", 10),
                Scans.image("c-image", "1", "docker-compose.yml", 1)),
                List.of(Scans.unreadable("web/package.json", 1)));
        List<Finding> ordered = new ArrayList<>(input.findings());
        ordered.sort(PolicyEngine.ORDER);
        NewOnlyResult result = NewOnlyFilter.since(changed).apply(ordered);
        List<Finding> expected = ordered.stream().filter(f -> !f.location().file().equals("docker-compose.yml")).toList();
        assertEquals(expected, result.kept());
    }

    @Test
    void aFindingWithoutComponentIsNewOnlyWhenItsFileChanged() {
        Finding waiver = new Finding(Rule.CCT007, Severity.WARNING, null, null,
                Message.of("policy.CCT001.unknown", "mysql"), new Evidence(".cct-lint.yaml", 8, "- rule: CCT002"),
                "fp-waiver");
        Finding unreadablePom = new Finding(Rule.CCT009, Severity.ERROR, null, null,
                Message.of("collect.invalidXml", "unexpected end"), new Evidence("./app/pom.xml", 1, ""), "fp-pom");
        NewOnlyResult result = NewOnlyFilter.since(changed).apply(List.of(waiver, unreadablePom));
        assertEquals(List.of(unreadablePom), result.kept());
        assertEquals(List.of(waiver), result.removed());
    }

    @Test
    void noFindingsGiveNothing() {
        NewOnlyResult result = NewOnlyFilter.since(changed).apply(List.of());
        assertTrue(result.kept().isEmpty());
        assertEquals(0, result.removedCount());
    }
}
