package fr.cctlint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.cctlint.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links on the real file system: never followed out of the root, loops never hang. */
class PathSourceTreeLinksTest {
    @TempDir
    Path temp;
    Path root;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(temp.resolve("project"));
        outside = Files.writeString(temp.resolve("secret.env"), "PASSWORD=hunter2");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("deploy"));
        Files.writeString(root.resolve("deploy/compose.yaml"), "services: {}");
        try {
            Files.createSymbolicLink(root.resolve("probe"), root.resolve("pom.xml"));
            Files.delete(root.resolve("probe"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.assumeTrue(false, "this file system cannot create symbolic links: " + e);
        }
    }

    private static void link(Path link, String target) throws IOException {
        Files.createSymbolicLink(link, link.getFileSystem().getPath(target));
    }

    @Test
    void aLinkToAFileInsideTheRootIsListedAndReadFromItsTarget() throws IOException {
        link(root.resolve("docker-compose.yml"), "deploy/compose.yaml");
        link(root.resolve("deploy/chain.yaml"), "../docker-compose.yml");
        try (PathSourceTree tree = PathSourceTree.open(root, "project", SourceOptions.defaults())) {
            assertEquals(List.of("deploy/chain.yaml", "deploy/compose.yaml", "docker-compose.yml", "pom.xml"), tree.files());
            assertArrayEquals("services: {}".getBytes(StandardCharsets.UTF_8), tree.read("docker-compose.yml"));
            assertArrayEquals("services: {}".getBytes(StandardCharsets.UTF_8), tree.read("deploy/chain.yaml"));
            assertEquals(List.of(), tree.notes());
        }
    }

    @Test
    void aLinkOutOfTheRootIsNeverReadAndIsNoted() throws IOException {
        link(root.resolve(".env"), outside.toString()); // absolute
        link(root.resolve("deploy/secret.env"), "../../secret.env"); // relative, climbing out
        link(root.resolve("deploy/etc"), temp.toString()); // a folder outside
        try (PathSourceTree tree = PathSourceTree.open(root, "project", SourceOptions.defaults())) {
            assertEquals(List.of("deploy/compose.yaml", "pom.xml"), tree.files());
            assertEquals(List.of(".env", "deploy/etc", "deploy/secret.env"), tree.notes().stream().map(Problem::file).toList());
            tree.notes().forEach(n -> {
                assertEquals("source.symlinkOutside", n.message().key());
                assertFalse(n.fatal());
            });
            assertThrows(SkippedFileException.class, () -> tree.read(".env"));
            assertThrows(SkippedFileException.class, () -> tree.read("deploy/secret.env"));
        }
    }

    @Test
    void aLinkRetargetedOutOfTheRootAfterListingIsRefusedWhenRead() throws IOException {
        link(root.resolve("app.yml"), "deploy/compose.yaml");
        try (PathSourceTree tree = PathSourceTree.open(root, "project", SourceOptions.defaults())) {
            assertEquals(List.of("app.yml", "deploy/compose.yaml", "pom.xml"), tree.files());
            Files.delete(root.resolve("app.yml"));
            link(root.resolve("app.yml"), outside.toString());
            SkippedFileException e = assertThrows(SkippedFileException.class, () -> tree.read("app.yml"));
            assertEquals("source.symlinkOutside", e.message().key());
        }
    }

    @Test
    void linkLoopsAndFolderLinksNeverHang() throws IOException {
        link(root.resolve("deploy/up"), ".."); // a folder link inside the root: a loop if followed
        link(root.resolve("a"), ".."); // the root's parent: out of the root
        link(root.resolve("x"), "y");
        link(root.resolve("y"), "x"); // a loop of links
        link(root.resolve("dangling.yaml"), "nowhere.yaml");
        Files.createDirectories(root.resolve("deploy/nested"));
        link(root.resolve("deploy/nested/self"), "."); // a folder link to itself
        List<String> files = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (PathSourceTree tree = PathSourceTree.open(root, "project", SourceOptions.defaults())) {
                assertEquals(List.of("a"), tree.notes().stream().map(Problem::file).toList());
                return tree.files();
            }
        });
        assertEquals(List.of("deploy/compose.yaml", "pom.xml"), files);
    }

    @Test
    void aRootGivenThroughALinkIsWalkedAtItsRealPlace() throws IOException {
        Path alias = temp.resolve("alias");
        link(alias, root.toString());
        try (PathSourceTree tree = PathSourceTree.open(alias, "alias", SourceOptions.defaults())) {
            assertEquals(List.of("deploy/compose.yaml", "pom.xml"), tree.files());
            assertEquals("alias", tree.info().location());
            assertArrayEquals("<project/>".getBytes(StandardCharsets.UTF_8), tree.read("pom.xml"));
        }
    }
}
