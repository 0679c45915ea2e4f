package fr.cctlint.collect.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoModCollectorTest {
    private final GoModCollector collector = new GoModCollector();

    static Collection collectResources(GoModCollector collector) throws Exception {
        Path root = Path.of(GoModCollectorTest.class.getResource("/collect/go").toURI());
        try (SourceTree tree = PathSourceTree.open(root, "go")) {
            List<String> claimed = tree.files().stream().filter(collector::claims).toList();
            return collector.collect(tree, claimed);
        }
    }

    static Collection collect(GoModCollector collector, Map<String, byte[]> files) throws Exception {
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

    private static Optional<Component> byPurl(Collection c, String purl) {
        return c.components().stream().filter(x -> purl.equals(x.purl())).findFirst();
    }

    @Test
    void claimsOnlyGoModFiles() {
        assertTrue(collector.claims("go.mod"));
        assertTrue(collector.claims("services/api/go.mod"));
        assertFalse(collector.claims("go.sum"));
        assertFalse(collector.claims("docs/go.mod.md"));
        assertFalse(collector.claims("notgo.mod"));
    }

    static Stream<Arguments> serviceModules() {
        return Stream.of(
                // purl, line, indirect
                Arguments.of("pkg:golang/github.com/gin-gonic/gin@v1.9.1", 14, false),
                Arguments.of("pkg:golang/github.com/jackc/pgx/v5@v5.5.5", 15, false),
                Arguments.of("pkg:golang/github.com/redis/go-redis/v9@v9.5.1", 16, false),
                Arguments.of("pkg:golang/github.com/spf13/cobra@v1.8.0", 18, false),
                Arguments.of("pkg:golang/github.com/bytedance/sonic@v1.11.3", 24, true),
                Arguments.of("pkg:golang/github.com/go-playground/validator/v10@v10.19.0", 26, true),
                Arguments.of("pkg:golang/gopkg.in/yaml.v3@v3.0.1", 29, true),
                Arguments.of("pkg:golang/github.com/google/uuid@v1.6.0", 32, false));
    }

    @ParameterizedTest
    @MethodSource("serviceModules")
    void everyRequirementIsARuntimeLibraryWithItsLine(String purl, int line, boolean indirect) throws Exception {
        Collection c = collectResources(collector);
        Component comp = c.components().stream()
                .filter(x -> purl.equals(x.purl()) && x.primaryEvidence().file().equals("service/go.mod")).findFirst().orElseThrow(() -> new AssertionError(purl + " in " + c.components()));
        assertEquals(Scope.RUNTIME, comp.scope());
        assertEquals(Roles.PACKED_LIBRARY, comp.property(Roles.KEY));
        assertEquals("service/go.mod", comp.primaryEvidence().file());
        assertEquals(line, comp.primaryEvidence().line());
        assertTrue(comp.primaryEvidence().text().contains(comp.name()), comp.primaryEvidence().text());
        assertEquals(indirect ? "true" : null, comp.property("go:indirect"));
        assertEquals("gitlab.interieur.example/rdv/inventory-service", comp.property("go:module"));
    }

    @Test
    void namespaceIsThePathWithoutItsLastSegment() throws Exception {
        Component gin = byPurl(collectResources(collector), "pkg:golang/github.com/gin-gonic/gin@v1.9.1").orElseThrow();
        assertEquals("github.com/gin-gonic", gin.group());
        assertEquals("gin", gin.name());
        assertEquals("v1.9.1", gin.version());
    }

    @Test
    void aModuleReplacementReportsTheReplacementAndKeepsTheOriginal() throws Exception {
        Collection c = collectResources(collector);
        Component fork = byPurl(c, "pkg:golang/github.com/interieur-forks/crypto@v0.21.1-0.20240318101500-5a1f2b3c4d5e")
                .orElseThrow();
        assertEquals("golang.org/x/crypto@v0.21.0", fork.property("go:replaces"));
        assertEquals(List.of(20, 41), fork.evidence().stream().map(e -> e.line()).toList());
        assertTrue(byPurl(c, "pkg:golang/golang.org/x/crypto@v0.21.0").isEmpty(), "the replaced module is gone");
    }

    @Test
    void aVersionSpecificReplacementAppliesOnlyToThatVersion() throws Exception {
        Collection c = collectResources(collector);
        Component net = byPurl(c, "pkg:golang/golang.org/x/net@v0.23.0").orElseThrow();
        assertEquals("golang.org/x/net@v0.22.0", net.property("go:replaces"));
        assertEquals(43, net.evidence().get(1).line());
        assertTrue(byPurl(c, "pkg:golang/golang.org/x/net@v0.11.0").isEmpty());
    }

    @Test
    void aLocalReplacementKeepsThePathWithoutVersionAndNamesTheFolder() throws Exception {
        Component common = collectResources(collector).components().stream()
                .filter(x -> x.name().equals("common")).findFirst().orElseThrow();
        assertNull(common.version());
        assertEquals("pkg:golang/gitlab.interieur.example/rdv/common", common.purl());
        assertEquals("../common", common.property("go:localReplacement"));
        assertEquals("v0.0.0-00010101000000-000000000000", common.property("go:requiredVersion"));
        assertEquals(List.of(19, 47), common.evidence().stream().map(e -> e.line()).toList());
    }

    @Test
    void theGoDirectiveIsTheStandardLibraryLinkedIntoTheBinary() throws Exception {
        Component std = byPurl(collectResources(collector), "pkg:golang/stdlib@1.22.1").orElseThrow();
        assertEquals(Scope.RUNTIME, std.scope());
        assertEquals("go1.22.5", std.property("go:toolchain"));
        assertEquals(4, std.primaryEvidence().line());
        assertEquals("go 1.22.1", std.primaryEvidence().text());
    }

    @Test
    void excludeRetractGodebugAndToolChangeNothingAndRaiseNothing() throws Exception {
        Collection c = collectResources(collector);
        List<Component> service = c.components().stream()
                .filter(x -> x.primaryEvidence().file().equals("service/go.mod")).toList();
        assertEquals(15, service.size(), service.toString()); // stdlib + 14 requirements
        assertTrue(c.problems().stream().noneMatch(p -> p.file().equals("service/go.mod")), c.problems().toString());
        assertTrue(byPurl(c, "pkg:golang/github.com/gin-gonic/gin@v1.9.0").isEmpty());
    }

    @Test
    void aBrokenFileGivesProblemsAtTheirLinesAndKeepsWhatItCanRead() throws Exception {
        Collection c = collectResources(collector);
        List<Problem> problems = c.problems().stream().filter(p -> p.file().equals("broken/go.mod")).toList();
        assertEquals(Map.of(
                        3, "go.badGoVersion",
                        7, "go.badRequire",
                        8, "go.badQuote",
                        11, "go.unknownDirective",
                        13, "go.badReplace",
                        17, "go.unclosedBlock"),
                problems.stream().collect(java.util.stream.Collectors.toMap(Problem::line, p -> p.message().key())));
        assertTrue(byPurl(c, "pkg:golang/github.com/gin-gonic/gin@v1.9.1").isPresent());
        assertTrue(byPurl(c, "pkg:golang/github.com/stretchr/testify@v1.9.0").isPresent());
        assertTrue(byPurl(c, "pkg:golang/github.com/never/closed@v1.0.0").isPresent(), "lines of an unclosed block");
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemAndTheOtherFilesAreStillRead() throws Exception {
        byte[] latin1 = "module example.org/caf\u00e9\n\ngo 1.21\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Collection c = collect(collector, Map.of(
                "a/go.mod", latin1,
                "b/go.mod", "module example.org/b\n\nrequire github.com/google/uuid v1.6.0\n".getBytes()));
        assertEquals(1, c.problems().size());
        assertEquals("collect.notUtf8", c.problems().get(0).message().key());
        assertEquals("a/go.mod", c.problems().get(0).file());
        assertEquals(1, c.problems().get(0).line());
        assertEquals(List.of("pkg:golang/github.com/google/uuid@v1.6.0"),
                c.components().stream().map(Component::purl).toList());
    }

    @Test
    void theReferentialRecognisesGoModulesByTheirPurl() throws Exception {
        Collection c = collect(collector, Map.of("go.mod", ("module example.org/exporter\n\ngo 1.22\n\n"
                + "require github.com/prometheus/prometheus v0.50.1\n").getBytes()));
        fr.cctlint.referential.IndexedProductMatcher matcher =
                new fr.cctlint.referential.IndexedProductMatcher(fr.cctlint.referential.ReferentialLoader.bundled());
        Component prometheus = byPurl(c, "pkg:golang/github.com/prometheus/prometheus@v0.50.1").orElseThrow();
        assertEquals("EX-1568", matcher.match(prometheus).orElseThrow().entry().ref());
    }

    @Test
    void anEmptyFileDeclaresNothing() throws Exception {
        Collection c = collect(collector, Map.of("go.mod", new byte[0]));
        assertEquals(Collection.EMPTY, c);
    }

    @Test
    void hostileInputNeverThrows() throws Exception {
        String hostile = "require (\n" + "(\n".repeat(5000) + "\"\n=>=>=>\n" + ")".repeat(10000) + "\nreplace => =>\n";
        Collection c = collect(collector, Map.of("go.mod", hostile.getBytes()));
        assertTrue(c.components().isEmpty());
        assertFalse(c.problems().isEmpty());
    }
}
