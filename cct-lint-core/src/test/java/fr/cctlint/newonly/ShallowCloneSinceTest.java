package fr.cctlint.newonly;

import fr.cctlint.testing.GitFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.source.ChangedFiles;
import fr.cctlint.source.GitSourceTree;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code --since} on a remote repository, which cct-lint clones shallow (the scanned commit only): the revision
 * to compare with is fetched from the remote ({@code file://} URLs of repositories the tests create).
 */
class ShallowCloneSinceTest {
    @TempDir
    static Path temp;
    static String url;
    static Git git;
    static RevCommit side;

    @BeforeAll
    static void createUpstream() throws Exception {
        Path work = Files.createDirectories(temp.resolve("upstream"));
        git = GitFixtures.init(work);
        ChangedFilesTest.history(git);
        // a branch that leaves main before B: its commit is not in main's history
        git.checkout().setCreateBranch(true).setName("side").setStartPoint(ChangedFilesTest.a).call();
        side = GitFixtures.commit(git, Map.of("side.txt", "only on the side branch\n"), "side", GitFixtures.day(3));
        git.checkout().setName("main").call();
        url = work.toUri().toString();
        assertTrue(url.startsWith("file:/"), url);
    }

    @AfterAll
    static void close() {
        git.close();
    }

    private static ChangedFiles changed(String rev, String since) throws SourceException {
        try (GitSourceTree tree = GitSourceTree.open(url, rev, SourceOptions.defaults())) {
            return tree.changedSince(since);
        }
    }

    @ParameterizedTest(name = "since {0}")
    @ValueSource(strings = {"v1", "A_FULL", "A_ABBREVIATED", "main~1", "HEAD^"})
    void theRevisionMissingFromTheShallowCloneIsFetched(String since) throws SourceException {
        String given = switch (since) {
            case "A_FULL" -> ChangedFilesTest.a.getId().name();
            case "A_ABBREVIATED" -> ChangedFilesTest.a.getId().abbreviate(9).name();
            default -> since;
        };
        ChangedFiles changed = changed("main", given);
        assertEquals(ChangedFilesTest.CHANGED, changed.paths());
        assertEquals(ChangedFilesTest.a.getId().name(), changed.sinceCommit());
        assertEquals(ChangedFilesTest.b.getId().name(), changed.commit());
    }

    @Test
    void anotherBranchIsFetchedByName() throws SourceException {
        // main (B) compared with side: what B has that differs from side's tree
        assertEquals(Set.of("app/pom.xml", "web/package.json", "docs/README.md", "docs/install/README.md"),
                changed("main", "side").paths());
        // side compared with main: side.txt added and the override still there; README at its old place
        assertEquals(Set.of("app/pom.xml", "side.txt", "docker-compose.override.yml", "docs/README.md",
                "docs/install/README.md"), changed("side", "main").paths());
    }

    @Test
    void aCompleteCloneForACommitIdNeedsNoFetch() throws SourceException {
        assertEquals(ChangedFilesTest.CHANGED, changed(ChangedFilesTest.b.getId().name(), "v1").paths());
    }

    @Test
    void aCommitOutsideTheClonedHistoryIsAClearError() {
        String abbreviated = side.getId().abbreviate(10).name();
        SourceException e = assertThrows(SourceException.class, () -> changed("main", abbreviated));
        assertEquals("newonly.since.missing", e.message().key());
        String english = Messages.english().render(e.message());
        assertTrue(english.contains("\"" + abbreviated + "\""), english);
        assertTrue(english.contains("even after fetching its history"), english);
    }

    @Test
    void anUnknownNameIsUnknownWithoutFetchingHistory() {
        SourceException e = assertThrows(SourceException.class, () -> changed("main", "no-such-branch"));
        assertEquals("newonly.since.unknown", e.message().key());
        assertTrue(Messages.english().render(e.message()).startsWith(url), Messages.english().render(e.message()));
    }
}
