package fr.cctlint.collect.ruby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GemfileLockCollectorTest {
    private final GemfileLockCollector collector = new GemfileLockCollector();

    private Collection collectResources() throws Exception {
        Path root = Path.of(getClass().getResource("/collect/ruby").toURI());
        try (SourceTree tree = PathSourceTree.open(root, "ruby")) {
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        }
    }

    private Collection collect(Map<String, byte[]> files) throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            try (SourceTree tree = PathSourceTree.open(root, "project")) {
                return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
            }
        }
    }

    private static Component in(Collection c, String file, String purl) {
        return c.components().stream()
                .filter(x -> purl.equals(x.purl()) && x.primaryEvidence().file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(purl + " not in " + c.components()));
    }

    @Test
    void claimsLockfilesOnly() {
        assertTrue(collector.claims("Gemfile.lock"));
        assertTrue(collector.claims("web/Gemfile.lock"));
        assertTrue(collector.claims("gems.locked"));
        assertFalse(collector.claims("Gemfile"));
        assertFalse(collector.claims("my.Gemfile.lock.bak"));
    }

    static Stream<Arguments> gems() {
        return Stream.of(
                // purl, line, direct, source
                Arguments.of("pkg:gem/rails@7.1.3", 49, true, "rubygems"),
                Arguments.of("pkg:gem/actionpack@7.1.3", 20, false, "rubygems"),
                Arguments.of("pkg:gem/pg@1.5.6", 43, true, "rubygems"),
                Arguments.of("pkg:gem/rspec-rails@6.1.1", 54, true, "rubygems"),
                Arguments.of("pkg:gem/rack@3.0.9.1", 48, false, "rubygems"),
                Arguments.of("pkg:gem/devise@4.9.3", 6, true, "git"),
                Arguments.of("pkg:gem/demarches@0.3.0", 14, true, "path"));
    }

    @ParameterizedTest
    @MethodSource("gems")
    void everyLockedGemIsARuntimeLibraryWithItsLine(String purl, int line, boolean direct, String source) throws Exception {
        Component gem = in(collectResources(), "app/Gemfile.lock", purl);
        assertEquals(line, gem.primaryEvidence().line());
        assertEquals(Scope.RUNTIME, gem.scope(), "groups are not in the lockfile: test gems are runtime too");
        assertEquals(Roles.PACKED_LIBRARY, gem.property(Roles.KEY));
        assertEquals(direct ? "true" : null, gem.property("gem:direct"));
        assertEquals(source, gem.property("gem:source"));
    }

    @Test
    void constraintLinesOfSpecsAreNotGems() throws Exception {
        Collection c = collectResources();
        List<Component> app = c.components().stream()
                .filter(x -> x.primaryEvidence().file().equals("app/Gemfile.lock")).toList();
        // 23 spec lines, nokogiri counted once for its 3 platforms, plus ruby and bundler
        assertEquals(23 - 2 + 2, app.size(), app.stream().map(Component::purl).toList().toString());
        assertTrue(app.stream().noneMatch(x -> x.primaryEvidence().text().contains("~>")));
    }

    @Test
    void platformSpecificGemsAreOneComponentWithTheirPlatforms() throws Exception {
        Component nokogiri = in(collectResources(), "app/Gemfile.lock", "pkg:gem/nokogiri@1.15.4");
        assertEquals("1.15.4", nokogiri.version());
        assertEquals("arm64-darwin,x86_64-linux", nokogiri.property("gem:platforms"));
        assertEquals(List.of(35, 38, 40), nokogiri.evidence().stream().map(e -> e.line()).toList());
        assertEquals("nokogiri (1.15.4-arm64-darwin)", nokogiri.evidence().get(1).text());
    }

    @Test
    void gitAndPathSourcesAreKeptWithTheirOrigin() throws Exception {
        Collection c = collectResources();
        Component devise = in(c, "app/Gemfile.lock", "pkg:gem/devise@4.9.3");
        assertEquals("https://github.com/interieur-forks/devise.git", devise.property("gem:remote"));
        assertEquals("3b0f5c2a9e1d4f6a8b7c0d1e2f3a4b5c6d7e8f90", devise.property("gem:revision"));
        assertEquals("fix-omniauth-csrf", devise.property("gem:branch"));
        assertEquals("engines/demarches", in(c, "app/Gemfile.lock", "pkg:gem/demarches@0.3.0").property("gem:remote"));
    }

    @Test
    void rubyVersionIsTheOperatedInterpreter() throws Exception {
        Component ruby = in(collectResources(), "app/Gemfile.lock", "pkg:generic/ruby@3.2.2");
        assertEquals(ComponentType.PLATFORM, ruby.type());
        assertEquals(Scope.RUNTIME, ruby.scope());
        assertNull(ruby.property(Roles.KEY));
        assertEquals(79, ruby.primaryEvidence().line());
        assertEquals("ruby 3.2.2p53", ruby.primaryEvidence().text());
    }

    @Test
    void bundledWithIsBundler() throws Exception {
        Component bundler = in(collectResources(), "app/Gemfile.lock", "pkg:gem/bundler@2.5.6");
        assertEquals(82, bundler.primaryEvidence().line());
    }

    @Test
    void aBrokenLockfileGivesProblemsAtTheirLinesAndKeepsTheRest() throws Exception {
        Collection c = collectResources();
        Map<Integer, String> problems = c.problems().stream().filter(p -> p.file().equals("broken/Gemfile.lock"))
                .collect(Collectors.toMap(Problem::line, p -> p.message().key(), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(5, "ruby.badLine", 7, "ruby.conflict", 9, "ruby.conflict", 11, "ruby.conflict",
                13, "ruby.badLine", 15, "ruby.badLine", 19, "ruby.badLine", 22, "ruby.badLine", 25, "ruby.badLine"),
                problems);
        in(c, "broken/Gemfile.lock", "pkg:gem/rack@3.0.9.1");
        in(c, "broken/Gemfile.lock", "pkg:gem/tilt@2.3.0");
        in(c, "broken/Gemfile.lock", "pkg:gem/puma@6.4.2");
    }

    @Test
    void theReferentialRecognisesGemsByTheirPurl() throws Exception {
        Collection c = collect(Map.of("Gemfile.lock",
                "GEM\n  remote: https://rubygems.org/\n  specs:\n    puppet (8.5.1-x64-mingw32)\n".getBytes(StandardCharsets.UTF_8)));
        fr.cctlint.referential.IndexedProductMatcher matcher =
                new fr.cctlint.referential.IndexedProductMatcher(fr.cctlint.referential.ReferentialLoader.bundled());
        assertEquals(List.of("EX-1415"), matcher.match(in(c, "Gemfile.lock", "pkg:gem/puppet@8.5.1")).orElseThrow()
                .family().stream().map(p -> p.ref()).toList());
    }

    @Test
    void notUtf8EmptyAndHostileInputNeverThrow() throws Exception {
        Collection c = collect(Map.of(
                "a/Gemfile.lock", "GEM\n  specs:\n    caf\u00e9 (1.0)\n".getBytes(StandardCharsets.ISO_8859_1),
                "b/Gemfile.lock", new byte[0],
                "c/Gemfile.lock", ("GEM\n  specs:\n" + "    ((((((((((\n".repeat(2000) + "    x (" + "-".repeat(100_000) + ")\n")
                        .getBytes(StandardCharsets.UTF_8)));
        Problem notUtf8 = c.problems().stream().filter(p -> p.file().equals("a/Gemfile.lock")).findFirst().orElseThrow();
        assertEquals("collect.notUtf8", notUtf8.message().key());
        assertEquals(3, notUtf8.line());
        assertTrue(c.problems().stream().noneMatch(p -> p.file().equals("b/Gemfile.lock")));
        assertEquals(2001, c.problems().stream().filter(p -> p.file().equals("c/Gemfile.lock")).count());
        assertTrue(c.components().isEmpty());
    }
}
