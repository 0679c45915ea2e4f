package fr.cctlint.source;

import fr.cctlint.testing.GitFixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder and the same content committed in git give the same files, bytes and refusals. */
class FolderAndGitEquivalenceTest {
    @TempDir
    Path temp;

    @Test
    void aWorkTreeAndItsHeadCommitListTheSameFilesAndBytes() throws Exception {
        Path work = Files.createDirectories(temp.resolve("shop"));
        Map<String, String> files = new TreeMap<>();
        files.put("pom.xml", "<project><modules><module>api</module></modules></project>\n");
        files.put("api/pom.xml", "<project><artifactId>api</artifactId></project>\n");
        files.put("api/src/main/resources/application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://db/shop\n");
        files.put("web/package.json", "{\"dependencies\":{\"react\":\"^18.3.1\"}}\n");
        files.put("web/package-lock.json", "{\"lockfileVersion\":3}\n");
        files.put("deploy/chart/Chart.yaml", "apiVersion: v2\nname: shop\n");
        files.put("deploy/chart/values.yaml", "image:\n  repository: shop\n  tag: 1.0.0\n");
        files.put("Dockerfile", "FROM eclipse-temurin:21-jre\n");
        files.put("docs/notes.md", "Ça marche « vraiment ».\n");
        files.put(".gitignore", "*.log\nweb/coverage/\n");
        files.put("third_party/lib/pom.xml", "<project/>\n");
        files.put("web/node_modules/react/package.json", "{\"name\":\"react\"}\n");
        Git git = GitFixtures.init(work);
        try (git) {
            // node_modules is committed here on purpose: both trees skip it all the same
            GitFixtures.commit(git, files, "import", GitFixtures.AUTHOR);
            Path logo = work.resolve("docs/logo.png");
            Files.write(logo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            boolean links = tryLink(work.resolve("compose.yaml"), "deploy/chart/values.yaml");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("assets").setAuthor(GitFixtures.AUTHOR).setCommitter(GitFixtures.AUTHOR).setSign(false)
                    .call();
            // ignored by .gitignore: in the folder but never committed
            Files.writeString(work.resolve("build.log"), "ignored");
            Files.createDirectories(work.resolve("web/coverage"));
            Files.writeString(work.resolve("web/coverage/lcov.json"), "{}");

            SourceOptions options = SourceOptions.defaults().withExcludes(List.of("docs/*.md"));
            try (PathSourceTree folder = PathSourceTree.open(work, "shop", options);
                    GitSourceTree commit = GitSourceTree.open(work.toString(), "HEAD", options)) {
                assertEquals(commit.files(), folder.files());
                assertTrue(folder.files().contains("docs/logo.png"));
                assertEquals(links, folder.files().contains("compose.yaml"));
                assertEquals(List.of(), folder.notes());
                assertEquals(List.of(), commit.notes());
                List<String> refusedByBoth = new ArrayList<>();
                for (String path : folder.files()) {
                    byte[] fromFolder = readOrNull(folder, path);
                    byte[] fromGit = readOrNull(commit, path);
                    assertArrayEquals(fromFolder, fromGit, path);
                    if (fromFolder == null) {
                        refusedByBoth.add(path);
                    }
                }
                assertEquals(List.of("docs/logo.png"), refusedByBoth);
            }
        }
    }

    private static byte[] readOrNull(SourceTree tree, String path) throws IOException {
        try {
            return tree.read(path);
        } catch (SkippedFileException e) {
            return null;
        }
    }

    private static boolean tryLink(Path link, String target) {
        try {
            Files.createSymbolicLink(link, link.getFileSystem().getPath(target));
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
