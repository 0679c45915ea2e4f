package fr.cctlint.newonly;

import fr.cctlint.testing.GitFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.source.ChangedFiles;
import fr.cctlint.source.GitSourceTree;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files changed between two revisions of a local repository: commit A, then in commit B one file modified,
 * one added, one renamed, one deleted.
 */
class ChangedFilesTest {
    /** What B changed since A: modified, added, renamed (old and new path); the deleted file is not there. */
    static final Set<String> CHANGED = Set.of("app/pom.xml", "web/package.json", "docs/README.md",
            "docs/install/README.md");

    @TempDir
    static Path temp;
    static Path work;
    static Git git;
    static RevCommit a;
    static RevCommit b;

    static final String README = """
            # Titres

            Installation:
            1. copy the archive to the application server
            2. run the database migrations
            3. start the service with its configuration file
            4. check the health endpoint answers
            """;

    /** Commit A, then B: a modified pom, an added package.json, a renamed README, a deleted compose override. */
    static void history(Git repository) throws Exception {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("app/pom.xml", "<project><artifactId>app</artifactId></project>\n");
        first.put("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
        first.put("docker-compose.override.yml", "services:\n  mail:\n    image: mailhog/mailhog\n");
        first.put("docs/README.md", README);
        a = GitFixtures.commit(repository, first, "A", GitFixtures.day(1));
        repository.tag().setName("v1").setAnnotated(true).setMessage("v1").setObjectId(a).setSigned(false).call();
        GitFixtures.move(repository, "docs/README.md", "docs/install/README.md");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("app/pom.xml", "<project><artifactId>app</artifactId><version>2</version></project>\n");
        second.put("web/package.json", "{\"name\": \"web\"}\n");
        second.put("docker-compose.override.yml", null);
        b = GitFixtures.commit(repository, second, "B", GitFixtures.day(2));
    }

    @BeforeAll
    static void createRepository() throws Exception {
        work = Files.createDirectories(temp.resolve("work"));
        git = GitFixtures.init(work);
        history(git);
    }

    @AfterAll
    static void close() {
        git.close();
    }

    private static ChangedFiles changed(String rev, String since) throws SourceException {
        try (GitSourceTree tree = GitSourceTree.open(work.toString(), rev, SourceOptions.defaults())) {
            return tree.changedSince(since);
        }
    }

    @ParameterizedTest(name = "since {0}")
    @ValueSource(strings = {"A_FULL", "A_ABBREVIATED", "v1", "HEAD~1", "main^", " HEAD~1 "})
    void modifiedAddedAndRenamedFilesChangedButNotTheDeletedOne(String since) throws SourceException {
        String given = switch (since) {
            case "A_FULL" -> a.getId().name();
            case "A_ABBREVIATED" -> a.getId().abbreviate(8).name();
            default -> since;
        };
        ChangedFiles changed = changed(null, given);
        assertEquals(CHANGED, changed.paths());
        assertEquals(a.getId().name(), changed.sinceCommit());
        assertEquals(b.getId().name(), changed.commit());
        assertEquals(given.strip(), changed.since());
        assertFalse(changed.contains("docker-compose.override.yml"), "deleted");
        assertFalse(changed.contains("docker-compose.yml"), "unchanged");
        assertTrue(changed.contains("./app/pom.xml"));
        assertEquals(List.copyOf(CHANGED.stream().sorted().toList()), List.copyOf(changed.paths()));
    }

    @Test
    void aRevisionComparedWithItselfChangedNothing() throws SourceException {
        assertTrue(changed("v1", "v1").paths().isEmpty());
        assertTrue(changed(null, "main").paths().isEmpty());
    }

    @Test
    void comparingBackwardsListsWhatTheOlderRevisionHasThatDiffers() throws SourceException {
        // scanning A, compared with B: the override exists only in A (added, seen from B), package.json is gone
        assertEquals(Set.of("app/pom.xml", "docker-compose.override.yml", "docs/README.md", "docs/install/README.md"),
                changed("v1", "main").paths());
    }

    @Test
    void anUnknownRevisionIsASourceExceptionNamingIt() {
        for (String since : List.of("no-such-branch", "0123456789abcdef0123456789abcdef01234567", "main~5", "  ",
                "v1:app/pom.xml")) {
            SourceException e = assertThrows(SourceException.class, () -> changed(null, since), since);
            assertEquals("newonly.since.unknown", e.message().key(), since);
            String english = Messages.english().render(e.message());
            assertTrue(english.startsWith(work + ": unknown revision \"" + since + "\""), english);
            assertTrue(Messages.french().render(e.message()).contains("inconnue"));
        }
    }
}
