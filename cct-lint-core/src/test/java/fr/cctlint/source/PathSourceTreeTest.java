package fr.cctlint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folder trees on jimfs: what is listed, what is left out, what read() refuses. */
class PathSourceTreeTest {
    private FileSystem fs;
    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/work/project"));
    }

    @AfterEach
    void tearDown() throws IOException {
        fs.close();
    }

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private PathSourceTree open(SourceOptions options) throws IOException {
        return PathSourceTree.open(root, "project", options);
    }

    @Test
    void listsFilesSortedWithSlashesAndSkipsBuildDependencyAndVendoredFolders() throws IOException {
        write("pom.xml", "<project/>");
        write("app/pom.xml", "<project/>");
        write("app/src/main/resources/application.yml", "a: 1");
        write("Dockerfile", "FROM eclipse-temurin:21-jre");
        for (String skipped : List.of("node_modules/left-pad/package.json", "target/classes/x.properties",
                "build/libs/app.jar", "dist/bundle.js", ".git/config", "vendor/github.com/x/go.mod",
                "third_party/lib/pom.xml", "web/node_modules/react/package.json", "app/target/pom.xml")) {
            write(skipped, "skipped");
        }
        write("web/package.json", "{}");
        // file names that look like skipped folders are files to scan
        write("build.gradle", "plugins {}");
        write("docs/target", "a file named target");

        try (PathSourceTree tree = open(SourceOptions.defaults())) {
            assertEquals(List.of("Dockerfile", "app/pom.xml", "app/src/main/resources/application.yml", "build.gradle",
                    "docs/target", "pom.xml", "web/package.json"), tree.files());
            assertEquals(List.of(), tree.notes(), "skipping the usual folders is not worth a note");
            assertEquals(SourceKind.FOLDER, tree.info().kind());
            assertEquals("project", tree.info().location());
            assertArrayEquals("<project/>".getBytes(StandardCharsets.UTF_8), tree.read("app/pom.xml"));
        }
    }

    @ParameterizedTest(name = "exclude {0}")
    @CsvSource(delimiter = '|', value = {
        // glob                 | files left (of: README.md, docs/guide.md, docs/api/pom.xml, app/pom.xml, app/test/fixtures/pom.xml, app/test/App.java)
        "docs                   | README.md,app/pom.xml,app/test/App.java,app/test/fixtures/pom.xml",
        "docs/                  | README.md,app/pom.xml,app/test/App.java,app/test/fixtures/pom.xml",
        "docs/**                | README.md,app/pom.xml,app/test/App.java,app/test/fixtures/pom.xml",
        "**/*.md                | app/pom.xml,app/test/App.java,app/test/fixtures/pom.xml,docs/api/pom.xml",
        "*.md                   | app/pom.xml,app/test/App.java,app/test/fixtures/pom.xml,docs/api/pom.xml,docs/guide.md",
        "**/fixtures/**         | README.md,app/pom.xml,app/test/App.java,docs/api/pom.xml,docs/guide.md",
        "**/test                | README.md,app/pom.xml,docs/api/pom.xml,docs/guide.md",
        "app/**/pom.xml         | README.md,app/pom.xml,app/test/App.java,docs/api/pom.xml,docs/guide.md",
        "**/pom.xml             | README.md,app/test/App.java,docs/guide.md",
        "{docs,app/test}        | README.md,app/pom.xml",
    })
    void excludeGlobsAreRelativeToTheRootAndSupportDoubleStar(String glob, String expected) throws IOException {
        for (String f : List.of("README.md", "docs/guide.md", "docs/api/pom.xml", "app/pom.xml",
                "app/test/fixtures/pom.xml", "app/test/App.java")) {
            write(f, "x");
        }
        try (PathSourceTree tree = open(SourceOptions.defaults().withExcludes(List.of(glob)))) {
            assertEquals(Arrays.asList(expected.split(",")), tree.files());
            assertEquals(List.of(), tree.notes(), "excluded files are what the user asked for, not worth a note");
        }
    }

    @Test
    void anInvalidExcludeGlobIsASourceError() {
        SourceException e = assertThrows(SourceException.class,
                () -> open(SourceOptions.defaults().withExcludes(List.of("docs/[a-"))));
        assertEquals("source.invalidExclude", e.message().key());
        assertTrue(e.getMessage().contains("docs/[a-"), e.getMessage());
    }

    @Test
    void overLargeAndBinaryFilesAreListedButRefusedWhenRead() throws IOException {
        write("small.json", "{\"a\":1}");
        write("big.json", "x".repeat(2_000));
        byte[] png = new byte[100];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[50] = 0;
        write("logo.png", png);
        byte[] lateNul = ("a".repeat(FileContents.SNIFF_BYTES) + "\0").getBytes(StandardCharsets.UTF_8);
        write("late-nul.txt", lateNul);
        byte[] utf16 = "\uFEFFname: x".getBytes(StandardCharsets.UTF_16LE);
        write("utf16.yaml", utf16);

        try (PathSourceTree tree = open(SourceOptions.defaults().withMaxFileBytes(1_000))) {
            assertEquals(List.of("big.json", "late-nul.txt", "logo.png", "small.json", "utf16.yaml"), tree.files());
            assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), tree.read("small.json"));

            SkippedFileException big = assertThrows(SkippedFileException.class, () -> tree.read("big.json"));
            assertEquals("source.tooLarge", big.message().key());
            assertEquals("file of 2000 bytes, over the limit of 1000 bytes, not read", big.getMessage());
            assertEquals("fichier de 2000 octets, au-delà de la limite de 1000 octets, non lu",
                    Messages.french().render(big.message()));

            SkippedFileException binary = assertThrows(SkippedFileException.class, () -> tree.read("logo.png"));
            assertEquals("source.binary", binary.message().key());
        }
        try (PathSourceTree tree = open(SourceOptions.defaults())) {
            // a NUL after the first 8 KiB does not make a file binary (as in git)
            assertArrayEquals(lateNul, tree.read("late-nul.txt"));
            // UTF-16 text has NUL bytes but is text: the collector gets it and says it is not UTF-8
            assertArrayEquals(utf16, tree.read("utf16.yaml"));
            assertEquals(List.of(), tree.notes(), "nothing refused yet: files no collector reads never make noise");
        }
    }

    @Test
    void readRefusesPathsThatAreNotListed() throws IOException {
        write("pom.xml", "<project/>");
        write("node_modules/x/package.json", "{}");
        Files.writeString(fs.getPath("/work/secret.txt"), "outside");
        try (PathSourceTree tree = open(SourceOptions.defaults())) {
            for (String path : List.of("node_modules/x/package.json", "../secret.txt", "/work/secret.txt", "missing.txt",
                    "")) {
                SkippedFileException e = assertThrows(SkippedFileException.class, () -> tree.read(path), path);
                assertEquals("source.notListed", e.message().key());
            }
        }
    }

    @Test
    void nestedGitignoreFilesWithNegationAreRespectedInAGitWorkTree() throws IOException {
        Files.createDirectories(root.resolve(".git/info"));
        write(".git/info/exclude", "local-notes.txt\n");
        write(".gitignore", "# build output\n*.log\n/out/\nsecrets/\n*.yml\n!keep.yml\n");
        write("deploy/.gitignore", "generated-*.yaml\n!keep.yml\n*.yml\n!compose.yml\n/local.yaml\n");
        write("deploy/local.yaml", "x"); // anchored to deploy/
        write("deploy/sub/local.yaml", "x");
        write("app.log", "x");
        write("out/report.json", "{}");
        write("src/out/Main.java", "class Main {}"); // "/out/" is anchored at the root
        write("secrets/key.pem", "x");
        write("settings.yml", "x");
        write("keep.yml", "x");
        write("config/keep.yml", "x");
        write("deploy/compose.yml", "x");
        write("deploy/keep.yml", "x"); // re-ignored by the later "*.yml" of deploy/.gitignore
        write("deploy/generated-values.yaml", "x");
        write("deploy/values.yaml", "x");
        write("local-notes.txt", "x");
        write("sub/local-notes.txt", "x");

        try (PathSourceTree tree = open(SourceOptions.defaults())) {
            assertEquals(List.of(".gitignore", "config/keep.yml", "deploy/.gitignore", "deploy/compose.yml",
                    "deploy/sub/local.yaml", "deploy/values.yaml", "keep.yml", "src/out/Main.java"), tree.files());
            assertEquals(List.of(), tree.notes());
        }
        try (PathSourceTree tree = open(SourceOptions.defaults().withRespectGitignore(false))) {
            assertTrue(tree.files().containsAll(List.of("app.log", "out/report.json", "secrets/key.pem",
                    "deploy/generated-values.yaml", "local-notes.txt")), tree.files().toString());
        }
    }

    @Test
    void gitignoreIsNotAppliedOutsideAGitWorkTree() throws IOException {
        write(".gitignore", "*.yml\n");
        write("compose.yml", "services: {}");
        try (PathSourceTree tree = open(SourceOptions.defaults())) {
            assertEquals(List.of(".gitignore", "compose.yml"), tree.files());
        }
    }

    @Test
    void aFolderInsideAWorkTreeUsesTheGitignoreFilesUnderIt() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        write(".gitignore", "*.txt\n"); // outside the scanned folder: never read
        write("service/.gitignore", "*.log\n");
        write("service/a.log", "x");
        write("service/a.txt", "x");
        write("service/pom.xml", "x");
        try (PathSourceTree tree = PathSourceTree.open(root.resolve("service"), "service", SourceOptions.defaults())) {
            assertEquals(List.of(".gitignore", "a.txt", "pom.xml"), tree.files());
        }
    }

    @Test
    void nonAsciiNamesAreListedAndRead() throws IOException {
        write("données/référentiel.yaml", "clé: valeur");
        write("服务/package.json", "{}");
        write("Ärger/pom.xml", "<project/>");
        write("a/pom.xml", "<project/>");
        try (PathSourceTree tree = open(SourceOptions.defaults().withExcludes(List.of("服务")))) {
            assertEquals(List.of("a/pom.xml", "données/référentiel.yaml", "Ärger/pom.xml"), tree.files());
            assertEquals("clé: valeur", new String(tree.read("données/référentiel.yaml"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMissingFolderOrAFileIsASourceError() throws IOException {
        write("pom.xml", "<project/>");
        SourceException missing = assertThrows(SourceException.class,
                () -> PathSourceTree.open(root.resolve("nope"), "nope", SourceOptions.defaults()));
        assertEquals("source.folderNotFound", missing.message().key());
        assertEquals("nope: no such folder", missing.getMessage());
        SourceException file = assertThrows(SourceException.class,
                () -> PathSourceTree.open(root.resolve("pom.xml"), "pom.xml", SourceOptions.defaults()));
        assertEquals("source.notFolder", file.message().key());
        assertEquals("pom.xml : c'est un fichier, pas un dossier", Messages.french().render(file.message()));
        // the historical two-argument overload still works, and throws the same (an IOException)
        IOException viaOld = assertThrows(IOException.class, () -> PathSourceTree.open(root.resolve("nope"), "nope"));
        assertTrue(viaOld instanceof SourceException);
    }
}
