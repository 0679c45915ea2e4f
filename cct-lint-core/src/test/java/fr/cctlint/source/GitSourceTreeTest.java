package fr.cctlint.source;

import fr.cctlint.testing.GitFixtures;
import static fr.cctlint.testing.GitFixtures.Entry.file;
import static fr.cctlint.testing.GitFixtures.Entry.link;
import static fr.cctlint.testing.GitFixtures.Entry.submodule;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Git trees read from the object store of repositories the tests create. */
class GitSourceTreeTest {
    @TempDir
    static Path temp;
    static Path work;
    static Git git;
    static RevCommit first;
    static RevCommit second;
    static RevCommit feature;

    @BeforeAll
    static void createRepository() throws Exception {
        work = Files.createDirectories(temp.resolve("shop"));
        git = GitFixtures.init(work);
        Map<String, String> v1 = new LinkedHashMap<>();
        v1.put("pom.xml", "<project><version>1.0.0</version></project>");
        v1.put("app/Dockerfile", "FROM eclipse-temurin:17-jre\n");
        v1.put("docs/guide.md", "# Guide\n");
        v1.put("node_modules/left-pad/package.json", "{\"name\":\"left-pad\"}");
        v1.put(".gitignore", "*.log\n");
        first = GitFixtures.commit(git, v1, "first", GitFixtures.at("2024-03-01T09:00:00Z"));
        git.tag().setName("v1.0.0").setAnnotated(true).setMessage("release 1.0.0").setTagger(GitFixtures.AUTHOR)
                .setSigned(false).setObjectId(first).call();
        git.tag().setName("light").setAnnotated(false).setObjectId(first).call();
        second = GitFixtures.commit(git, Map.of("pom.xml", "<project><version>2.0.0</version></project>",
                "app/Dockerfile", "FROM eclipse-temurin:21-jre\n", "compose.yaml", "services:\n  db:\n    image: postgres:16\n"),
                "second", GitFixtures.at("2024-03-02T10:00:00Z"));
        git.checkout().setCreateBranch(true).setName("feature").call();
        feature = GitFixtures.commit(git, Map.of("feature/values.yaml", "image:\n  tag: 1.2.3\n"), "feature",
                GitFixtures.at("2024-03-03T11:00:00Z"));
        git.checkout().setName("main").call();
        // an uncommitted change and an untracked file: a git tree never sees them
        Files.writeString(work.resolve("pom.xml"), "<project><version>dirty</version></project>");
        Files.writeString(work.resolve("untracked.yaml"), "a: 1");
    }

    @AfterAll
    static void closeRepository() {
        git.close();
    }

    private static String text(SourceTree tree, String path) throws IOException {
        return new String(tree.read(path), StandardCharsets.UTF_8);
    }

    @Test
    void headOfAWorkTreeIsReadFromTheObjectStoreWithoutCheckout() throws IOException {
        try (GitSourceTree tree = GitSourceTree.open(work.toString(), null, SourceOptions.defaults())) {
            assertEquals(List.of(".gitignore", "app/Dockerfile", "compose.yaml", "docs/guide.md", "pom.xml"), tree.files());
            assertEquals("<project><version>2.0.0</version></project>", text(tree, "pom.xml"));
            assertEquals(SourceKind.GIT, tree.info().kind());
            assertEquals(work.toString(), tree.info().location());
            assertEquals(Map.of("commit", second.getId().name(), "ref", "HEAD", "repository", work.toString(),
                    "commitDate", "2024-03-02T11:00:00+01:00"), tree.info().details());
            assertEquals(List.of(), tree.notes());
            assertNull(tree.cloneFolder());
            assertThrows(SkippedFileException.class, () -> tree.read("untracked.yaml"));
            assertThrows(SkippedFileException.class, () -> tree.read("node_modules/left-pad/package.json"));
        }
    }

    @ParameterizedTest(name = "rev {0}")
    @ValueSource(strings = {"v1.0.0", "refs/tags/v1.0.0", "light", "FIRST_ABBREVIATED", "FIRST_FULL", "main~1", "feature~2"})
    void anEarlierRevisionLacksTheFileAddedLater(String rev) throws IOException {
        String given = switch (rev) {
            case "FIRST_ABBREVIATED" -> first.getId().abbreviate(8).name();
            case "FIRST_FULL" -> first.getId().name();
            default -> rev;
        };
        try (GitSourceTree tree = GitSourceTree.open(work.toString(), given, SourceOptions.defaults())) {
            assertEquals(List.of(".gitignore", "app/Dockerfile", "docs/guide.md", "pom.xml"), tree.files());
            assertEquals("<project><version>1.0.0</version></project>", text(tree, "pom.xml"));
            assertEquals("FROM eclipse-temurin:17-jre\n", text(tree, "app/Dockerfile"));
            assertEquals(first.getId().name(), tree.info().details().get("commit"));
            assertEquals(given, tree.info().details().get("ref"));
            assertEquals("2024-03-01T10:00:00+01:00", tree.info().details().get("commitDate"));
        }
    }

    @Test
    void aBranchIsReadAtItsTip() throws IOException {
        try (GitSourceTree tree = GitSourceTree.open(work.toString(), "feature", SourceOptions.defaults())) {
            assertTrue(tree.files().contains("feature/values.yaml"), tree.files().toString());
            assertEquals("image:\n  tag: 1.2.3\n", text(tree, "feature/values.yaml"));
            assertEquals(feature.getId().name(), tree.info().details().get("commit"));
        }
    }

