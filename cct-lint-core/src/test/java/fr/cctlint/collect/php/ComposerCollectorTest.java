package fr.cctlint.collect.php;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposerCollectorTest {

    @Test
    void lockedVersionsWinAndDevPackagesAreBuildOnly() throws Exception {
        Collection c = collect(fixture("symfony-app"));
        assertEquals(List.of(), c.problems());
        assertEquals(Arrays.stream("""
                pkg:composer/acme/legacy-bridge RUNTIME
                pkg:composer/doctrine/orm@2.19.3 RUNTIME
                pkg:composer/symfony/console@6.4.6 RUNTIME
                pkg:composer/symfony/framework-bundle@6.4.6 RUNTIME
                pkg:composer/symfony/polyfill-mbstring@1.29.0 RUNTIME
                pkg:composer/phpunit/phpunit@10.5.17 BUILD
                pkg:composer/sebastian/diff@5.1.1 BUILD
                pkg:composer/monolog/monolog@3.5.0 RUNTIME
                pkg:generic/php RUNTIME""".split("\n")).map(String::strip).sorted().toList(),
                c.components().stream().map(x -> x.purl() + " " + x.scope()).sorted().toList());
    }

    @Test
    void evidenceIsTheLockEntryThenTheRequireLine() throws Exception {
        Path root = fixture("symfony-app");
        Component console = byPurl(collect(root), "pkg:composer/symfony/console@6.4.6");
        assertEquals("symfony", console.group());
        assertEquals("console", console.name());
        assertEquals(Roles.PACKED_LIBRARY, console.property(Roles.KEY));
        assertEquals(List.of(
                new Evidence("composer.lock", lineOf(root.resolve("composer.lock"), "\"symfony/console\""),
                        "\"name\": \"symfony/console\","),
                new Evidence("composer.json", lineOf(root.resolve("composer.json"), "\"symfony/console\""),
                        "\"symfony/console\": \"6.4.*\",")), console.evidence());
        assertNull(console.property(ComposerProjects.EXPRESSION_KEY));
    }

    @Test
    void phpIsThePlatformAndExtensionsAreSkipped() throws Exception {
        Collection c = collect(fixture("symfony-app"));
        Component php = byPurl(c, "pkg:generic/php");
        assertEquals(ComponentType.PLATFORM, php.type());
        assertNull(php.version());
        assertEquals(">=8.2", php.property(ComposerProjects.EXPRESSION_KEY));
        assertEquals(List.of("composer.json"), php.evidence().stream().map(Evidence::file).toList(),
                "composer.json states it; the lock's platform copy is not repeated");
        assertTrue(c.components().stream().noneMatch(x -> x.name().startsWith("ext-") || x.name().contains("api")));
    }

    @Test
    void branchesAreNotVersions() throws Exception {
        Component bridge = byPurl(collect(fixture("symfony-app")), "pkg:composer/acme/legacy-bridge");
        assertNull(bridge.version());
        assertEquals("dev-main#9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
                bridge.property(ComposerProjects.EXPRESSION_KEY));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            v5.4.1,       5.4.1
            5.4.1,        5.4.1
            V2.0.0-beta1, 2.0.0-beta1
            vendor-1.0,   vendor-1.0
            dev-main,     -
            2.x-dev,      -
            """)
    void aLeadingVIsDroppedFromLockedVersions(String written, String version) {
        assertEquals(version, ComposerVersions.installed(written));
    }

    @Test
    void withoutLockConstraintsStayUnresolvedAndTheLockAloneIsRead() {
        Collection c = collect(Map.of(
                "api/composer.json", """
                        {"require": {"php": "^8.1", "laravel/framework": "^10.0", "guzzlehttp/guzzle": "7.8.1"}}
                        """,
                "worker/composer.lock", """
                        {"packages": [{"name": "Predis/Predis", "version": "v2.2.2"}],
                         "packages-dev": [],
                         "platform": {"php": "8.2.17"}}
                        """));
        assertEquals(List.of(), c.problems());
        Component laravel = byPurl(c, "pkg:composer/laravel/framework");
        assertEquals("^10.0", laravel.property(ComposerProjects.EXPRESSION_KEY));
        assertEquals("7.8.1", byPurl(c, "pkg:composer/guzzlehttp/guzzle@7.8.1").version());
        assertEquals("worker/composer.lock", byPurl(c, "pkg:composer/predis/predis@2.2.2").primaryEvidence().file());
        assertEquals("8.2.17", byPurl(c, "pkg:generic/php@8.2.17").version(), "the lock's platform, exact");
        assertEquals("^8.1", byPurl(c, "pkg:generic/php").property(ComposerProjects.EXPRESSION_KEY));
    }

    @Test
    void aBrokenLockIsAProblemAndTheConstraintsAreKept() {
        Collection c = collect(Map.of(
                "composer.json", "{\n  \"require\": {\n    \"symfony/console\": \"^6.4\"\n  }\n}\n",
                "composer.lock", "{\n  \"packages\": [\n    {\"name\": \"symfony/console\", \"version\": \"v6.4.6\"\n  ]\n}\n"));
        assertEquals(1, c.problems().size());
        Problem p = c.problems().get(0);
        assertEquals("composer.lock", p.file());
        assertEquals(4, p.line());
        assertTrue(p.column() > 0);
        assertEquals("^6.4", byPurl(c, "pkg:composer/symfony/console").property(ComposerProjects.EXPRESSION_KEY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty composer.json    | composer.json | ''           | invalid JSON
            array composer.json    | composer.json | '[]'         | the file does not hold a JSON object
            lock without packages  | composer.lock | '{"a": 1}'   | composer.lock without a packages list
            """)
    void brokenFilesAreProblems(String label, String file, String text, String message) {
        Collection c = collect(Map.of(file, text));
        assertEquals(1, c.problems().size());
        assertEquals(file, c.problems().get(0).file());
        assertTrue(Messages.english().render(c.problems().get(0).message()).startsWith(message));
        assertFalse(Messages.french().render(c.problems().get(0).message()).startsWith("php."));
        assertEquals(List.of(), c.components());
    }

    @Test
    void notUtf8IsAProblem() {
        Collection c = collect(Map.of("composer.json",
                "{\"description\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(1, c.problems().size());
        assertEquals("the file is not UTF-8 text", Messages.english().render(c.problems().get(0).message()));
    }

    @Test
    void claimsComposerFilesOnly() {
        ComposerCollector collector = new ComposerCollector();
        assertTrue(collector.claims("composer.json"));
        assertTrue(collector.claims("app/composer.lock"));
        assertFalse(collector.claims("app/composer.json.dist"));
        assertFalse(collector.claims("package.json"));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ComposerCollectorTest.class.getResource("/collect/php/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Collection collect(Path root) {
        try (SourceTree tree = PathSourceTree.open(root, root.toString())) {
            ComposerCollector collector = new ComposerCollector();
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Collection collect(Map<String, ?> files) {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            for (Map.Entry<String, ?> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                if (f.getValue() instanceof byte[] b) {
                    Files.write(p, b);
                } else {
                    Files.writeString(p, (String) f.getValue());
                }
            }
            return collect(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Component byPurl(Collection c, String purl) {
        return c.components().stream().filter(x -> purl.equals(x.purl())).findFirst()
                .orElseThrow(() -> new NoSuchElementException(purl + " not in "
                        + c.components().stream().map(Component::id).toList()));
    }

    private static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new NoSuchElementException(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
