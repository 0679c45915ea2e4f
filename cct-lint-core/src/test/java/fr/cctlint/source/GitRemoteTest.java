package fr.cctlint.source;

import fr.cctlint.testing.GitFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Remote repositories, through {@code file://} URLs of repositories the tests create: no network. */
class GitRemoteTest {
    @TempDir
    static Path temp;
    static String url;
    static Git git;
    static RevCommit first;
    static RevCommit second;

    @BeforeAll
    static void createRepository() throws Exception {
        Path work = Files.createDirectories(temp.resolve("upstream"));
        git = GitFixtures.init(work);
        Map<String, String> v1 = new LinkedHashMap<>();
        v1.put("package.json", "{\"name\":\"shop\",\"version\":\"1.0.0\"}");
        v1.put("compose.yaml", "services:\n  db:\n    image: postgres:15\n");
        first = GitFixtures.commit(git, v1, "first", GitFixtures.at("2024-04-01T08:00:00Z"));
        git.tag().setName("v1.0.0").setAnnotated(true).setMessage("1.0.0").setTagger(GitFixtures.AUTHOR).setSigned(false)
                .setObjectId(first).call();
        second = GitFixtures.commit(git, Map.of("compose.yaml", "services:\n  db:\n    image: postgres:16\n",
                "Dockerfile", "FROM node:20-alpine\n"), "second", GitFixtures.at("2024-04-02T08:00:00Z"));
        git.branchCreate().setName("release-1").setStartPoint(first).call();
        url = work.toUri().toString();
        assertTrue(url.startsWith("file:/"), url);
    }

    @AfterAll
    static void closeRepository() {
        git.close();
    }

    private static Set<Path> clones() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("cct-lint-clone-")).collect(Collectors.toSet());
        }
    }

    @ParameterizedTest(name = "rev {0}")
    @ValueSource(strings = {"v1.0.0", "release-1", "FIRST_FULL", "FIRST_ABBREVIATED"})
    void aRemoteIsClonedAtTheRevisionAndTheCloneIsRemovedOnClose(String rev) throws IOException {
        String given = switch (rev) {
            case "FIRST_FULL" -> first.getId().name();
            case "FIRST_ABBREVIATED" -> first.getId().abbreviate(10).name();
            default -> rev;
        };
        Path clone;
        try (GitSourceTree tree = GitSourceTree.open(url, given, SourceOptions.defaults())) {
            clone = tree.cloneFolder();
            assertNotNull(clone);
            assertTrue(Files.isDirectory(clone));
            assertEquals(List.of("compose.yaml", "package.json"), tree.files());
            assertEquals("services:\n  db:\n    image: postgres:15\n",
                    new String(tree.read("compose.yaml"), StandardCharsets.UTF_8));
            assertEquals(first.getId().name(), tree.info().details().get("commit"));
            assertEquals(given, tree.info().details().get("ref"));
            assertEquals(url, tree.info().details().get("repository"));
            assertEquals(url, tree.info().location());
            boolean byName = !rev.startsWith("FIRST");
            assertEquals(byName, Files.exists(clone.resolve("shallow")),
                    "a branch or a tag is fetched at depth 1, a commit id with its history");
        }
        assertFalse(Files.exists(clone), "the temporary clone is removed on close");
    }

    @Test
    void headOfARemoteIsItsDefaultBranch() throws IOException {
        try (GitSourceTree tree = GitSourceTree.open(url, null, SourceOptions.defaults())) {
            assertEquals(List.of("Dockerfile", "compose.yaml", "package.json"), tree.files());
            assertEquals(second.getId().name(), tree.info().details().get("commit"));
            assertEquals("HEAD", tree.info().details().get("ref"));
        }
    }

    @ParameterizedTest(name = "rev {0}")
    @ValueSource(strings = {"v9.9.9", "deadbeefdeadbeef"})
    void anUnknownRemoteRevisionIsASourceErrorAndLeavesNoClone(String rev) throws IOException {
        Set<Path> before = clones();
        SourceException e = assertThrows(SourceException.class, () -> GitSourceTree.open(url, rev, SourceOptions.defaults()));
        assertEquals("source.unknownRevision", e.message().key());
        assertEquals(before, clones(), "no temporary clone left behind");
    }

    @Test
    void anUnreachableRemoteIsASourceError() throws IOException {
        Set<Path> before = clones();
        String missing = temp.resolve("no-such-repo.git").toUri().toString();
        SourceException e = assertThrows(SourceException.class,
                () -> GitSourceTree.open(missing, "main", SourceOptions.defaults()));
        assertEquals("source.unreachable", e.message().key());
        assertTrue(e.getMessage().startsWith(missing + ": cannot fetch the repository ("), e.getMessage());
        assertTrue(Messages.french().render(e.message()).startsWith(missing + " : impossible de récupérer le dépôt ("));
        assertEquals(before, clones());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://user:secret@/x.git", "ftp://user:secret@example.org/x.git",
        "https://user:secret@example.org", "gopher://user:secret@example.org/x.git"})
    void anInvalidUrlIsASourceErrorThatNeverShowsTheSecret(String bad) {
        SourceException e = assertThrows(SourceException.class, () -> GitSourceTree.open(bad, "main", SourceOptions.defaults()));
        assertEquals("source.invalidUrl", e.message().key());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertFalse(Messages.french().render(e.message()).contains("secret"));
        assertFalse(e.message().args().toString().contains("secret"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ssh://git:secret@127.0.0.1:1/x.git", "git@127.0.0.1:team/x.git"})
    void sshWithoutJgitSshSupportIsAClearSourceError(String ssh) {
        Assumptions.assumeTrue(SshSessionFactory.getInstance() == null, "JGit SSH support is on the class path");
        SourceException e = assertThrows(SourceException.class, () -> GitSourceTree.open(ssh, "main", SourceOptions.defaults()));
        assertEquals("source.sshUnavailable", e.message().key());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