    @Test
    void excludesApplyToGitTrees() throws IOException {
        SourceOptions options = SourceOptions.defaults().withExcludes(List.of("docs", "**/Dockerfile"));
        try (GitSourceTree tree = GitSourceTree.open(work.toString(), "main", options)) {
            assertEquals(List.of(".gitignore", "compose.yaml", "pom.xml"), tree.files());
        }
    }

    @ParameterizedTest(name = "rev {0}")
    @ValueSource(strings = {"v9.9.9", "no-such-branch", "deadbeefdeadbeef", "main~10", "main^{tree}:x", "..", "HEAD@{"})
    void anUnknownRevisionIsASourceError(String rev) {
        SourceException e = assertThrows(SourceException.class,
                () -> GitSourceTree.open(work.toString(), rev, SourceOptions.defaults()));
        assertEquals("source.unknownRevision", e.message().key(), e.getMessage());
        assertEquals(work + ": unknown revision \"" + rev + "\"", e.getMessage());
        assertEquals(work + " : révision « " + rev + " » inconnue", Messages.french().render(e.message()));
    }

    @Test
    void aPathThatIsNotARepositoryIsASourceError() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain/sub"));
        Files.writeString(plain.resolve("pom.xml"), "<project/>");
        SourceException notRepo = assertThrows(SourceException.class,
                () -> GitSourceTree.open(plain.toString(), "HEAD", SourceOptions.defaults()));
        assertEquals("source.notRepository", notRepo.message().key());
        assertEquals(plain + ": not a git repository", notRepo.getMessage());
        // a sub-folder of a work tree is not the repository: no silent climb to the parent
        Path sub = Files.createDirectories(work.resolve("app"));
        assertEquals("source.notRepository", assertThrows(SourceException.class,
                () -> GitSourceTree.open(sub.toString(), "HEAD", SourceOptions.defaults())).message().key());
        assertEquals("source.notRepository", assertThrows(SourceException.class,
                () -> GitSourceTree.open(plain.resolve("pom.xml").toString(), "HEAD", SourceOptions.defaults()))
                .message().key());
        assertEquals("source.folderNotFound", assertThrows(SourceException.class,
                () -> GitSourceTree.open(temp.resolve("missing").toString(), "HEAD", SourceOptions.defaults()))
                .message().key());
    }

    @Test
    void anEmptyRepositoryHasNoHead() throws Exception {
        Path empty = temp.resolve("empty");
        GitFixtures.init(empty).close();
        SourceException e = assertThrows(SourceException.class,
                () -> GitSourceTree.open(empty.toString(), null, SourceOptions.defaults()));
        assertEquals("source.unknownRevision", e.message().key());
    }

    @Test
    void linksSubmodulesBinaryAndLargeFilesInABareRepository() throws Exception {
        Path bare = temp.resolve("bare.git");
        try (Git g = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
            Repository repo = g.getRepository();
            Map<String, GitFixtures.Entry> entries = new LinkedHashMap<>();
            entries.put("deploy/compose.yaml", file("services: {}\n"));
            entries.put("docker-compose.yml", link("deploy/compose.yaml"));
            entries.put("deploy/again.yml", link("../docker-compose.yml"));
            entries.put("deploy/passwd", link("../../../etc/passwd"));
            entries.put("absolute", link("/etc/passwd"));
            entries.put("deploy-link", link("deploy"));
            entries.put("loop-a", link("loop-b"));
            entries.put("loop-b", link("loop-a"));
            entries.put("dangling.yaml", link("nowhere.yaml"));
            entries.put("libs/common", submodule("0123456789abcdef0123456789abcdef01234567"));
            entries.put("logo.png", new GitFixtures.Entry(org.eclipse.jgit.lib.FileMode.REGULAR_FILE,
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null));
            entries.put("big.json", file("[" + "1,".repeat(600) + "1]"));
            entries.put("run.sh", new GitFixtures.Entry(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE,
                    "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), null));
            entries.put("données/référentiel.yaml", file("clé: valeur\n"));
            GitFixtures.commitTree(repo, "main", entries);
        }
        SourceOptions options = SourceOptions.defaults().withMaxFileBytes(1_000);
        try (GitSourceTree tree = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> GitSourceTree.open(bare.toString(), "main", options))) {
            assertEquals(List.of("big.json", "deploy/again.yml", "deploy/compose.yaml", "docker-compose.yml",
                    "données/référentiel.yaml", "logo.png", "run.sh"), tree.files());
            assertEquals("services: {}\n", text(tree, "docker-compose.yml"));
            assertEquals("services: {}\n", text(tree, "deploy/again.yml"));
            assertEquals("clé: valeur\n", text(tree, "données/référentiel.yaml"));
            assertEquals(List.of("absolute:source.symlinkOutside", "deploy/passwd:source.symlinkOutside",
                    "libs/common:source.submodule"),
                    tree.notes().stream().map(n -> n.file() + ":" + n.message().key()).toList());
            Problem submoduleNote = tree.notes().get(2);
            assertEquals("git submodule (commit 0123456789abcdef0123456789abcdef01234567), not scanned",
                    Messages.english().render(submoduleNote.message()));
            assertFalse(submoduleNote.fatal());
            assertEquals("source.binary", assertThrows(SkippedFileException.class, () -> tree.read("logo.png"))
                    .message().key());
            SkippedFileException big = assertThrows(SkippedFileException.class, () -> tree.read("big.json"));
            assertEquals("file of 1203 bytes, over the limit of 1000 bytes, not read", big.getMessage());
        }
    }
}
