package fr.cctlint.collect.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real MTES-MCT/trackdechets checkout of the shared corpus (revision 779f59bf): a 2 MB package-lock.json
 * version 3 with 4,094 installed packages, and four package.json files. The facts were counted with jq and a
 * short Python script over the same files.
 */
class NpmCorpusTest {
    private static Path root;
    private static Collection collected;

    @BeforeAll
    static void scan() {
        String shared = System.getProperty("cct.shared", "");
        root = Path.of(shared.isEmpty() ? "/nonexistent" : shared, "corpus/repos/MTES-MCT__trackdechets");
        assumeTrue(Files.isRegularFile(root.resolve("package-lock.json")), "the shared corpus is not available here");
        collected = NpmTrees.collect(root);
    }

    @Test
    void everyDistinctInstalledPackageIsOneComponent() {
        assertEquals(List.of(), collected.problems());
        // 4,094 installed paths give 3,332 distinct name@version, plus Node.js from the engines fields
        assertEquals(3333, collected.components().size());
        Map<Scope, Long> scopes = collected.components().stream().filter(c -> c.purl().startsWith("pkg:npm/"))
                .collect(Collectors.groupingBy(Component::scope, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(Scope.RUNTIME, 2125L, Scope.OPTIONAL, 59L, Scope.BUILD, 1148L), scopes);
        assertEquals(7, collected.components().stream().filter(c -> c.name().equals("commander")).count());
    }

    @Test
    void reactIsLockedAndDeclared() {
        Component react = NpmTrees.byPurl(collected, "pkg:npm/react@18.2.0");
        assertEquals(Scope.RUNTIME, react.scope());
        assertEquals(List.of(new Evidence("package-lock.json", 47931, "\"node_modules/react\": {"),
                new Evidence("package.json", 153, "\"react\": \"18.2.0\",")), react.evidence());
    }

    @Test
    void aliasesAreTheirRealPackages() {
        // "node_modules/react-helmet-async" installs @slorber/react-helmet-async
        assertEquals("@slorber", collected.components().stream().filter(c -> c.name().equals("react-helmet-async"))
                .findFirst().orElseThrow().group());
        assertEquals(0, collected.components().stream().filter(c -> c.name().equals("string-width-cjs")).count());
    }

    @Test
    void theNodeRequirementOfEachPackageJsonIsOnePlatformComponent() {
        Component node = NpmTrees.byPurl(collected, "pkg:generic/node");
        assertEquals("^24", node.property(NpmComponents.EXPRESSION_KEY));
        assertEquals(List.of("package.json", "back/package.json", "e2e/package.json", "front/package.json"),
                node.evidence().stream().map(Evidence::file).toList());
    }
}
